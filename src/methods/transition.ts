/**
 * Transitions (overgange), a layer of the disposition method: the shadow assessment of a case that
 * moves to this (adults') measure at the age limit. Each transition is a row of the measure at
 * rate × probability, prorated like a disposition row (methods/disposition.ts), in the open months
 * of the horizon only, and cut by the measure's own age limit (methods/age-limit.ts) like its rows.
 *
 * Exports: transitionMonths, transitionForecast.
 * Contract: in month m, rate × sandsynlighed × F × days ÷ divisor, rounded once to øre, half away
 * from zero (the weighted and indexed rate is not rounded first; F the month's price factor,
 * methods/price-index.ts), days = the days of [start, stop] in m (no stop: to the horizon's end),
 * divisor by the unit as for a disposition row. Computed in exact rationals (a few rows).
 */
import type { MonthCalendar } from '../model/calendar.js';
import { dayNumber } from '../model/civil-date.js';
import type { TransitionLine } from '../model/forecast.js';
import { sumMoney, ZERO, type Money } from '../model/money.js';
import { ofMoney } from '../model/rational.js';
import type { Transition } from '../model/transition.js';
import { cutAtAgeLimit } from './age-limit.js';
import { activeDays, unitDivisor } from './disposition.js';
import type { MeasureInput } from './method.js';
import { indexedRational, ONE, type YearFactor } from './price-index.js';

/** The transition's weighted amount in each calendar month from firstOpen on (zero before); `factors` per month (none: F = 1). */
export function transitionMonths(t: Pick<Transition, 'rate' | 'probability' | 'unit' | 'start' | 'stop'>, calendar: MonthCalendar, firstOpen: number, factors?: readonly YearFactor[]): Money[] {
  const start = dayNumber(t.start);
  const stop = t.stop === null ? null : dayNumber(t.stop);
  const weighted = ofMoney(t.rate.times(t.probability));
  return calendar.firstDay.map((first, m) => {
    if (m < firstOpen) return ZERO;
    const days = activeDays(start, stop, first, calendar.lastDay[m]!);
    if (days === 0) return ZERO;
    const divisor = unitDivisor(t.unit, calendar.daysInMonth[m]!, calendar.daysInYear[m]!);
    return indexedRational(weighted, days, divisor, factors?.[m]?.factor ?? ONE);
  });
}

/** Every transition into the measure (cut by its age limit): its line and the sum per month. */
export function transitionForecast(input: MeasureInput, factors?: readonly YearFactor[]): { lines: TransitionLine[]; months: Money[] } {
  const { calendar, firstOpen } = input;
  const lines = input.transitions.map((original) => {
    const t = cutAtAgeLimit(original, input.measure.ageLimit);
    const months = transitionMonths(t, calendar, firstOpen, factors);
    return { transition: original, stop: t.stop, months, total: sumMoney(months) };
  });
  return { lines, months: calendar.firstDay.map((_, m) => sumMoney(lines.map((l) => l.months[m]!))) };
}
