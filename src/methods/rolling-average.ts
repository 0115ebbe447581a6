/**
 * Method "glidende": each open month = the mean of the 12 months of forbrug ending at the last
 * closed month, rounded to øre. Months with no forbrug row are absent, not zero; with fewer than 12
 * present the mean is of those present (the forecast warns); with fewer than 3 there is no mean.
 *
 * Exports: rollingAverage, ROLLING_WINDOW, ROLLING_MINIMUM.
 */
import { fromYearMonthIndex, type YearMonth } from '../model/civil-date.js';
import { roundOre, sumMoney, type Money } from '../model/money.js';

export const ROLLING_WINDOW = 12;
export const ROLLING_MINIMUM = 3;

export interface RollingAverage {
  readonly from: YearMonth;
  readonly to: YearMonth;
  /** Months in the window that had forbrug. */
  readonly monthsUsed: number;
  /** null when fewer than ROLLING_MINIMUM months were present. */
  readonly mean: Money | null;
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
