/**
 * Intake and exit (tilgang og afgang), a layer of the disposition method.
 *
 * Exports: intakePrice, intakeMonths, intakeForecast.
 * Contract: a row with month M0 adds (tilgang − afgang) × price in each open month ≥ M0, rounded
 * to øre per intake-month, half away from zero; price = the row's Gennemsnitspris, else the
 * measure's. A row dated in a closed month adds nothing (the checks warn about it).
 */
import { yearMonthIndex } from '../model/civil-date.js';
import type { IntakeLine } from '../model/forecast.js';
import type { Intake } from '../model/intake.js';
import type { Measure } from '../model/measure.js';
import { roundOre, sumMoney, ZERO, type Money } from '../model/money.js';
import type { MeasureInput } from './method.js';

/** The monthly price a row uses: its own, else the measure's (the checks require one of them). */
export function intakePrice(row: Intake, measure: Measure): Money {
  return row.averagePrice ?? measure.averagePrice ?? ZERO;
}

/** The row's effect in each of `length` months from the calendar's `first` month index; zero before firstOpen and before M0. */
export function intakeMonths(row: Intake, price: Money, first: number, length: number, firstOpen: number): Money[] {
  const from = yearMonthIndex(row.month) - first;
  if (from < firstOpen) return Array.from({ length }, () => ZERO);
  const amount = roundOre(row.intake.minus(row.exit).times(price));
  return Array.from({ length }, (_, m) => (m >= from ? amount : ZERO));
}

/** Every intake row of the measure: its line and the sum per month. */
export function intakeForecast(input: MeasureInput): { lines: IntakeLine[]; months: Money[] } {
  const { calendar, firstOpen } = input;
  const lines = input.intakes.map((row) => {
    const price = intakePrice(row, input.measure);
    const months = intakeMonths(row, price, calendar.first, calendar.length, firstOpen);
    return { intake: row, price, months, total: sumMoney(months) };
  });
  return { lines, months: calendar.firstDay.map((_, m) => sumMoney(lines.map((l) => l.months[m]!))) };
}
