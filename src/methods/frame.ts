/**
 * Methods "ramme" (decentral frame) and "skøn" (estimate): the target for the year less the actual
 * to date, spread evenly over the open months (methods/spread.ts: each month rounded to øre, half
 * away from zero, the rounding rest in the last open month), so expected = the target: the budget
 * for ramme, the Skøn for skøn. Exports: ramme, skøn (the PrognosisMethods).
 */
import { ZERO, type Money } from '../model/money.js';
import type { MeasureInput, MethodResult, PrognosisMethod } from './method.js';
import { spreadOverOpen } from './spread.js';

function remainder(target: Money, { calendar, firstOpen, actualToDate }: MeasureInput): MethodResult {
  if (firstOpen >= calendar.length) return { parts: {} };
  return { parts: { method: spreadOverOpen(target.minus(actualToDate), calendar.length, firstOpen) } };
}

export const ramme: PrognosisMethod = { method: 'ramme', forecast: (input) => remainder(input.measure.budget, input) };

export const skøn: PrognosisMethod = { method: 'skøn', forecast: (input) => remainder(input.measure.estimate ?? ZERO, input) };
