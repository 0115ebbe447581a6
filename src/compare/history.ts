/**
 * history(runs, year) → History (model/history.ts): a budget year's archived runs side by side.
 * Pure; every amount is the archive's own or an exact decimal computed from them.
 *
 * Exports: history.
 *
 * - The runs of `year`, ordered by closed months (0-12); the one with 12 closed months is the
 *   year's final run: its expected result is the accounts (every month is forbrug).
 * - Per measure (matched by name) and in total: the expected result in each run.
 * - With the final run: each earlier run's error e = expected then − final (for a measure, only
 *   where both runs have it), MAE = Σ|e| ÷ n and bias = Σe ÷ n over those n errors, each rounded
 *   once to øre, half away from zero (a quotient by n ≤ 12: decimal.js's 40 digits are exact).
 * - The line to quote: the total's error at the last run before the final one.
 */
import type { ArchivedRun } from '../model/archive.js';
import type { History, HistoryLine, HistoryMeasure } from '../model/history.js';
import { roundOre, sumMoney, type Money } from '../model/money.js';

const FINAL = 12;

function line(expected: readonly (Money | null)[], finalIndex: number): HistoryLine {
  const final = finalIndex >= 0 ? expected[finalIndex]! : null;
  const errors = expected.map((e, i) => (final === null || e === null || i === finalIndex ? null : e.minus(final)));
  const present = errors.filter((e): e is Money => e !== null);
  const mean = (values: readonly Money[]): Money | null => (present.length === 0 ? null : roundOre(sumMoney(values).dividedBy(present.length)));
  return { expected, final, errors, meanAbsoluteError: mean(present.map((e) => e.abs())), bias: mean(present) };
}

export function history(all: readonly ArchivedRun[], year: number): History {
  const runs = all.filter((r) => r.year === year).sort((a, b) => a.closedMonths - b.closedMonths);
  const finalIndex = runs.findIndex((r) => r.closedMonths === FINAL);
  // The latest run's measures in its order, then those only earlier runs had, latest run first.
  const names: string[] = [];
  for (const r of [...runs].reverse()) for (const m of r.measures) if (!names.includes(m.measure)) names.push(m.measure);
  const measures: HistoryMeasure[] = names.map((name) => ({
    measure: name,
    ...line(runs.map((r) => r.measures.find((m) => m.measure === name)?.expected ?? null), finalIndex),
  }));
  const total = line(runs.map((r) => r.total.expected), finalIndex);
  const lastBefore = finalIndex > 0 ? finalIndex - 1 : -1;
  return {
    year,
    runs: runs.map((r) => ({ file: r.file, asOf: r.asOf, closedMonths: r.closedMonths, version: r.version })),
    hasFinal: finalIndex >= 0,
    measures,
    total,
    quote: lastBefore >= 0 ? { asOf: runs[lastBefore]!.asOf, expected: total.expected[lastBefore]!, final: total.final!, error: total.errors[lastBefore]! } : null,
  };
}
