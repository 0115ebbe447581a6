/**
 * Method "disposition" on CPR level, for one budget year.
 *
 * Exports: dispositionMonths, riskCaseMonths, riskCasePeriodEnd, intakeMonths.
 * - A disposition row's amount in month m: its rate prorated (methods/proration.ts) to the days
 *   the row is active in m, start and stop inclusive; rounded to øre per row-month.
 * - A risk case in m: antal × enhedsudgift × sandsynlighed × days/days-in-month over its period
 *   (start to start + varighed months − 1 day, or to its stop; neither = to 31.12 of the year);
 *   rounded to øre per case-month.
 * - An intake row from M0: (tilgang − afgang) × gennemsnitspris in each open month ≥ M0; rounded
 *   to øre per intake-month.
 * The pool is spread by the forecast (methods/spread.ts). All functions return 12 amounts, Jan-Dec.
 */
import { addMonthsClamped, dayNumber, fromDayNumber, daysInMonth, yearMonthIndex, type CivilDate } from '../model/civil-date.js';
import type { Disposition } from '../model/disposition.js';
import type { Intake } from '../model/intake.js';
import { roundOre, ZERO, type Money } from '../model/money.js';
import type { RiskCase } from '../model/risk-case.js';
import { activeDaysInMonth, prorate } from './proration.js';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export function dispositionMonths(d: Disposition, year: number): Money[] {
  const start = dayNumber(d.start);
  const stop = d.stop === null ? null : dayNumber(d.stop);
  return MONTHS.map((m) => {
    const days = activeDaysInMonth(start, stop, year, m);
    return days === 0 ? ZERO : prorate(d.rate, d.unit, days, year, m);
  });
}

/** The last day of a risk case's period (inclusive). */
export function riskCasePeriodEnd(rc: RiskCase, year: number): CivilDate {
  if (rc.stop) return rc.stop;
  if (rc.durationMonths !== null) {
    const end = addMonthsClamped(rc.start, rc.durationMonths);
    return fromDayNumber(dayNumber(end) - 1);
  }
  return { year, month: 12, day: 31 };
}

export function riskCaseMonths(rc: RiskCase, year: number): Money[] {
  const start = dayNumber(rc.start);
  const stop = dayNumber(riskCasePeriodEnd(rc, year));
  const weighted = rc.count.times(rc.unitCost).times(rc.probability);
  return MONTHS.map((m) => {
    const days = activeDaysInMonth(start, stop, year, m);
    return days === 0 ? ZERO : roundOre(weighted.times(days).dividedBy(daysInMonth(year, m)));
  });
}

/** Open months are indices ≥ firstOpen (0-based, Jan = 0). */
export function intakeMonths(intake: Intake, price: Money, year: number, firstOpen: number): Money[] {
  const from = yearMonthIndex(intake.month) - year * 12;
  const amount = roundOre(intake.intake.minus(intake.exit).times(price));
  return MONTHS.map((_, i) => (i >= firstOpen && i >= from ? amount : ZERO));
}
