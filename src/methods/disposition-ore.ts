/**
 * Method "disposition" in exact integer øre: the fast path of dispositionMonths
 * (methods/disposition.ts) with the same twelve amounts to the øre.
 *
 * Exports: YearCalendar, yearCalendar, dispositionMonthsOre.
 * dispositionMonthsOre writes the row's amount for Jan..Dec, in øre, into `out` and returns true
 * (each amount is prorateOre's, computed inline; the tests compare it with dispositionMonths);
 * it returns false (and the caller uses dispositionMonths) when the rate has more than two
 * decimals or is beyond the bound of prorateOre (methods/proration-ore.ts).
 */
import { dayNumber, daysInMonth, daysInYear } from '../model/civil-date.js';
import type { Disposition } from '../model/disposition.js';
import { oreOf } from '../model/ore.js';
import { MAX_PRORATE_RATE_ORE } from './proration-ore.js';

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

/** Beyond any day number of a real date: "no stop". A small integer keeps the loop in integer arithmetic. */
const NO_STOP = 1e9;

export function dispositionMonthsOre(d: Disposition, calendar: YearCalendar, out: Float64Array): boolean {
  const rateOre = oreOf(d.rate);
  if (rateOre === null || Math.abs(rateOre) > MAX_PRORATE_RATE_ORE) return false;
  const start = dayNumber(d.start);
  const stop = d.stop === null ? NO_STOP : dayNumber(d.stop);
  const unit = d.unit;
  // prorateOre, unrolled: |rate| × days with the unit's divisor, rounded half away from zero.
  const negative = rateOre < 0;
  const abs = negative ? -rateOre : rateOre;
  const fixedDivisor = unit === 'dag' ? 1 : unit === 'uge' ? 7 : unit === 'år' ? calendar.daysInYear : 0; // 0: days in the month
  for (let m = 0; m < 12; m++) {
    const from = Math.max(calendar.first[m]!, start);
    const to = Math.min(calendar.last[m]!, stop);
    const days = to - from + 1;
    if (days <= 0) {
      out[m] = 0;
      continue;
    }
    const divisor = fixedDivisor === 0 ? calendar.daysInMonth[m]! : fixedDivisor;
    let amount: number;
    if (divisor === days && fixedDivisor === 0) amount = abs; // a whole month at a monthly rate: the rate itself
    else {
      const n = abs * days;
      const r = n % divisor;
      const q = (n - r) / divisor;
      amount = 2 * r >= divisor ? q + 1 : q;
    }
    out[m] = negative && amount !== 0 ? -amount : amount;
  }
  return true;
}
