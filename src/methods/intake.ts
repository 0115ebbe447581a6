/**
 * Intake and exit (tilgang og afgang), a layer of the disposition method.
 *
 * Exports: intakePrice, intakeMonths, intakeFrom, intakeForecast.
 * Contract: a row is a change in the stock: with month M0 it adds (tilgang − afgang) × price × F
 * in every open month ≥ M0 of the horizon, rounded to øre per intake-month, half away from zero
 * (the indexed price is not rounded first; F is the month's price factor, methods/price-index.ts,
 * 1 in the budget year); price = the row's Gennemsnitspris, else the measure's. A row dated before
 * the budget year counts from the first open month on (a previous year is not a closed month of
 * this run). A row dated in a closed month of the budget year adds nothing, in any year (the checks
 * warn about it).
 */
import { yearMonthIndex } from '../model/civil-date.js';
import type { IntakeLine } from '../model/forecast.js';
import type { Intake } from '../model/intake.js';
import type { Measure } from '../model/measure.js';
import { roundOre, sumMoney, ZERO, type Money } from '../model/money.js';
import { ofMoney } from '../model/rational.js';
import type { MeasureInput } from './method.js';
import { indexedRational, type YearFactor } from './price-index.js';

/** The monthly price a row uses: its own, else the measure's (the checks require one of them). */
export function intakePrice(row: Intake, measure: Measure): Money {
  return row.averagePrice ?? measure.averagePrice ?? ZERO;
}

/**
 * The first calendar month (index from the calendar's `first` month) the row counts in, or null
 * when it counts in none: a row dated in a closed month (0 ≤ M0 < firstOpen) is ignored; one dated
 * before the calendar counts from firstOpen.
 */
export function intakeFrom(row: Intake, first: number, firstOpen: number): number | null {
  const from = yearMonthIndex(row.month) - first;
  if (from < 0) return firstOpen;
  return from < firstOpen ? null : from;
}

/** The row's effect in each of `length` months from the calendar's `first` month index; zero before it counts; `factors` per month (none: F = 1). */
export function intakeMonths(row: Intake, price: Money, first: number, length: number, firstOpen: number, factors?: readonly YearFactor[]): Money[] {
  const from = intakeFrom(row, first, firstOpen);
  if (from === null) return Array.from({ length }, () => ZERO);
  const net = row.intake.minus(row.exit).times(price);
  const amount = roundOre(net);
  const exact = factors?.some((f) => !f.one) ? ofMoney(net) : null;
  return Array.from({ length }, (_, m) => {
    if (m < from) return ZERO;
    const f = factors?.[m];
    return f === undefined || f.one ? amount : indexedRational(exact!, 1, 1, f.factor);
  });
}

/** Every intake row of the measure: its line and the sum per month. */
export function intakeForecast(input: MeasureInput, factors?: readonly YearFactor[]): { lines: IntakeLine[]; months: Money[] } {
  const { calendar, firstOpen } = input;
  const lines = input.intakes.map((row) => {
    const price = intakePrice(row, input.measure);
    const months = intakeMonths(row, price, calendar.first, calendar.length, firstOpen, factors);
    return { intake: row, price, months, total: sumMoney(months) };
  });
  return { lines, months: calendar.firstDay.map((_, m) => sumMoney(lines.map((l) => l.months[m]!))) };
}
