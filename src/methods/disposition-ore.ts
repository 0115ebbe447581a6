/**
 * Method "disposition" in exact integer øre: the fast path of dispositionMonths
 * (methods/disposition.ts) with the same twelve amounts to the øre.
 *
 * Exports: YearCalendar, yearCalendar, dispositionMonthsOre.
 * dispositionMonthsOre writes the row's amount for Jan..Dec, in øre, into `out` and returns true;
 * it returns false (and the caller uses dispositionMonths) when the rate has more than two
 * decimals or is beyond the bound of prorateOre (methods/proration-ore.ts).
 */
import { dayNumber, daysInMonth, daysInYear } from '../model/civil-date.js';
import type { Disposition } from '../model/disposition.js';
import { oreOf } from '../model/ore.js';
import { prorateOre } from './proration-ore.js';

/** The budget year's months as day numbers, computed once per forecast. */
export interface YearCalendar {
  readonly year: number;
  /** Day number of the 1st of each month, Jan..Dec. */
  readonly first: readonly number[];
  /** Day number of the last day of each month. */
  readonly last: readonly number[];
  readonly daysInMonth: readonly number[];
  readonly daysInYear: number;
}

export function yearCalendar(year: number): YearCalendar {
  const first: number[] = [];
  const last: number[] = [];
  const dim: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const f = dayNumber({ year, month: m, day: 1 });
    const n = daysInMonth(year, m);
    first.push(f);
    last.push(f + n - 1);
    dim.push(n);
  }
  return { year, first, last, daysInMonth: dim, daysInYear: daysInYear(year) };
}

export function dispositionMonthsOre(d: Disposition, calendar: YearCalendar, out: Float64Array): boolean {
  const rateOre = oreOf(d.rate);
  if (rateOre === null) return false;
  const start = dayNumber(d.start);
  const stop = d.stop === null ? Infinity : dayNumber(d.stop);
  for (let m = 0; m < 12; m++) {
    const from = Math.max(calendar.first[m]!, start);
    const to = Math.min(calendar.last[m]!, stop);
    if (to < from) {
      out[m] = 0;
      continue;
    }
    const amount = prorateOre(rateOre, d.unit, to - from + 1, calendar.daysInMonth[m]!, calendar.daysInYear);
    if (amount === null) return false;
    out[m] = amount;
  }
  return true;
}
