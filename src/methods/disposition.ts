/**
 * Method "disposition" on CPR level: every disposition row (aktuel and forventet) prorated to the
 * days it is active in each month, plus, in the open months, the risk cases (methods/risk-case.ts),
 * the intake/exit rows (methods/intake.ts) and the pool (methods/pool.ts). Persons and helårspersoner
 * of the same rows and layers: methods/persons.ts.
 *
 * Exports: disposition (the PrognosisMethod), rowMonths, rowMonthsOre, prorate, prorateOre,
 * unitDivisor, activeDays, MAX_PRORATE_RATE_ORE, prorationPaths.
 *
 * Contract. A row's amount in month m = rate × days ÷ divisor, rounded once to øre, half away
 * from zero, where days = the days of [start, stop] in m (both inclusive; no stop = open-ended)
 * and divisor = days in m (måned), 1 (dag), 7 (uge) or days in m's year (år). Every month of the
 * calendar is computed, closed ones too (the workbook shows them for reference); the measure's
 * dispositions part is the sum of the rows' open months. The rows' active days per month are
 * summed too (person-days, every month): the rows' part of the persons (methods/persons.ts).
 *
 * Two arithmetics for the one rule, side by side:
 * - Integer øre (prorateOre, rowMonthsOre): the path every row with a rate of at most two decimals
 *   and |rate| ≤ MAX_PRORATE_RATE_ORE øre takes. Proof of exactness: with r = |rate| in øre ≤
 *   ⌊(2^53 − 1)/367⌋ and days ≤ 31, n = r × days < 2^53 is an exact integer, so n % divisor and
 *   (n − n % divisor)/divisor are exact, and q + (2·rest ≥ divisor) is round-half-up of the exact
 *   rational n/divisor, i.e. the decimal rule below. A row's total over twelve months is at most
 *   366 days of a daily rate plus ½ øre a month, ≤ 367 × r ≤ 2^53 − 1: exact too. For a longer
 *   calendar the total is summed in exact øre (model/ore.ts OreSum), which spills into a decimal.
 * - Decimal (prorate, rowMonths): the rule itself in decimal.js (model/money.ts explains why its
 *   40-digit division before rounding is exact), for the remaining rows.
 * test/proration-ore.test.ts compares the two on random rates, units, days and years, to the øre;
 * test/forecast-fast-path.test.ts fails when production stops using the øre path.
 */
import type { MonthCalendar } from '../model/calendar.js';
import { dayNumber } from '../model/civil-date.js';
import type { Disposition, RateUnit } from '../model/disposition.js';
import { roundOre, sumMoney, ZERO, type Money } from '../model/money.js';
import { moneyFromOre, OreSum, oreOf } from '../model/ore.js';
import { intakeForecast } from './intake.js';
import type { PrognosisMethod } from './method.js';
import { poolMonths } from './pool.js';
import { riskCaseForecast } from './risk-case.js';

/** The largest |rate| in øre the integer path takes (about 246 billion kr.). */
export const MAX_PRORATE_RATE_ORE = Math.floor(Number.MAX_SAFE_INTEGER / 367);

/** How many rows production prorated on each path (read by the wiring test; never by the forecast). */
export const prorationPaths = { ore: 0, decimal: 0 };

/** The divisor of the rate's unit for a month with `daysInMonth` days in a year of `daysInYear`. */
export function unitDivisor(unit: RateUnit, daysInMonth: number, daysInYear: number): number {
  switch (unit) {
    case 'måned':
      return daysInMonth;
    case 'dag':
      return 1;
    case 'uge':
      return 7;
    case 'år':
      return daysInYear;
  }
}

/** Days of [start, stop] (day numbers, inclusive; stop null = open-ended) within [first, last]. */
export function activeDays(start: number, stop: number | null, first: number, last: number): number {
  const from = start > first ? start : first;
  const to = stop === null || stop > last ? last : stop;
  return to >= from ? to - from + 1 : 0;
}

/** rate × days ÷ divisor rounded to øre, half away from zero (decimal). */
export function prorate(rate: Money, days: number, divisor: number): Money {
  return roundOre(rate.times(days).dividedBy(divisor));
}

/** The same in integer øre, for |rateOre| ≤ MAX_PRORATE_RATE_ORE and 0 ≤ days ≤ 31 (see the proof above). */
export function prorateOre(rateOre: number, days: number, divisor: number): number {
  if (days === divisor) return rateOre; // a whole month at a monthly rate (or a day at a daily one)
  const negative = rateOre < 0;
  const n = (negative ? -rateOre : rateOre) * days;
  const rest = n % divisor;
  const q = (n - rest) / divisor;
  const amount = 2 * rest >= divisor ? q + 1 : q;
  return negative && amount !== 0 ? -amount : amount;
}

/** Beyond any day number of a real date: "no stop", kept a small integer so the loop stays in integer arithmetic. */
const NO_STOP = 1e9;

/** The row's amount in each calendar month, decimal. */
export function rowMonths(row: Disposition, calendar: MonthCalendar): Money[] {
  const start = dayNumber(row.start);
  const stop = row.stop === null ? null : dayNumber(row.stop);
  return calendar.firstDay.map((first, m) => {
    const days = activeDays(start, stop, first, calendar.lastDay[m]!);
    return days === 0 ? ZERO : prorate(row.rate, days, unitDivisor(row.unit, calendar.daysInMonth[m]!, calendar.daysInYear[m]!));
  });
}

/**
 * The row's amount in each calendar month in øre, written into `out`; false (and `out` untouched)
 * when the rate is off the integer path (more than two decimals, or beyond the bound). With
 * `personDays`, the row's active days in each month are added to it (methods/persons.ts).
 */
export function rowMonthsOre(row: Disposition, calendar: MonthCalendar, out: Float64Array, personDays?: Float64Array): boolean {
  const rateOre = oreOf(row.rate);
  if (rateOre === null || Math.abs(rateOre) > MAX_PRORATE_RATE_ORE) return false;
  const start = dayNumber(row.start);
  const stop = row.stop === null ? NO_STOP : dayNumber(row.stop);
  const unit = row.unit;
  for (let m = 0; m < calendar.length; m++) {
    const days = activeDays(start, stop, calendar.firstDay[m]!, calendar.lastDay[m]!);
    out[m] = days === 0 ? 0 : prorateOre(rateOre, days, unitDivisor(unit, calendar.daysInMonth[m]!, calendar.daysInYear[m]!));
    if (personDays !== undefined) personDays[m]! += days;
  }
  return true;
}

/** Adds the row's active days in each calendar month to `personDays`. */
function addPersonDays(row: Disposition, calendar: MonthCalendar, personDays: Float64Array): void {
  const start = dayNumber(row.start);
  const stop = row.stop === null ? NO_STOP : dayNumber(row.stop);
  for (let m = 0; m < calendar.length; m++) personDays[m]! += activeDays(start, stop, calendar.firstDay[m]!, calendar.lastDay[m]!);
}

export const disposition: PrognosisMethod = {
  method: 'disposition',
  forecast(input) {
    const { calendar, firstOpen } = input;
    const sums = Array.from({ length: calendar.length }, () => new OreSum());
    const ore = new Float64Array(calendar.length);
    const personDays = new Float64Array(calendar.length);
    for (const row of input.dispositions) {
      if (rowMonthsOre(row, calendar, ore, personDays)) {
        prorationPaths.ore++;
        // Exact while every partial sum stays within 2^53 (always, for twelve months: see the proof).
        let total = 0;
        let exact = true;
        for (let m = 0; m < calendar.length; m++) {
          total += ore[m]!;
          exact &&= Math.abs(total) <= Number.MAX_SAFE_INTEGER;
          if (m >= firstOpen) sums[m]!.add(ore[m]!);
        }
        if (exact) input.lines.addOre(row, ore, total);
        else input.lines.addMoney(row, Array.from(ore, moneyFromOre), sumMoney(Array.from(ore, moneyFromOre)));
      } else {
        prorationPaths.decimal++;
        const months = rowMonths(row, calendar);
        addPersonDays(row, calendar, personDays);
        input.lines.addMoney(row, months, sumMoney(months));
        for (let m = firstOpen; m < calendar.length; m++) sums[m]!.addMoney(months[m]!);
      }
    }
    const risk = riskCaseForecast(input);
    const intake = intakeForecast(input);
    return {
      parts: {
        dispositions: sums.map((s) => s.toMoney()),
        riskCases: risk.months,
        intakes: intake.months,
        pool: poolMonths(input.measure, calendar.length, firstOpen),
      },
      riskCaseLines: risk.lines,
      intakeLines: intake.lines,
      personDays,
    };
  },
};
