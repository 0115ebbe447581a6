/**
 * The months a forecast covers, as day numbers: consecutive months from a first month (the budget
 * year's twelve today; the methods take any range, so a horizon of later years is more months, not
 * a new interface). Computed once per forecast; the methods prorate against it.
 *
 * Exports: MonthCalendar, monthCalendar, yearMonthAt.
 */
import { dayNumber, daysInMonth, daysInYear, fromYearMonthIndex, yearMonthIndex, type YearMonth } from './civil-date.js';

export interface MonthCalendar {
  /** The first month, as yearMonthIndex (year × 12 + month − 1). */
  readonly first: number;
  /** Number of months. */
  readonly length: number;
  /** Day number (model/civil-date.ts) of the 1st of each month. */
  readonly firstDay: readonly number[];
  /** Day number of the last day of each month. */
  readonly lastDay: readonly number[];
  readonly daysInMonth: readonly number[];
  /** Days in the calendar year of each month. */
  readonly daysInYear: readonly number[];
}

export function monthCalendar(first: YearMonth, length: number): MonthCalendar {
  const start = yearMonthIndex(first);
  const firstDay: number[] = [];
  const lastDay: number[] = [];
  const dim: number[] = [];
  const diy: number[] = [];
  for (let i = 0; i < length; i++) {
    const { year, month } = fromYearMonthIndex(start + i);
    const f = dayNumber({ year, month, day: 1 });
    const n = daysInMonth(year, month);
    firstDay.push(f);
    lastDay.push(f + n - 1);
    dim.push(n);
    diy.push(daysInYear(year));
  }
  return { first: start, length, firstDay, lastDay, daysInMonth: dim, daysInYear: diy };
}

/** The year and month of the calendar's i-th month. */
export function yearMonthAt(calendar: MonthCalendar, i: number): YearMonth {
  return fromYearMonthIndex(calendar.first + i);
}
