/**
 * An even spread of a total over the open months of a calendar: each open month is total ÷ n
 * (n open months) rounded to øre, half away from zero; the last open month takes the rounding
 * rest, so the parts sum exactly to the total. Closed months are zero.
 * Exports: spreadEvenly, spreadOverOpen.
 */
import { roundOre, ZERO, type Money } from '../model/money.js';

export function spreadEvenly(total: Money, n: number): Money[] {
  if (n <= 0) return [];
  const part = roundOre(total.dividedBy(n));
  const parts = Array.from({ length: n }, () => part);
  parts[n - 1] = total.minus(part.times(n - 1));
  return parts;
}

/** `length` months: zero before firstOpen, then the total spread evenly over the rest. */
export function spreadOverOpen(total: Money, length: number, firstOpen: number): Money[] {
  return [...Array.from({ length: Math.min(firstOpen, length) }, () => ZERO), ...spreadEvenly(total, length - firstOpen)];
}
