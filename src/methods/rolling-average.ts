/**
 * Method "glidende": each open month of the budget year = the mean of the 12 months of forbrug
 * ending at the last closed month, rounded to øre, half away from zero. Months with no forbrug row
 * are absent, not zero; with fewer than 12 present the mean is of those present (the checks warn);
 * with fewer than 3 there is no mean (the checks make it an error, so a checked input always has
 * one). Each month of a later year y = the same mean (as rounded) × F(y), rounded once to øre
 * (methods/price-index.ts; F = 1 without a prisfremskrivning).
 *
 * Exports: glidende (the PrognosisMethod), rollingAverage, rollingWindowEnd, ROLLING_WINDOW, ROLLING_MINIMUM.
 */
import { fromYearMonthIndex, yearMonthIndex, type YearMonth } from '../model/civil-date.js';
import type { RollingAverage } from '../model/forecast.js';
import { roundOre, sumMoney, ZERO, type Money } from '../model/money.js';
import type { PrognosisMethod } from './method.js';
import { indexedAmount } from './price-index.js';

export const ROLLING_WINDOW = 12;
export const ROLLING_MINIMUM = 3;

/** The window's last month (yearMonthIndex): the last closed month, or December before the year when none is closed. */
export function rollingWindowEnd(asOf: YearMonth | null, year: number): number {
  return asOf ? yearMonthIndex(asOf) : year * 12 - 1;
}

/** actualByMonth: forbrug per month index (model/civil-date.ts yearMonthIndex). */
export function rollingAverage(actualByMonth: ReadonlyMap<number, Money>, endIndex: number): RollingAverage {
  const present: Money[] = [];
  for (let i = endIndex - ROLLING_WINDOW + 1; i <= endIndex; i++) {
    const v = actualByMonth.get(i);
    if (v !== undefined) present.push(v);
  }
  return {
    from: fromYearMonthIndex(endIndex - ROLLING_WINDOW + 1),
    to: fromYearMonthIndex(endIndex),
    monthsUsed: present.length,
    mean: present.length < ROLLING_MINIMUM ? null : roundOre(sumMoney(present).dividedBy(present.length)),
  };
}

export const glidende: PrognosisMethod = {
  method: 'glidende',
  forecast({ calendar, firstOpen, asOf, actualByMonth, index }) {
    if (firstOpen >= calendar.length) return { parts: {} };
    const rolling = rollingAverage(actualByMonth, rollingWindowEnd(asOf, Math.floor(calendar.first / 12)));
    const mean = rolling.mean ?? ZERO;
    const perYear = index.years.map((f, k) => (k === 0 ? mean : indexedAmount(mean, f)));
    return { parts: { method: calendar.firstDay.map((_, m) => (m < firstOpen ? ZERO : perYear[Math.floor(m / 12)]!)) }, rolling };
  },
};
