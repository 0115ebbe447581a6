/**
 * Methods "ramme" (decentral frame) and "skøn" (estimate). Budget year: the target for the year
 * less the actual to date, spread evenly over the open months (methods/spread.ts: each month
 * rounded to øre, half away from zero, the rounding rest in the last open month), so expected =
 * the target: the budget for ramme, the Skøn for skøn. Each later year y: ramme spreads that
 * year's budget (Budget ÅÅÅÅ, else the budget year's, as given) over its 12 months, skøn spreads
 * round(Skøn × F(y)) (methods/price-index.ts), the rest in December, so a later year's expected
 * is that target exactly. Exports: ramme, skøn (the PrognosisMethods).
 */
import { ZERO, type Money } from '../model/money.js';
import type { MeasureInput, MethodResult, PrognosisMethod } from './method.js';
import { indexedAmount, type YearFactor } from './price-index.js';
import { spreadEvenly, spreadOverOpen } from './spread.js';
import { budgetOf } from './twelfths.js';

const YEAR = 12;

function remainder(target: Money, later: (f: YearFactor) => Money, { calendar, firstOpen, actualToDate, index }: MeasureInput): MethodResult {
  if (firstOpen >= calendar.length) return { parts: {} };
  const year = firstOpen >= YEAR ? Array.from({ length: YEAR }, () => ZERO) : spreadOverOpen(target.minus(actualToDate), YEAR, firstOpen);
  for (const f of index.years.slice(1)) year.push(...spreadEvenly(later(f), YEAR));
  return { parts: { method: year } };
}

export const ramme: PrognosisMethod = {
  method: 'ramme',
  forecast: (input) => remainder(input.measure.budget, (f) => budgetOf(input.measure, f.year, input.index.years[0]!.year), input),
};

export const skøn: PrognosisMethod = {
  method: 'skøn',
  forecast: (input) => {
    const estimate = input.measure.estimate ?? ZERO;
    return remainder(estimate, (f) => indexedAmount(estimate, f), input);
  },
};
