/**
 * The Forecast: one plain value computed by forecast() and only formatted by the renderers
 * (JSON, terminal table, workbook). Every amount in it is final; renderers never compute money.
 */
import type { Actual } from '../model/actual.js';
import type { CivilDate, YearMonth } from '../model/civil-date.js';
import type { Disposition } from '../model/disposition.js';
import type { Intake } from '../model/intake.js';
import type { Measure } from '../model/measure.js';
import type { Money } from '../model/money.js';
import type { Problem } from '../model/problem.js';
import type { RiskCase } from '../model/risk-case.js';
import type { SourceFile } from '../model/source.js';
import type { Period } from '../model/period.js';
import type { RollingAverage } from '../methods/rolling-average.js';

/** The parts of an amount, 12 months each (Jan-Dec). */
export interface MonthParts {
  /** Forbrug booked per month (all months; used in closed months). */
  readonly actuals: readonly Money[];
  /** Disposition rows (open months only, zero in closed). */
  readonly dispositions: readonly Money[];
  readonly riskCases: readonly Money[];
  readonly intakes: readonly Money[];
  readonly pool: readonly Money[];
  /** Open months of the non-disposition methods. */
  readonly method: readonly Money[];
}

export interface Totals {
  readonly budget: Money;
  readonly actual: Money;
  readonly forecast: Money;
  readonly expected: Money;
  /** expected − budget: positive = merforbrug, negative = mindreforbrug. */
  readonly deviation: Money;
  readonly months: readonly Money[];
}

export interface MeasureForecast extends Totals {
  readonly measure: Measure;
  readonly parts: MonthParts;
  /** For method glidende: the window used. */
  readonly rolling?: RollingAverage;
}

export interface DispositionLine {
  readonly disposition: Disposition;
  /** The row's prorated amount in each month of the year (closed months shown for reference). */
  readonly months: readonly Money[];
  readonly total: Money;
  /** months[m] as a number in kr (what Money.toNumber() gives), without making a Money: for renderers writing many rows. */
  monthNumber(m: number): number;
  /** total as a number in kr. */
  totalNumber(): number;
}

export interface RiskCaseLine {
  readonly riskCase: RiskCase;
  readonly periodEnd: CivilDate;
  /** Weighted amount in the open months (zero in closed months). */
  readonly months: readonly Money[];
  readonly total: Money;
}

export interface IntakeLine {
  readonly intake: Intake;
  /** The monthly price used (the row's, else the measure's). */
  readonly price: Money;
  readonly months: readonly Money[];
  readonly total: Money;
}

export interface Forecast {
  readonly period: Period;
  readonly measures: readonly MeasureForecast[];
  readonly total: Totals;
  readonly dispositionLines: readonly DispositionLine[];
  readonly riskCaseLines: readonly RiskCaseLine[];
  readonly intakeLines: readonly IntakeLine[];
  readonly actuals: readonly Actual[];
  /** Warnings and notes of the whole run (reading and forecasting), in order. */
  readonly problems: readonly Problem[];
  readonly sources: readonly SourceFile[];
}
