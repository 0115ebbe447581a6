/**
 * The pool (Pulje), a layer of the disposition method: an experience-based estimate for cases not
 * yet known. It is an annual figure (Tabel 5.2: one line for the year): as months close, the cases
 * that did arrive are by then rows or actuals, so only the open months' share of it remains.
 *
 * Exports: remainingPool, poolMonths, MONTHS_PER_YEAR.
 * Contract: with k open months, the remaining pool is R = round(P × k / 12) (P the annual Pulje,
 * rounded to øre half away from zero; with every month open, R = P); a filled Restpulje is R
 * instead, as the consultant judges what is left. R is spread evenly over the open months
 * (methods/spread.ts): each open month R ÷ k rounded to øre, half away from zero, the rounding
 * rest in the last open month. No open month: nothing (the checks warn about an unused pool).
 */
import type { Measure } from '../model/measure.js';
import { roundOre, ZERO, type Money } from '../model/money.js';
import { spreadOverOpen } from './spread.js';

/** The pool is an amount per year: a month is a twelfth of it. */
export const MONTHS_PER_YEAR = 12;

/** R for `openMonths` open months; null when the measure has neither Pulje nor Restpulje. */
export function remainingPool(measure: Pick<Measure, 'pool' | 'restPool'>, openMonths: number): Money | null {
  if (measure.restPool !== null) return measure.restPool;
  if (measure.pool === null) return null;
  return roundOre(measure.pool.times(openMonths).dividedBy(MONTHS_PER_YEAR));
}

/** The pool part of each of `length` months: zero before firstOpen, R spread evenly over the rest. */
export function poolMonths(measure: Pick<Measure, 'pool' | 'restPool'>, length: number, firstOpen: number): Money[] {
  const open = Math.max(0, length - firstOpen);
  const rest = remainingPool(measure, open);
  if (rest === null || rest.isZero() || open === 0) return Array.from({ length }, () => ZERO);
  return spreadOverOpen(rest, length, firstOpen);
}
