/**
 * Persons in a month, n(m), and helårspersoner (HP) of a disposition measure: the count side of
 * the activity/price split (forecast/activity.ts), over the same rows and layers as the method's
 * money (methods/disposition.ts). Exact rationals (model/rational.ts): nothing is rounded but HP.
 *
 * Exports: personDaysByMeasure, personsByMonth, fullYearPersons, PersonsInput, HP_DECIMALS.
 * Contract, for month m of the calendar:
 * - every disposition row (aktuel and forventet), every month, closed ones too: the row's active
 *   days in m ÷ days in m (start and stop inclusive; summed as person-days, an exact integer, and
 *   then divided);
 * - in the open months only, also:
 *   - each risk case: antal × sandsynlighed × active days of its period in m ÷ days in m;
 *   - each intake row with month M0 ≤ m: tilgang − afgang; a row dated in a closed month adds no
 *     persons, just as it adds no money, and one dated before the budget year counts from the
 *     first open month (methods/intake.ts intakeFrom);
 *   - each transition into the measure: sandsynlighed × active days of [start, stop] in m ÷ days
 *     in m (stop after the measure's age limit, methods/transition.ts);
 *   - the pool: that month's pool amount ÷ the measure's Gennemsnitspris, when it has one (≠ 0);
 *     otherwise 0, and the pool counts as price.
 * HP = Σ n(m) over the calendar's months ÷ their number (the budget year's 12), rounded to
 * HP_DECIMALS (4) decimals, half away from zero.
 */
import type { MonthCalendar } from '../model/calendar.js';
import { dayNumber, type CivilDate } from '../model/civil-date.js';
import type { Disposition } from '../model/disposition.js';
import type { Intake } from '../model/intake.js';
import type { Money } from '../model/money.js';
import { add, div, mul, ofMoney, ratio, RATIONAL_ZERO, roundRational, sumRationals, type Rational } from '../model/rational.js';
import type { RiskCase } from '../model/risk-case.js';
import { activeDays } from './disposition.js';
import { intakeFrom } from './intake.js';
import { riskCasePeriodEnd } from './risk-case.js';

export const HP_DECIMALS = 4;

/**
 * Person-days of the rows in each calendar month, Σ active days (exact integers), for every
 * measure named in `slotOf` (measure name → slot 0..slots − 1; rows of other measures are
 * skipped), in one pass over the rows in file order. From the civil dates, without a loop over the
 * months: a row adds its first and last month's days there and a whole month to every month
 * between (counted in a difference array, times the days in the month).
 */
export function personDaysByMeasure(rows: readonly Disposition[], slotOf: ReadonlyMap<string, number>, slots: number, calendar: MonthCalendar): Float64Array[] {
  const L = calendar.length;
  const days = Array.from({ length: slots }, () => new Float64Array(L));
  if (L === 0) return days;
  const whole = Array.from({ length: slots }, () => new Float64Array(L + 1));
  const dim = calendar.daysInMonth;
  const first = calendar.first;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const slot = slotOf.get(row.measure);
    if (slot === undefined) continue;
    // First month and day of the row within the calendar.
    let s = row.start.year * 12 + row.start.month - 1 - first;
    let sDay = row.start.day;
    if (s >= L) continue;
    if (s < 0) {
      s = 0;
      sDay = 1;
    }
    // Last month and day.
    const stop = row.stop;
    let e = stop === null ? L : stop.year * 12 + stop.month - 1 - first;
    let eDay = stop === null ? 0 : stop.day;
    if (e < 0) continue;
    if (e >= L) {
      e = L - 1;
      eDay = dim[L - 1]!;
    }
    const d = days[slot]!;
    if (s === e) {
      if (eDay >= sDay) d[s]! += eDay - sDay + 1;
    } else if (s < e) {
      d[s]! += dim[s]! - sDay + 1;
      d[e]! += eDay;
      whole[slot]![s + 1]!++;
      whole[slot]![e]!--;
    }
  }
  days.forEach((d, slot) => {
    let running = 0;
    for (let m = 0; m < L; m++) {
      running += whole[slot]![m]!;
      d[m]! += running * dim[m]!;
    }
  });
  return days;
}

export interface PersonsInput {
  readonly calendar: MonthCalendar;
  /** Index of the first open month. */
  readonly firstOpen: number;
  /** The rows' person-days per month (personDaysByMeasure). */
  readonly personDays: ArrayLike<number>;
  readonly riskCases: readonly RiskCase[];
  readonly intakes: readonly Intake[];
  /** Transitions into the measure: their period (stop after the age limit) and probability. */
  readonly transitions: readonly { readonly start: CivilDate; readonly stop: CivilDate | null; readonly probability: Money }[];
  /** The measure's pool part per month (methods/pool.ts). */
  readonly pool: readonly Money[];
  /** The measure's Gennemsnitspris (per case per month), or null. */
  readonly averagePrice: Money | null;
}

/** n(m) for each calendar month, exactly. */
export function personsByMonth(input: PersonsInput): Rational[] {
  const { calendar, firstOpen } = input;
  const year = Math.floor(calendar.first / 12);
  const months = calendar.firstDay.map((_, m) => ratio(input.personDays[m]!, calendar.daysInMonth[m]!));
  for (const rc of input.riskCases) {
    const start = dayNumber(rc.start);
    const stop = dayNumber(riskCasePeriodEnd(rc, year));
    const weight = mul(ofMoney(rc.count), ofMoney(rc.probability));
    for (let m = firstOpen; m < calendar.length; m++) {
      const days = activeDays(start, stop, calendar.firstDay[m]!, calendar.lastDay[m]!);
      if (days > 0) months[m] = add(months[m]!, mul(weight, ratio(days, calendar.daysInMonth[m]!)));
    }
  }
  for (const row of input.intakes) {
    const from = intakeFrom(row, calendar.first, firstOpen);
    if (from === null) continue;
    const net = ofMoney(row.intake.minus(row.exit));
    for (let m = from; m < calendar.length; m++) months[m] = add(months[m]!, net);
  }
  for (const t of input.transitions) {
    const start = dayNumber(t.start);
    const stop = t.stop === null ? null : dayNumber(t.stop);
    const weight = ofMoney(t.probability);
    for (let m = firstOpen; m < calendar.length; m++) {
      const days = activeDays(start, stop, calendar.firstDay[m]!, calendar.lastDay[m]!);
      if (days > 0) months[m] = add(months[m]!, mul(weight, ratio(days, calendar.daysInMonth[m]!)));
    }
  }
  if (input.averagePrice !== null && !input.averagePrice.isZero()) {
    const price = ofMoney(input.averagePrice);
    for (let m = firstOpen; m < calendar.length; m++) {
      const amount = input.pool[m]!;
      if (!amount.isZero()) months[m] = add(months[m]!, div(ofMoney(amount), price));
    }
  }
  return months;
}

/** HP: Σ n(m) ÷ the number of months, rounded to 4 decimals, half away from zero. */
export function fullYearPersons(months: readonly Rational[]): Money {
  if (months.length === 0) return roundRational(RATIONAL_ZERO, HP_DECIMALS);
  return roundRational(div(sumRationals(months), ratio(months.length)), HP_DECIMALS);
}
