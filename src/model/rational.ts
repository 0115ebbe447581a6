/**
 * Exact rationals (BigInt numerator over a positive BigInt denominator), for the few figures that
 * are quotients and must be rounded exactly once: persons in a month (person-days ÷ days in the
 * month, a pool amount ÷ a price), helårspersoner, prices per person and the activity effect.
 * There is no precision to run out of, so no rounding happens before the one rounding asked for.
 *
 * Exports: Rational, RATIONAL_ZERO, ratio, ofMoney, add, sub, mul, div, sumRationals, isZeroRational,
 * roundRational, divideToMoney.
 * Rounding rule (roundRational): to a number of decimals, half away from zero (as roundOre).
 */
import { Money } from './money.js';

export interface Rational {
  readonly n: bigint;
  /** Always > 0. */
  readonly d: bigint;
}

export const RATIONAL_ZERO: Rational = { n: 0n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function reduced(n: bigint, d: bigint): Rational {
  if (d < 0n) [n, d] = [-n, -d];
  if (n === 0n) return RATIONAL_ZERO;
  const g = gcd(n, d);
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
}

/** n ÷ d for integers (d ≠ 0). */
export function ratio(n: number | bigint, d: number | bigint = 1): Rational {
  return reduced(BigInt(n), BigInt(d));
}

/** A Money (a finite decimal) exactly. */
export function ofMoney(m: Money): Rational {
  const text = m.toFixed(); // plain notation, every digit
  const negative = text.startsWith('-');
  const [int, frac = ''] = (negative ? text.slice(1) : text).split('.') as [string, string?];
  const n = BigInt(int + frac);
  return reduced(negative ? -n : n, 10n ** BigInt(frac.length));
}

export const add = (a: Rational, b: Rational): Rational => reduced(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => reduced(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => reduced(a.n * b.n, a.d * b.d);
/** a ÷ b; b must not be zero. */
export const div = (a: Rational, b: Rational): Rational => reduced(a.n * b.d, a.d * b.n);

export function sumRationals(values: Iterable<Rational>): Rational {
  let total = RATIONAL_ZERO;
  for (const v of values) total = add(total, v);
  return total;
}

export const isZeroRational = (r: Rational): boolean => r.n === 0n;

/** r rounded to `places` decimals, half away from zero, as an exact Money. */
export function roundRational(r: Rational, places: number): Money {
  const negative = r.n < 0n;
  const scaled = (negative ? -r.n : r.n) * 10n ** BigInt(places);
  const rest = scaled % r.d;
  const q = scaled / r.d + (2n * rest >= r.d ? 1n : 0n);
  const digits = q.toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return new Money(negative && q !== 0n ? `-${text}` : text);
}

/** a ÷ b rounded to øre, half away from zero, exactly; b must not be zero. */
export function divideToMoney(a: Money, b: Money): Money {
  return roundRational(div(ofMoney(a), ofMoney(b)), 2);
}
