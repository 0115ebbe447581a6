/**
 * Money: decimal, never float. Every amount is a `Money` (a decimal.js value of our own clone).
 *
 * Exports: Money, money, ZERO, roundOre, sumMoney, formatAmount, formatDanishAmount.
 * Rounding rule: to øre (two decimals), half away from zero (decimal.js ROUND_HALF_UP).
 *
 * Divisions (by days in a month or year, by 7, by 12 or a count of months) are computed with 40
 * significant digits before rounding to øre. That double rounding is exact: a quotient a/b with
 * b ≤ 366·12 that is not itself a tie at the third decimal lies at least 1/(200·b) away from
 * one, far beyond the 40th digit, so it cannot be pushed across a tie.
 */
import { Decimal } from 'decimal.js';

export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = InstanceType<typeof Money>;

export function money(value: string | number | Money): Money {
  return new Money(value);
}

export const ZERO: Money = new Money(0);

export function roundOre(value: Money): Money {
  return value.toDecimalPlaces(2, Money.ROUND_HALF_UP);
}

export function sumMoney(values: Iterable<Money>): Money {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Machine form: two decimals and a point, e.g. "-3950000.00". */
export function formatAmount(value: Money): string {
  return value.toFixed(2);
}

/** Danish form: thousands dot and decimal comma, e.g. "-3.950.000,00". */
export function formatDanishAmount(value: Money): string {
  const [intPart, frac] = value.toFixed(2).split('.') as [string, string];
  const negative = intPart.startsWith('-');
  const digits = negative ? intPart.slice(1) : intPart;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped},${frac}`;
}
