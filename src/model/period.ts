/**
 * The budget year and the last closed month: which months of the year are actuals and which are
 * forecast; and the horizon: the budget year and the years after it (--years, 1-4: the budget
 * year plus up to three overslagsår). Every month after the budget year is open; closed months,
 * as-of and forbrug concern the budget year only.
 * Defaults: year = --year, else --as-of's year, else the current year; as-of = --as-of, else the
 * latest month of the year found in forbrug, else none (no month closed); years = 1.
 * Exports: Period, PeriodOptions, resolvePeriod, closedMonthsOf, lastClosedMonth, periodCalendar,
 * horizonCalendar, MAX_YEARS.
 */
import { monthCalendar, type MonthCalendar } from './calendar.js';
import { yearMonthIndex, type YearMonth } from './civil-date.js';
import type { Actual } from './actual.js';

export interface Period {
  readonly year: number;
  /** The last closed month; null when no month of the year is closed. */
  readonly asOf: YearMonth | null;
  /** Months Jan..Dec closed: indices 0..closedMonths−1 are actuals. */
  readonly closedMonths: number;
  /** Years in the horizon: the budget year and the years − 1 after it (1-MAX_YEARS). */
  readonly years: number;
}

/** The budget year and three overslagsår. */
export const MAX_YEARS = 4;

export interface PeriodOptions {
  readonly year?: number;
  readonly asOf?: YearMonth;
  /** --years: 1 (the default) to MAX_YEARS. */
  readonly years?: number;
  /** Today's civil date, for the default year. */
  readonly today: { readonly year: number };
}

export function closedMonthsOf(year: number, asOf: YearMonth | null): number {
  if (asOf === null) return 0;
  const diff = yearMonthIndex(asOf) - year * 12 + 1;
  return Math.max(0, Math.min(12, diff));
}

export function resolvePeriod(actuals: readonly Actual[], options: PeriodOptions): Period {
  const year = options.year ?? options.asOf?.year ?? options.today.year;
  let asOf: YearMonth | null = options.asOf ?? null;
  if (!options.asOf) {
    for (const a of actuals) {
      if (a.month.year === year && (asOf === null || a.month.month > asOf.month)) asOf = a.month;
    }
  }
  return { year, asOf, closedMonths: closedMonthsOf(year, asOf), years: options.years ?? 1 };
}

/** The last closed month of the budget year, or null when none is closed (what every renderer shows). */
export function lastClosedMonth(period: Period): YearMonth | null {
  return period.closedMonths > 0 ? period.asOf : null;
}

/** The budget year's months, Jan-Dec (one place for the forecast and the checks). */
export function periodCalendar(period: Period): MonthCalendar {
  return monthCalendar({ year: period.year, month: 1 }, 12);
}

/** The horizon's months: Jan of the budget year to Dec of its last year (12 × years months). */
export function horizonCalendar(period: Period): MonthCalendar {
  return monthCalendar({ year: period.year, month: 1 }, 12 * period.years);
}
