/** Method "tolvtedele" (periodisation in 12ths): each open month = budget / 12, rounded to øre. Exports: twelfths. */
import { roundOre, type Money } from '../model/money.js';

export function twelfths(budget: Money, openMonths: number): Money[] {
  const part = roundOre(budget.dividedBy(12));
  return Array.from({ length: openMonths }, () => part);
}
