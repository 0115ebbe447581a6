/**
 * An even spread of a total over n months: each part is total/n rounded to øre (half away from
 * zero); the last part takes the rounding rest, so the parts sum exactly to the total.
 * Exports: spreadEvenly.
 */
import { roundOre, type Money } from '../model/money.js';

export function spreadEvenly(total: Money, n: number): Money[] {
  if (n <= 0) return [];
  const part = roundOre(total.dividedBy(n));
  const parts = Array.from({ length: n }, () => part);
  parts[n - 1] = total.minus(part.times(n - 1));
  return parts;
}
