/**
 * Exact integer øre: the fast representation of Money on the hot paths (thousands of rows times
 * twelve months), where decimal.js would cost about a microsecond per operation.
 *
 * Exports: MAX_SAFE_ORE, oreOf, moneyFromOre, oreToNumber, OreSum.
 * - An amount in øre is a JavaScript number holding an integer with |n| ≤ MAX_SAFE_ORE
 *   (2^53 − 1): every such integer, and every sum or product that stays within it, is exact.
 * - oreOf(money) is the exact øre of an amount with at most two decimals and |amount| < 10^13 kr,
 *   else null (the caller keeps the decimal path).
 * - moneyFromOre(n) is the Money n/100, exactly.
 * - OreSum adds øre exactly without a bound: before an addition could leave the safe range, the
 *   running sum is moved into a Money.
 */
import { Money, ZERO } from './money.js';

export const MAX_SAFE_ORE = Number.MAX_SAFE_INTEGER;

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

function digitCount(word: number): number {
  let k = 1;
  while (k < 7 && word >= POW10[k]!) k++;
  return k;
}

/**
 * The øre of a Money with at most two decimals and |value| < 10^13 kr (so |øre| < 10^15 < 2^53),
 * else null. Reads decimal.js's documented representation (d: base-10^7 words, e: decimal
 * exponent of the first digit, s: sign): øre = Σ d[i] × 10^(e − k0 + 3 − 7i), k0 = digits of d[0].
 * Each term is an exact integer below 10^15 (a word with a non-zero digit below the øre gives null),
 * so the sum is exact.
 */
export function oreOf(m: Money): number | null {
  const words = m.d;
  if (!words || words.length === 0) return null; // NaN or ±Infinity
  if (words.length === 1 && words[0] === 0) return 0;
  if (m.e > 12) return null;
  const k0 = digitCount(words[0]!);
  let ore = 0;
  for (let i = 0; i < words.length; i++) {
    const p = m.e - k0 + 3 - 7 * i;
    const w = words[i]!;
    if (w === 0) continue;
    if (p >= 0) ore += w * POW10[p]!;
    else if (p <= -7 || w % POW10[-p]! !== 0) return null; // a digit below the øre
    else ore += w / POW10[-p]!;
  }
  return m.s < 0 ? -ore : ore;
}

/** n/100 as Money (n an integer, |n| ≤ MAX_SAFE_ORE). */
export function moneyFromOre(n: number): Money {
  if (n === 0) return ZERO;
  const negative = n < 0;
  const abs = negative ? -n : n;
  const cents = abs % 100;
  const kr = (abs - cents) / 100;
  if (cents === 0) return new Money(negative ? -kr : kr); // a whole number: decimal.js's quick path
  return new Money(`${negative ? '-' : ''}${kr}.${cents < 10 ? '0' : ''}${cents}`);
}

/** n/100 as the nearest JavaScript number: the same value Money.toNumber() gives for moneyFromOre(n). */
export function oreToNumber(n: number): number {
  return n / 100;
}

/** An exact running sum of øre (and of Money, for amounts off the fast path). */
export class OreSum {
  private ore = 0;
  private spill: Money | null = null;

  add(n: number): void {
    if (Math.abs(this.ore) + Math.abs(n) > MAX_SAFE_ORE) {
      this.spill = (this.spill ?? ZERO).plus(moneyFromOre(this.ore));
      this.ore = 0;
    }
    this.ore += n;
  }

  addMoney(m: Money): void {
    this.spill = (this.spill ?? ZERO).plus(m);
  }

  /** The sum in øre when it fits the safe range, else null. */
  get exactOre(): number | null {
    return this.spill === null ? this.ore : null;
  }

  toMoney(): Money {
    const ore = moneyFromOre(this.ore);
    return this.spill === null ? ore : this.spill.plus(ore);
  }
}
