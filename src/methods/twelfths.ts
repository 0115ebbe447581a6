/**
 * Method "tolvtedele" (periodisation in 12ths): each open month of the budget year = budget ÷ 12,
 * rounded to øre, half away from zero; each month of a later year y = that year's budget
 * (Budget ÅÅÅÅ) ÷ 12, or the budget year's budget when none is given, rounded the same way.
 * Budgets are taken as given (not indexed). Exports: tolvtedele (the PrognosisMethod), budgetOf.
 */
import type { Measure } from '../model/measure.js';
import { roundOre, ZERO, type Money } from '../model/money.js';
import type { PrognosisMethod } from './method.js';

/** The budget of `year`: its Budget ÅÅÅÅ, else the budget year's Budget (the fallback of tolvtedele and ramme). */
export function budgetOf(measure: Pick<Measure, 'budget' | 'laterBudgets'>, year: number, budgetYear: number): Money {
  return year === budgetYear ? measure.budget : (measure.laterBudgets.get(year) ?? measure.budget);
}

export const tolvtedele: PrognosisMethod = {
  method: 'tolvtedele',
  forecast({ measure, calendar, firstOpen, index }) {
    const budgetYear = index.years[0]!.year;
    const parts = index.years.map((f) => roundOre(budgetOf(measure, f.year, budgetYear).dividedBy(12)));
    return { parts: { method: calendar.firstDay.map((_, m) => (m < firstOpen ? ZERO : parts[Math.floor(m / 12)]!)) } };
  },
};
