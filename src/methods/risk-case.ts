/**
 * Risk cases, a layer of the disposition method: pending cases that may come.
 *
 * Exports: riskCasePeriodEnd, riskCaseMonths, riskCaseForecast.
 * Contract: a risk case in month m = antal × enhedsudgift × sandsynlighed × F × days ÷ days in
 * m, over its whole period, across the turn of the year (start to start + Varighed months − 1 day,
 * months added like Excel's EDATE; or to its Stopdato; with neither, to 31.12 of the budget year),
 * rounded to øre per case-month, half away from zero; the weighted (and indexed) rate is not
 * rounded first. F is the month's price factor (methods/price-index.ts; 1 in the budget year),
 * an indexed month computed in exact rationals. Open months of the horizon only (zero in closed ones).
 */
import type { MonthCalendar } from '../model/calendar.js';
import { addMonthsClamped, dayNumber, fromDayNumber, type CivilDate } from '../model/civil-date.js';
import type { RiskCaseLine } from '../model/forecast.js';
import { roundOre, sumMoney, ZERO, type Money } from '../model/money.js';
import { ofMoney } from '../model/rational.js';
import type { RiskCase } from '../model/risk-case.js';
import { activeDays } from './disposition.js';
import type { MeasureInput } from './method.js';
import { indexedRational, type YearFactor } from './price-index.js';

/** The last day of a risk case's period (inclusive); `year` is the budget year. */
export function riskCasePeriodEnd(rc: RiskCase, year: number): CivilDate {
  if (rc.stop) return rc.stop;
  if (rc.durationMonths !== null) return fromDayNumber(dayNumber(addMonthsClamped(rc.start, rc.durationMonths)) - 1);
  return { year, month: 12, day: 31 };
}

/** The case's weighted amount in each calendar month from firstOpen on (zero before); `factors` per month (none: F = 1). */
export function riskCaseMonths(rc: RiskCase, calendar: MonthCalendar, firstOpen: number, year: number, factors?: readonly YearFactor[]): Money[] {
  const start = dayNumber(rc.start);
  const stop = dayNumber(riskCasePeriodEnd(rc, year));
  const weighted = rc.count.times(rc.unitCost).times(rc.probability);
  return calendar.firstDay.map((first, m) => {
    if (m < firstOpen) return ZERO;
    const days = activeDays(start, stop, first, calendar.lastDay[m]!);
    if (days === 0) return ZERO;
    const f = factors?.[m];
    return f === undefined || f.one ? roundOre(weighted.times(days).dividedBy(calendar.daysInMonth[m]!)) : indexedRational(ofMoney(weighted), days, calendar.daysInMonth[m]!, f.factor);
  });
}

/** Every risk case of the measure: its line and the sum per month. */
export function riskCaseForecast(input: MeasureInput, factors?: readonly YearFactor[]): { lines: RiskCaseLine[]; months: Money[] } {
  const { calendar, firstOpen } = input;
  const year = Math.floor(calendar.first / 12);
  const lines = input.riskCases.map((rc) => {
    const months = riskCaseMonths(rc, calendar, firstOpen, year, factors);
    return { riskCase: rc, periodEnd: riskCasePeriodEnd(rc, year), months, total: sumMoney(months) };
  });
  return { lines, months: calendar.firstDay.map((_, m) => sumMoney(lines.map((l) => l.months[m]!))) };
}
