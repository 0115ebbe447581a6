/**
 * The pool (Pulje), a layer of the disposition method: an experience-based estimate for cases not
 * yet known. It is an annual figure (Tabel 5.2: one line for the year): as months close, the cases
 * that did arrive are by then rows or actuals, so only the open months' share of it remains.
 *
 * Exports: remainingPool, laterYearPool, poolMonths, MONTHS_PER_YEAR.
 * Contract, budget year: with k open months, the remaining pool is R = round(P × k / 12) (P the
 * annual Pulje, rounded to øre half away from zero; with every month open, R = P); a filled
 * Restpulje is R instead, as the consultant judges what is left. R is spread evenly over the open
 * months (methods/spread.ts): each open month R ÷ k rounded to øre, half away from zero, the
 * rounding rest in the last open month. No open month: nothing (the checks warn about an unused
 * pool when there is no later year either).
 * Each later year y of the horizon: the Pulje applies again, indexed and rounded as a year total,
 * round(P × F(y)) (methods/price-index.ts), spread evenly over its 12 months with the rest in
 * December. Restpulje concerns the budget year only; without a Pulje a later year has no pool.
 */
import type { Measure } from '../model/measure.js';
import { roundOre, ZERO, type Money } from '../model/money.js';
import { indexedAmount, type PriceIndex, type YearFactor } from './price-index.js';
import { spreadEvenly, spreadOverOpen } from './spread.js';

/** The pool is an amount per year: a month is a twelfth of it. */
export const MONTHS_PER_YEAR = 12;

/** R for `openMonths` open months; null when the measure has neither Pulje nor Restpulje. */
export function remainingPool(measure: Pick<Measure, 'pool' | 'restPool'>, openMonths: number): Money | null {
  if (measure.restPool !== null) return measure.restPool;
  if (measure.pool === null) return null;
  return roundOre(measure.pool.times(openMonths).dividedBy(MONTHS_PER_YEAR));
}

/** A later year's pool, round(P × F(y)); null without a Pulje. */
export function laterYearPool(measure: Pick<Measure, 'pool'>, f: YearFactor): Money | null {
  if (measure.pool === null) return null;
  return indexedAmount(measure.pool, f);
}

/** The pool part of each month of the horizon (12 per year of `index`): zero before firstOpen, then each year's pool spread evenly. */
export function poolMonths(measure: Pick<Measure, 'pool' | 'restPool'>, index: PriceIndex, firstOpen: number): Money[] {
  const zeros = (n: number): Money[] => Array.from({ length: n }, () => ZERO);
  const open = Math.max(0, MONTHS_PER_YEAR - firstOpen);
  const rest = remainingPool(measure, open);
  const months = rest === null || rest.isZero() || open === 0 ? zeros(MONTHS_PER_YEAR) : spreadOverOpen(rest, MONTHS_PER_YEAR, firstOpen);
  for (const f of index.years.slice(1)) {
    const pool = laterYearPool(measure, f);
    months.push(...(pool === null || pool.isZero() ? zeros(MONTHS_PER_YEAR) : spreadEvenly(pool, MONTHS_PER_YEAR)));
  }
  return months;
}
