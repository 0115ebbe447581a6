/**
 * The pool (Pulje), a layer of the disposition method: an experience-based estimate for cases not
 * yet known. Exports: poolMonths.
 * Contract: the pool spread evenly over the open months (methods/spread.ts): each open month the
 * pool ÷ open months rounded to øre, half away from zero, the rounding rest in the last open month.
 */
import { ZERO, type Money } from '../model/money.js';
import { spreadOverOpen } from './spread.js';

export function poolMonths(pool: Money | null, length: number, firstOpen: number): Money[] {
  if (pool === null || pool.isZero()) return Array.from({ length }, () => ZERO);
  return spreadOverOpen(pool, length, firstOpen);
}
