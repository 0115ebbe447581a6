/**
 * Method "disposition" on CPR level: every disposition row (aktuel and forventet) prorated to the
 * days it is active in each month, plus, in the open months, the risk cases (methods/risk-case.ts),
 * the intake/exit rows (methods/intake.ts), the pool (methods/pool.ts) and the transitions into
 * the measure (methods/transition.ts). Persons and helårspersoner of the same rows and layers:
 * methods/persons.ts. The calendar is the horizon: the budget year and the years after it.
 *
 * Exports: disposition (the PrognosisMethod), rowMonths, rowMonthsOre, rowSum, prorate, prorateOre,
 * unitDivisor, activeDays, monthFactors, MAX_PRORATE_RATE_ORE, prorationPaths.
 *
 * Contract. A row's amount in month m = rate × F × days ÷ divisor, rounded once to øre, half away
 * from zero, where days = the days of [start, stop] in m (both inclusive; no stop = open-ended, to
 * the horizon's end), divisor = days in m (måned), 1 (dag), 7 (uge) or days in m's year (år), and
 * F = F(m's year), the price factor (methods/price-index.ts; 1 in the budget year and without a
 * prisfremskrivning): the indexed rate is not rounded first. The rows come cut by their measure's
 * age limit (methods/age-limit.ts). Every month of the calendar is computed, closed ones too (the
 * workbook shows the budget year's for reference); the measure's dispositions part is the sum of
 * the rows' open months, and the aktuel rows' sum of them is kept too (known, in later years). The
 * rows' active days per month are summed too (person-days, every month): the rows' part of the
 * persons (methods/persons.ts). The line store keeps each row's budget-year months.
 *
 * Two arithmetics for the one rule, side by side:
 * - Integer øre (prorateOre, rowMonthsOre): the path every row with a rate of at most two decimals
 *   and |rate| ≤ MAX_PRORATE_RATE_ORE øre takes; in a month whose F ≠ 1 it uses indexedOre
 *   (methods/price-index.ts, with its own proof: the same rounding of the exact rational
 *   rate × F × days ÷ divisor, in doubles while they are exact, else in BigInt). Proof of
 *   exactness for F = 1: with r = |rate| in øre ≤
 *   ⌊(2^53 − 1)/367⌋ and days ≤ 31, n = r × days < 2^53 is an exact integer, so n % divisor and
 *   (n − n % divisor)/divisor are exact, and q + (2·rest ≥ divisor) is round-half-up of the exact
 *   rational n/divisor, i.e. the decimal rule below. A row's total over twelve months is at most
 *   366 days of a daily rate plus ½ øre a month, ≤ 367 × r ≤ 2^53 − 1: exact too. For a longer
 *   calendar the total is summed in exact øre (model/ore.ts OreSum), which spills into a decimal.
 * - Decimal (prorate, rowMonths): the rule itself in decimal.js (model/money.ts explains why its
 *   40-digit division before rounding is exact), for the remaining rows; an indexed month (F ≠ 1)
 *   in exact rationals (indexedRational).
 * test/proration-ore.test.ts compares the two on random rates, units, days and years, to the øre;
 * test/forecast-fast-path.test.ts fails when production stops using the øre path.
 */
import type { MonthCalendar } from '../model/calendar.js';
import { dayNumber } from '../model/civil-date.js';
import type { Disposition, RateUnit } from '../model/disposition.js';
import { roundOre, sumMoney, ZERO, type Money } from '../model/money.js';
import { moneyFromOre, OreSum, oreOf } from '../model/ore.js';
import { ofMoney } from '../model/rational.js';
import { intakeForecast } from './intake.js';
import type { PrognosisMethod } from './method.js';
import { poolMonths } from './pool.js';
import { indexedOre, indexedRational, type PriceIndex, type YearFactor } from './price-index.js';
import { riskCaseForecast } from './risk-case.js';
import { transitionForecast } from './transition.js';

/** The factor of each month of a horizon calendar that starts in January of the budget year (12 months per index year). */
export function monthFactors(index: PriceIndex, length: number): YearFactor[] {
  return Array.from({ length }, (_, m) => index.years[Math.floor(m / 12)] ?? index.years[index.years.length - 1]!);
}

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

/**
 * The row's amount in each calendar month, decimal (and exact rationals in a month with a factor
 * ≠ 1; `factors` per month, none = every F = 1). The reference the øre path is tested against.
 */
export function rowMonths(row: Pick<Disposition, 'rate' | 'unit' | 'start' | 'stop'>, calendar: MonthCalendar, factors?: readonly YearFactor[]): Money[] {
  const start = dayNumber(row.start);
  const stop = row.stop === null ? null : dayNumber(row.stop);
  const rate = factors?.some((f) => !f.one) ? ofMoney(row.rate) : null;
  return calendar.firstDay.map((first, m) => {
    const days = activeDays(start, stop, first, calendar.lastDay[m]!);
    if (days === 0) return ZERO;
    const divisor = unitDivisor(row.unit, calendar.daysInMonth[m]!, calendar.daysInYear[m]!);
    const f = factors?.[m];
    return f === undefined || f.one ? prorate(row.rate, days, divisor) : indexedRational(rate!, days, divisor, f.factor);
  });
}

/**
 * The row's amount in each calendar month in øre, written into `out`; false (and `out` untouched)
 * when the rate is off the integer path (more than two decimals, or beyond the bound). With
 * `personDays`, the row's active days in each month are added to it (methods/persons.ts). With
 * `factors` (per month), a month whose F ≠ 1 is indexed (indexedOre).
 */
export function rowMonthsOre(row: Pick<Disposition, 'rate' | 'unit' | 'start' | 'stop'>, calendar: MonthCalendar, out: Float64Array, personDays?: Float64Array, factors?: readonly YearFactor[]): boolean {
  const rateOre = oreOf(row.rate);
  if (rateOre === null || Math.abs(rateOre) > MAX_PRORATE_RATE_ORE) return false;
  const start = dayNumber(row.start);
  const stop = row.stop === null ? NO_STOP : dayNumber(row.stop);
  const unit = row.unit;
  for (let m = 0; m < calendar.length; m++) {
    const days = activeDays(start, stop, calendar.firstDay[m]!, calendar.lastDay[m]!);
    if (days === 0) out[m] = 0;
    else {
      const divisor = unitDivisor(unit, calendar.daysInMonth[m]!, calendar.daysInYear[m]!);
      const f = factors?.[m];
      out[m] = f === undefined || f.one ? prorateOre(rateOre, days, divisor) : indexedOre(rateOre, days, divisor, f);
    }
    if (personDays !== undefined) personDays[m]! += days;
  }
  return true;
}

/**
 * Sums of the row's month amounts over ranges of calendar months [from, to), by the same rule:
 * on the øre path where the row takes it (exact: OreSum), else the decimal rule. For the few rows
 * the age limit cuts (the 18-year list, the cut notes) without a Money per month.
 */
export function rowSum(row: Pick<Disposition, 'rate' | 'unit' | 'start' | 'stop'>, calendar: MonthCalendar, ranges: readonly (readonly [number, number])[], factors?: readonly YearFactor[]): Money[] {
  const ore = new Float64Array(calendar.length);
  if (rowMonthsOre(row, calendar, ore, undefined, factors)) {
    return ranges.map(([from, to]) => {
      const sum = new OreSum();
      for (let m = from; m < to; m++) sum.add(ore[m]!);
      return sum.toMoney();
    });
  }
  const months = rowMonths(row, calendar, factors);
  return ranges.map(([from, to]) => sumMoney(months.slice(from, to)));
}

/** Adds the row's active days in each calendar month to `personDays`. */
function addPersonDays(row: Disposition, calendar: MonthCalendar, personDays: Float64Array): void {
  const start = dayNumber(row.start);
  const stop = row.stop === null ? NO_STOP : dayNumber(row.stop);
  for (let m = 0; m < calendar.length; m++) personDays[m]! += activeDays(start, stop, calendar.firstDay[m]!, calendar.lastDay[m]!);
}

/** Months of the budget year: what the line store keeps of each row. */
const YEAR = 12;

export const disposition: PrognosisMethod = {
  method: 'disposition',
  forecast(input) {
    const { calendar, firstOpen } = input;
    const L = calendar.length;
    const factors = monthFactors(input.index, L);
    const indexed = factors.some((f) => !f.one);
    const sums = Array.from({ length: L }, () => new OreSum());
    const activeSums = Array.from({ length: L }, () => new OreSum());
    const ore = new Float64Array(L);
    const personDays = new Float64Array(L);
    const kept = Math.min(YEAR, L);
    for (const row of input.dispositions) {
      const active = row.status === 'aktuel';
      if (rowMonthsOre(row, calendar, ore, personDays, indexed ? factors : undefined)) {
        prorationPaths.ore++;
        // Exact while every partial sum stays within 2^53 (always, for twelve months: see the proof).
        let total = 0;
        let exact = true;
        for (let m = 0; m < kept; m++) {
          total += ore[m]!;
          exact &&= Math.abs(total) <= Number.MAX_SAFE_INTEGER;
        }
        for (let m = firstOpen; m < L; m++) {
          const v = ore[m]!;
          if (v === 0) continue;
          sums[m]!.add(v);
          if (active) activeSums[m]!.add(v);
        }
        const year = kept === L ? ore : ore.subarray(0, kept);
        if (exact) input.lines.addOre(row, year, total);
        else input.lines.addMoney(row, Array.from(year, moneyFromOre), sumMoney(Array.from(year, moneyFromOre)));
      } else {
        prorationPaths.decimal++;
        const months = rowMonths(row, calendar, indexed ? factors : undefined);
        addPersonDays(row, calendar, personDays);
        const year = months.slice(0, kept);
        input.lines.addMoney(row, year, sumMoney(year));
        for (let m = firstOpen; m < L; m++) {
          sums[m]!.addMoney(months[m]!);
          if (active) activeSums[m]!.addMoney(months[m]!);
        }
      }
    }
    const risk = riskCaseForecast(input, factors);
    const intake = intakeForecast(input, factors);
    const transitions = transitionForecast(input, factors);
    return {
      parts: {
        dispositions: sums.map((s) => s.toMoney()),
        riskCases: risk.months,
        intakes: intake.months,
        pool: poolMonths(input.measure, input.index, firstOpen),
        transitions: transitions.months,
      },
      activeDispositions: activeSums.map((s) => s.toMoney()),
      riskCaseLines: risk.lines,
      intakeLines: intake.lines,
      transitionLines: transitions.lines,
      personDays,
    };
  },
};
