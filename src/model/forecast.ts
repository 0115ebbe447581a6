/**
 * The Forecast: one plain value computed by forecast() (src/forecast) and only formatted by the
 * renderers (JSON, terminal table, workbook). Every amount in it is final, subtotals included;
 * renderers never compute money. It is data only: amounts are Money, or exact integer øre in typed
 * arrays for the disposition lines (a million rows must not mean twelve million Money objects),
 * read with the functions below, which convert and never compute.
 *
 * Exports: Forecast, Totals, OpenParts, MonthParts, MeasureForecast, RollingAverage, AreaGroup, LineTotal,
 * DispositionLines, DispositionGroup, RiskCaseLine, IntakeLine, TransitionLine, HorizonYear,
 * YearMeasure, YearTotals, YearParts, YearAreaGroup, TransitionCase, TransitionTotals, YearCurve, lineMonth, lineMonthNumber,
 * lineTotal, lineTotalNumber. What explains each measure's figures (bridge, activity and price, key
 * figures) is in model/explanation.ts; the case review's flags in model/review.ts, each line's
 * age and place in the year in model/line-facts.ts, the caseworker list in model/caseworkers.ts.
 * Every month array has one amount per month of the forecast's calendar (Jan-Dec of the budget
 * year), except where said: the later years of the horizon (--years) are in `years`, twelve
 * months each, and the transition lines run over the whole horizon.
 */
import type { Actual } from './actual.js';
import type { MonthCalendar } from './calendar.js';
import type { Caseworkers } from './caseworkers.js';
import type { CivilDate, YearMonth } from './civil-date.js';
import type { Disposition } from './disposition.js';
import type { Activity, Bridge, KeyFigureMonth } from './explanation.js';
import type { ExtraColumns } from './extra-columns.js';
import type { Intake } from './intake.js';
import type { LineFacts } from './line-facts.js';
import type { Measure } from './measure.js';
import type { Money } from './money.js';
import { moneyFromOre, oreToNumber } from './ore.js';
import type { Period } from './period.js';
import type { Problem } from './problem.js';
import type { Review } from './review.js';
import type { RiskCase } from './risk-case.js';
import type { SourceFile } from './source.js';
import type { Transition } from './transition.js';

/** The parts of a measure's open months, as its method computes them (zero in closed months). */
export interface OpenParts {
  /** Disposition rows. */
  readonly dispositions: readonly Money[];
  readonly riskCases: readonly Money[];
  readonly intakes: readonly Money[];
  readonly pool: readonly Money[];
  /** Transitions into the measure (overgange). */
  readonly transitions: readonly Money[];
  /** Open months of the non-disposition methods. */
  readonly method: readonly Money[];
}

/** The parts of a measure's months. */
export interface MonthParts extends OpenParts {
  /** Forbrug booked per month (all months; used in closed months). */
  readonly actuals: readonly Money[];
}

export interface Totals {
  readonly budget: Money;
  readonly actual: Money;
  readonly forecast: Money;
  readonly expected: Money;
  /** expected − budget: positive = merforbrug, negative = mindreforbrug. */
  readonly deviation: Money;
  /** deviation ÷ |budget| (the sign of the deviation, also for income lines); null when the budget is 0. */
  readonly deviationShare: Money | null;
  /** The actuals and the aktuel disposition rows' open months: what is known. */
  readonly known: Money;
  /** expected − known: forventet rows, risk cases, intake, pool, transitions and another method's months. */
  readonly estimated: Money;
  /** known ÷ expected (a fraction); null when expected is 0. */
  readonly knownShare: Money | null;
  readonly months: readonly Money[];
}

/** Method glidende: the 12 months of forbrug the mean was taken over. */
export interface RollingAverage {
  readonly from: YearMonth;
  readonly to: YearMonth;
  /** Months in the window that had forbrug. */
  readonly monthsUsed: number;
  /** null when too few months were present (an error found by the checks). */
  readonly mean: Money | null;
}

export interface MeasureForecast extends Totals {
  readonly measure: Measure;
  readonly parts: MonthParts;
  /** For method glidende: the window used. */
  readonly rolling?: RollingAverage;
  /** The open months' parts (their sum is the forecast) and the closed months' disposed amount against forbrug. */
  readonly bridge: Bridge;
  /** Helårspersoner and the activity/price split; disposition measures only, else null. */
  readonly activity: Activity | null;
  /** One per calendar month; disposition measures only, else null. */
  readonly keyFigures: readonly KeyFigureMonth[] | null;
}

/** Measures of one Område, in file order, with their subtotal. */
export interface AreaGroup {
  readonly area: string;
  readonly measures: readonly MeasureForecast[];
  readonly totals: Totals;
}

/** Monthly amounts of a set of lines and their sum. */
export interface LineTotal {
  readonly months: readonly Money[];
  readonly total: Money;
}

/**
 * Every disposition row with its prorated amount in each month (closed months shown for
 * reference), in measure order and file order within a measure. Line i is rows[i]; its month m is
 * ore[i × months + m] øre, its year total totalOre[i] øre; a line whose amounts leave the exact
 * øre range has NaN there and its Money in `exact`.
 */
export interface DispositionLines {
  readonly rows: readonly Disposition[];
  /** Months per line. */
  readonly months: number;
  readonly ore: Float64Array;
  readonly totalOre: Float64Array;
  readonly exact: ReadonlyMap<number, { readonly months: readonly Money[]; readonly total: Money }>;
}

/** The disposition lines of one measure, as in Tabel 5.2: aktuelle, forventede (line numbers in file order) and their subtotals. */
export interface DispositionGroup {
  readonly measure: string;
  readonly current: readonly number[];
  readonly expected: readonly number[];
  readonly currentTotal: LineTotal;
  readonly expectedTotal: LineTotal;
  readonly bothTotal: LineTotal;
  /** The pool ("Skøn (pulje)" in Tabel 5.2): the measure's pool part per month; null when it has no Pulje or Restpulje. */
  readonly pool: LineTotal | null;
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

/** The year's total as the charts draw it (render/workbook/charts-sheet.ts): the budget by month and both running sums. */
export interface YearCurve {
  /** round(total budget ÷ 12) to øre: the budget's monthly 1/12. */
  readonly budgetTwelfth: Money;
  /** Per month m: the total's months 0 … m added up (exact). */
  readonly cumulativeExpected: readonly Money[];
  /** Per month m: round(total budget × (m + 1) ÷ 12) to øre. */
  readonly cumulativeBudget: readonly Money[];
}

/** A transition into a measure: its weighted amount in the open months of the horizon. */
export interface TransitionLine {
  readonly transition: Transition;
  /** Its last day after the target measure's age limit (the stop given, or earlier); null = none. */
  readonly stop: CivilDate | null;
  /** Over the horizon (the budget year's months first); zero in closed months. */
  readonly months: readonly Money[];
  readonly total: Money;
}

/** The parts of a later year's expected (sums over its 12 months); they add up to `expected` exactly. */
export interface YearParts {
  readonly activeDispositions: Money;
  readonly expectedDispositions: Money;
  readonly riskCases: Money;
  readonly intake: Money;
  readonly pool: Money;
  readonly transitions: Money;
  readonly method: Money;
}

/** A later year's figures of a measure, or a sum of them. Every month of a later year is open. */
export interface YearTotals {
  /** Budget ÅÅÅÅ; null when not given (for a sum: when any measure has none that year). */
  readonly budget: Money | null;
  readonly expected: Money;
  /** expected − budget; null with a null budget. */
  readonly deviation: Money | null;
  /** The aktuel disposition rows. */
  readonly known: Money;
  /** expected − known. */
  readonly estimated: Money;
  /** known ÷ expected (a fraction); null when expected is 0. */
  readonly knownShare: Money | null;
  /** Jan-Dec of the year. */
  readonly months: readonly Money[];
}

export interface YearMeasure extends YearTotals {
  readonly measure: Measure;
  readonly parts: YearParts;
}

export interface YearAreaGroup {
  readonly area: string;
  readonly measures: readonly YearMeasure[];
  readonly totals: YearTotals;
}

/** A later year of the horizon (--years > 1): measures in file order, Områder, and the total. */
export interface HorizonYear {
  readonly year: number;
  /** F(y), the price factor the year's amounts are computed with (1 without a prisfremskrivning). */
  readonly factor: Money;
  readonly measures: readonly YearMeasure[];
  readonly areas: readonly YearAreaGroup[];
  readonly total: YearTotals;
}

/**
 * A case on the 18-year list: it reaches an age limit within the horizon (a row of a measure with
 * Aldersgrænse is cut) or has a transition within it. Amounts per year of the horizon, each the
 * year's twelve months (closed months included for the children's rows, as on Dispositioner).
 */
export interface TransitionCase {
  readonly caseRef: string;
  /** The age of the limit reached (the first, when several), or null with transitions only. */
  readonly age: number | null;
  /** The birthday of that age (of 18 for a transition alone); null without a valid CPR number. */
  readonly birthday: CivilDate | null;
  /** The last day the children's rows are paid (the day before the birthday); null without a cut. */
  readonly lastPaid: CivilDate | null;
  /** The measures whose rows are cut, in measure order. */
  readonly childMeasures: readonly string[];
  /** The cut rows' amounts per year before the cut, and after it. */
  readonly before: readonly Money[];
  readonly after: readonly Money[];
  /** The measures of the case's transitions, in file order, with the first start. */
  readonly adultMeasures: readonly string[];
  readonly adultStart: CivilDate | null;
  /** The transitions' weighted amounts per year (open months). */
  readonly adult: readonly Money[];
}

/** The 18-year list's sums per year of the horizon. */
export interface TransitionTotals {
  readonly before: readonly Money[];
  readonly after: readonly Money[];
  readonly adult: readonly Money[];
}

export interface Forecast {
  readonly period: Period;
  /** The months every month array covers. */
  readonly calendar: MonthCalendar;
  readonly measures: readonly MeasureForecast[];
  /** Measures by Område (in order of first appearance) with subtotals. */
  readonly areas: readonly AreaGroup[];
  readonly total: Totals;
  /** The total's curves for the charts. */
  readonly curve: YearCurve;
  /** The bridge summed over all measures. */
  readonly bridgeTotal: Bridge;
  readonly dispositionLines: DispositionLines;
  /** One group per disposition measure that has disposition lines or a pool, in measure order. */
  readonly dispositionGroups: readonly DispositionGroup[];
  /** The sum of every group's aktuelle + forventede. */
  readonly dispositionTotal: LineTotal;
  readonly riskCaseLines: readonly RiskCaseLine[];
  readonly riskCaseTotal: LineTotal;
  readonly intakeLines: readonly IntakeLine[];
  readonly intakeTotal: LineTotal;
  readonly transitionLines: readonly TransitionLine[];
  /** The later years of the horizon, in order; empty with one year. */
  readonly years: readonly HorizonYear[];
  /** A prisfremskrivning was given; without one, later years are in the budget year's prices. */
  readonly indexed: boolean;
  /** The 18-year list, by birthday (cases without one last), then case. */
  readonly transitionCases: readonly TransitionCase[];
  readonly transitionTotals: TransitionTotals;
  readonly actuals: readonly Actual[];
  /** Warnings and notes of the whole run (reading and checking), in order. */
  readonly problems: readonly Problem[];
  readonly sources: readonly SourceFile[];
  /** The case review's flags (undringssager), sorted by the money at stake. */
  readonly review: Review;
  /** Dispositioner's extra columns; each line's row holds its cells of them. */
  readonly dispositionExtras: ExtraColumns;
  /** Per disposition line: outside the year, age, the day of the age limit. */
  readonly lineFacts: LineFacts;
  /** Per caseworker and measure; null when dispositioner has no Sagsbehandler column. */
  readonly caseworkers: Caseworkers | null;
}

/** Line i's amount in month m. */
export function lineMonth(lines: DispositionLines, i: number, m: number): Money {
  const ore = lines.ore[i * lines.months + m]!;
  return Number.isNaN(ore) ? lines.exact.get(i)!.months[m]! : moneyFromOre(ore);
}

/** Line i's amount in month m as a number in kr. (what Money.toNumber() gives), without making a Money. */
export function lineMonthNumber(lines: DispositionLines, i: number, m: number): number {
  const ore = lines.ore[i * lines.months + m]!;
  return Number.isNaN(ore) ? lines.exact.get(i)!.months[m]!.toNumber() : oreToNumber(ore);
}

/** Line i's year total. */
export function lineTotal(lines: DispositionLines, i: number): Money {
  const ore = lines.totalOre[i]!;
  return Number.isNaN(ore) ? lines.exact.get(i)!.total : moneyFromOre(ore);
}

/** Line i's year total as a number in kr. */
export function lineTotalNumber(lines: DispositionLines, i: number): number {
  const ore = lines.totalOre[i]!;
  return Number.isNaN(ore) ? lines.exact.get(i)!.total.toNumber() : oreToNumber(ore);
}
