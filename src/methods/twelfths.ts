/**
 * Method "tolvtedele" (periodisation in 12ths): each open month = budget ÷ 12, rounded to øre,
 * half away from zero. Exports: tolvtedele (the PrognosisMethod).
 */
import { roundOre, ZERO } from '../model/money.js';
import type { PrognosisMethod } from './method.js';

export const tolvtedele: PrognosisMethod = {
  method: 'tolvtedele',
  forecast({ measure, calendar, firstOpen }) {
    const part = roundOre(measure.budget.dividedBy(12));
    return { parts: { method: calendar.firstDay.map((_, m) => (m < firstOpen ? ZERO : part)) } };
  },
};
