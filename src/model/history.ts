/**
 * The History of a budget year's archived runs (`prognose history`): the expected result per
 * measure and in total as each archived month saw it, and, once the archive holds the year's
 * final run (as-of December: every month closed, so its expected result is the accounts), each
 * earlier forecast's error against it, the mean absolute error and the mean error (bias).
 * Plain data computed by compare/history.ts and only formatted by the renderers.
 *
 * Exports: History, HistoryRun, HistoryLine, HistoryMeasure, HistoryQuote.
 */
import type { YearMonth } from './civil-date.js';
import type { Money } from './money.js';

export interface HistoryRun {
  readonly file: string;
  readonly asOf: YearMonth | null;
  readonly closedMonths: number;
  readonly version: string;
}

/** One measure's (or the total's) figures, one entry per run in History.runs order. */
export interface HistoryLine {
  /** Expected result in each run; null where the run does not have the measure. */
  readonly expected: readonly (Money | null)[];
  /** The final run's expected result (the accounts); null without a final run or when it lacks the measure. */
  readonly final: Money | null;
  /** expected − final for each run before the final one that has the measure; null elsewhere (the final run itself too). */
  readonly errors: readonly (Money | null)[];
  /** Σ|error| ÷ their count, rounded to øre half away from zero; null without errors. */
  readonly meanAbsoluteError: Money | null;
  /**
   * Σ error ÷ their count, rounded likewise; null without errors. Positive: the forecasts lay above
   * the accounts on average (spend was not underestimated); negative: below them.
   */
  readonly bias: Money | null;
}

export interface HistoryMeasure extends HistoryLine {
  readonly measure: string;
}

/** The error at the last forecast before the accounts, in total: the line to quote. */
export interface HistoryQuote {
  readonly asOf: YearMonth | null;
  readonly expected: Money;
  readonly final: Money;
  readonly error: Money;
}

export interface History {
  readonly year: number;
  /** The year's archived runs by closed months, the final run (12) last. */
  readonly runs: readonly HistoryRun[];
  /** Whether the archive holds the year's final run. */
  readonly hasFinal: boolean;
  /** The latest run's measures in its order, then measures only earlier runs had (latest first). */
  readonly measures: readonly HistoryMeasure[];
  readonly total: HistoryLine;
  /** null without a final run or without an earlier one. */
  readonly quote: HistoryQuote | null;
}
