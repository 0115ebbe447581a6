/**
 * Price indexation of the horizon's later years (prisfremskrivning).
 *
 * Exports: YearFactor, PriceIndex, priceIndex, indexedOre, indexedRational, indexedAmount, indexedPaths, ONE.
 * Contract: for a year y of the horizon, F(y) = Π over budget year < j ≤ y of (1 + p_j ÷ 100),
 * p_j the Procent given for year j, 0 for a year not given; F(budget year) = 1. F is exact: a
 * product of finite decimals, kept as a reduced rational (model/rational.ts) and, when numerator
 * and denominator are safe integers, also as numbers for the øre path. Every amount of a later
 * year (rates, unit costs, intake prices, pool, skøn, the glidende mean) is computed with F(y);
 * budgets are taken as given. Without a prisfremskrivning table every F is 1: later years in the
 * budget year's prices.
 *
 * indexedOre(rateØre, days, divisor, f) = round(rateØre × F × days ÷ divisor) in øre, half away
 * from zero, exactly. Proof: with F = N/D (reduced, N, D > 0 integers), the amount is the
 * rational a·N·d / (D·q) (a = |rate| in øre, d days, q divisor; the sign applied after). On the
 * number path a·N·d and D·q are computed in doubles and used only when both results are at most
 * 2^53 − 1: a double product of integers is exact when the true product is at most 2^53 − 1, and
 * when it is larger the rounded double is at least 2^53 (rounding is monotonic and 2^53 is a
 * double), so a product that left the exact range is never taken for one that did not (a·N is
 * formed first; if it is inexact, it is at least 2^53 and so is a·N·d, as d ≥ 1). Then rest =
 * n mod den and (n − rest)/den are exact, and q + (2·rest ≥ den) is round-half-up of n/den, the
 * same rule as prorateOre (methods/disposition.ts). When d = q (a whole month at a monthly rate,
 * a day at a daily one) the same is done with d = q = 1, the same rational. When a product leaves
 * the range, a and D are first divided by their greatest common divisor g (rates in whole kroner
 * share a factor 100 with a decimal D): the same rational, smaller integers, checked the same way.
 * Otherwise the same integers are computed in BigInt, exactly. indexedPaths counts both (a test
 * reads it).
 */
import type { PriceChange } from '../model/price-index.js';
import { money, type Money } from '../model/money.js';
import { add, div, mul, ofMoney, ratio, roundRational, type Rational } from '../model/rational.js';

export interface YearFactor {
  readonly year: number;
  /** F(y) exactly, reduced. */
  readonly factor: Rational;
  /** F(y) as a decimal, exactly (a product of finite decimals is one). */
  readonly decimal: Money;
  /** F(y) = 1 (the budget year, or no price change up to y). */
  readonly one: boolean;
  /** Numerator and denominator as doubles when both are safe integers, else NaN (only the BigInt path). */
  readonly n: number;
  readonly d: number;
}

export interface PriceIndex {
  /** A prisfremskrivning table with rows was given; without one, later years are in the budget year's prices. */
  readonly indexed: boolean;
  /** One per year of the horizon, the budget year first (F = 1). */
  readonly years: readonly YearFactor[];
}

/** The factor 1. */
export const ONE: Rational = ratio(1);
const HUNDRED = ratio(100);

/** The decimal places of a finite decimal with reduced denominator d = 2^a × 5^b: max(a, b). */
function placesOf(d: bigint): number {
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) [d, twos] = [d / 2n, twos + 1];
  while (d % 5n === 0n) [d, fives] = [d / 5n, fives + 1];
  return Math.max(twos, fives);
}

function yearFactor(year: number, factor: Rational): YearFactor {
  const safe = factor.n <= BigInt(Number.MAX_SAFE_INTEGER) && factor.d <= BigInt(Number.MAX_SAFE_INTEGER);
  const one = factor.n === factor.d;
  return {
    year, factor, one, decimal: one ? money(1) : roundRational(factor, placesOf(factor.d)),
    n: safe ? Number(factor.n) : NaN, d: safe ? Number(factor.d) : NaN,
  };
}

/** round(amount × F(y)) to øre, half away from zero, exactly: a later year's pool, skøn and glidende mean (rounded as a year's figure). */
export function indexedAmount(amount: Money, f: YearFactor): Money {
  return roundRational(mul(ofMoney(amount), f.factor), 2);
}

/** F(y) for each of the `years` years from `budgetYear` (the checks have refused a repeated year). */
export function priceIndex(changes: readonly PriceChange[], budgetYear: number, years: number): PriceIndex {
  const percentOf = new Map<number, Money>();
  for (const c of changes) if (!percentOf.has(c.year)) percentOf.set(c.year, c.percent);
  const out: YearFactor[] = [yearFactor(budgetYear, ONE)];
  let f = ONE;
  for (let k = 1; k < years; k++) {
    const p = percentOf.get(budgetYear + k);
    if (p !== undefined) f = mul(f, add(ONE, div(ofMoney(p), HUNDRED)));
    out.push(yearFactor(budgetYear + k, f));
  }
  return { indexed: changes.length > 0, years: out };
}

/** The greatest common divisor of two non-negative safe integers (a + b > 0), exactly. */
function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** How many indexed row-months production computed on each path (read by a test; never by the forecast). */
export const indexedPaths = { number: 0, bigint: 0 };

/** round(rateOre × F × days ÷ divisor) in øre, half away from zero, exactly (see the proof above); rateOre an integer. */
export function indexedOre(rateOre: number, days: number, divisor: number, f: YearFactor): number {
  const negative = rateOre < 0;
  const a = negative ? -rateOre : rateOre;
  const whole = days === divisor;
  const dd = whole ? 1 : days;
  const q = whole ? 1 : divisor;
  let n = a * f.n * dd;
  let den = f.d * q;
  if (!(n <= Number.MAX_SAFE_INTEGER) && !Number.isNaN(f.d)) {
    const g = gcd(a, f.d);
    n = (a / g) * f.n * dd;
    den = (f.d / g) * q;
  }
  let amount: number;
  if (n <= Number.MAX_SAFE_INTEGER && den <= Number.MAX_SAFE_INTEGER) {
    indexedPaths.number++;
    const rest = n % den;
    const quotient = (n - rest) / den;
    amount = 2 * rest >= den ? quotient + 1 : quotient;
  } else {
    indexedPaths.bigint++;
    const bn = BigInt(a) * f.factor.n * BigInt(dd);
    const bden = f.factor.d * BigInt(q);
    const rest = bn % bden;
    amount = Number(bn / bden + (2n * rest >= bden ? 1n : 0n));
  }
  return negative && amount !== 0 ? -amount : amount;
}

/** round(amount × factor × days ÷ divisor) to øre, half away from zero, exactly (rationals): for the few rows off the øre path. */
export function indexedRational(amount: Rational, days: number, divisor: number, factor: Rational): Money {
  return roundRational(div(mul(mul(amount, factor), ratio(days)), ratio(divisor)), 2);
}
