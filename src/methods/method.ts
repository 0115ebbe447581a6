/**
 * The one interface every prognosis method implements, and what the forecast hands it. A method
 * computes a measure's open months over the forecast's calendar, the horizon (model/calendar.ts:
 * January of the budget year on, 12 months per year of the price index); closed months are forbrug
 * whatever the method, and are the forecast's business. Every month after the budget year is open. A new method is a new file implementing PrognosisMethod plus one line in
 * methods/registry.ts.
 *
 * Exports: PrognosisMethod, MeasureInput, MethodResult, LineSink.
 * Every amount is rounded to øre by the method's own rule (each file states it at the top); every
 * month array has calendar.length amounts, zero in the closed months.
 */
import type { MonthCalendar } from '../model/calendar.js';
import type { YearMonth } from '../model/civil-date.js';
import type { Disposition } from '../model/disposition.js';
import type { IntakeLine, OpenParts, RiskCaseLine, RollingAverage, TransitionLine } from '../model/forecast.js';
import type { Intake } from '../model/intake.js';
import type { Measure } from '../model/measure.js';
import type { Method } from '../model/method.js';
import type { Money } from '../model/money.js';
import type { RiskCase } from '../model/risk-case.js';
import type { Transition } from '../model/transition.js';
import type { PriceIndex } from './price-index.js';

/** Where the disposition method puts each row's amounts (the forecast stores them compactly). */
export interface LineSink {
  /** A row's amount in each calendar month in øre (exact integers) and their total in øre. */
  addOre(row: Disposition, ore: ArrayLike<number>, totalOre: number): void;
  /** A row computed on the decimal path. */
  addMoney(row: Disposition, months: readonly Money[], total: Money): void;
}

/** One measure's rows and forbrug, as the forecast hands them to its method. */
export interface MeasureInput {
  readonly measure: Measure;
  readonly calendar: MonthCalendar;
  /** Index into the calendar of the first open month; the months before it are closed. */
  readonly firstOpen: number;
  /** The last closed month (for the rolling window); null when none is closed. */
  readonly asOf: YearMonth | null;
  readonly dispositions: readonly Disposition[];
  readonly riskCases: readonly RiskCase[];
  readonly intakes: readonly Intake[];
  /** Overgange into the measure. */
  readonly transitions: readonly Transition[];
  /** The price factor of each year of the horizon (the budget year's is 1); the calendar has 12 months per year of it. */
  readonly index: PriceIndex;
  /** Forbrug per month of any year (model/civil-date.ts yearMonthIndex → sum). */
  readonly actualByMonth: ReadonlyMap<number, Money>;
  /** Forbrug of the calendar's closed months. */
  readonly actualToDate: Money;
  readonly lines: LineSink;
}

export interface MethodResult {
  /** The parts this method fills; the others are zero. */
  readonly parts: Partial<OpenParts>;
  readonly riskCaseLines?: readonly RiskCaseLine[];
  readonly intakeLines?: readonly IntakeLine[];
  readonly transitionLines?: readonly TransitionLine[];
  /** Disposition: the aktuel rows' part of `dispositions` (open months). */
  readonly activeDispositions?: readonly Money[];
  readonly rolling?: RollingAverage;
  /** Disposition: the rows' person-days per month, every month (their active days summed; methods/persons.ts). */
  readonly personDays?: Float64Array;
}

export interface PrognosisMethod {
  readonly method: Method;
  /** Pure: the measure's open months from its input. */
  forecast(input: MeasureInput): MethodResult;
}
