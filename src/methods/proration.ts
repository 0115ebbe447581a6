/**
 * Proration of a rate to the days a period is active in a month.
 *
 * Exports: activeDaysInMonth, prorate.
 * - activeDaysInMonth: days of [start, stop] (both inclusive; stop null = open-ended) in the month.
 * - prorate: monthly rate × days/days-in-month, daily × days, weekly × days/7,
 *   yearly × days/days-in-year; rounded to øre, half away from zero.
 */
import { dayNumber, daysInMonth, daysInYear } from '../model/civil-date.js';
import type { RateUnit } from '../model/disposition.js';
import { roundOre, type Money } from '../model/money.js';

/** Both bounds as day numbers (model/civil-date.ts); stop null = no stop. */
export function activeDaysInMonth(startDay: number, stopDay: number | null, year: number, month: number): number {
  const first = dayNumber({ year, month, day: 1 });
  const last = first + daysInMonth(year, month) - 1;
  const from = Math.max(first, startDay);
  const to = stopDay === null ? last : Math.min(last, stopDay);
  return to >= from ? to - from + 1 : 0;
}

export function prorate(rate: Money, unit: RateUnit, days: number, year: number, month: number): Money {
  switch (unit) {
    case 'måned':
      return roundOre(rate.times(days).dividedBy(daysInMonth(year, month)));
    case 'dag':
      return roundOre(rate.times(days));
    case 'uge':
      return roundOre(rate.times(days).dividedBy(7));
    case 'år':
      return roundOre(rate.times(days).dividedBy(daysInYear(year)));
  }
}
