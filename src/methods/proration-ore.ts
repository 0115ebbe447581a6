/**
 * Proration in exact integer øre: the fast path of methods/proration.ts, with the same result to
 * the øre (test/proration-ore.test.ts compares the two on random inputs).
 *
 * Exports: prorateOre, MAX_PRORATE_RATE_ORE.
 * amount = round(rateØre × days / divisor), half away from zero, with divisor = days in the month
 * (måned), 1 (dag), 7 (uge) or days in the year (år). This is the exact rational value rounded
 * once, which is what prorate() gives (see model/money.ts on why its double rounding is exact).
 * Bound: |rateØre| ≤ MAX_PRORATE_RATE_ORE = ⌊(2^53 − 1)/367⌋ (about 246 billion kr). Then for
 * days ≤ 31 the product n = |rateØre| × days is an exact integer below 2^53, n % divisor is exact,
 * so is (n − r)/divisor; and a whole year's amounts of one row (at most 366 days of a daily rate,
 * plus at most ½ øre of rounding per month) sum to at most 367 × |rateØre| ≤ 2^53 − 1, so a
 * row's yearly total in øre is exact too. Larger rates return null: use prorate().
 */
import type { RateUnit } from '../model/disposition.js';

export const MAX_PRORATE_RATE_ORE = Math.floor(Number.MAX_SAFE_INTEGER / 367);

/** days: active days in one month (0-31); daysInMonth and daysInYear of that month's year. Null beyond the bound. */
export function prorateOre(rateOre: number, unit: RateUnit, days: number, daysInMonth: number, daysInYear: number): number | null {
  const negative = rateOre < 0;
  const abs = negative ? -rateOre : rateOre;
  if (abs > MAX_PRORATE_RATE_ORE || days > 31 || days < 0) return null;
  const n = abs * days;
  let amount: number;
  switch (unit) {
    case 'dag':
      amount = n;
      break;
    case 'måned':
      amount = divideHalfUp(n, daysInMonth);
      break;
    case 'uge':
      amount = divideHalfUp(n, 7);
      break;
    case 'år':
      amount = divideHalfUp(n, daysInYear);
      break;
  }
  return negative && amount !== 0 ? -amount : amount;
}

/** round(n / d) half up, for integers 0 ≤ n < 2^53 and 0 < d. */
function divideHalfUp(n: number, d: number): number {
  const r = n % d;
  const q = (n - r) / d;
  return 2 * r >= d ? q + 1 : q;
}
