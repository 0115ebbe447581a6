/**
 * Methods "ramme" and "skøn": the target for the year less the actual to date, spread evenly over
 * the open months (methods/spread.ts), so expected = target (budget for ramme, skøn for skøn).
 * Exports: remainderSpread.
 */
import type { Money } from '../model/money.js';
import { spreadEvenly } from './spread.js';

export function remainderSpread(target: Money, actualToDate: Money, openMonths: number): Money[] {
  return spreadEvenly(target.minus(actualToDate), openMonths);
}
