/**
 * The figures the follow-up workbook shows besides the Forecast's own: subtotals per Område,
 * the disposition lines of each measure split into aktuelle and forventede with their subtotals,
 * the totals of the risk-case and intake sheets, and the deviation as a share of the budget.
 * Pure and exact (Money): renderers take these as they are and never add up money themselves.
 *
 * Exports: areaGroups, AreaGroup, dispositionGroups, DispositionGroup, LineTotal, lineTotal,
 * deviationShare.
 */
import { sumMoney, type Money } from '../model/money.js';
import { sumDispositionLines } from './disposition-lines.js';
import { totalsOf } from './forecast.js';
import type { DispositionLine, Forecast, MeasureForecast, Totals } from './types.js';

/** Measures of one Område, in file order, with their subtotal. */
export interface AreaGroup {
  readonly area: string;
  readonly measures: readonly MeasureForecast[];
  readonly totals: Totals;
}

/** 12 monthly amounts (Jan-Dec) and their sum. */
export interface LineTotal {
  readonly months: readonly Money[];
  readonly total: Money;
}

/** The disposition lines of one measure, as in Tabel 5.2. */
export interface DispositionGroup {
  readonly measure: string;
  readonly current: readonly DispositionLine[];
  readonly expected: readonly DispositionLine[];
  readonly currentTotal: LineTotal;
  readonly expectedTotal: LineTotal;
  readonly bothTotal: LineTotal;
}

/** Month-by-month sum of lines of 12 amounts each (all zero for no lines). */
export function lineTotal(lines: readonly { readonly months: readonly Money[] }[]): LineTotal {
  const months = Array.from({ length: 12 }, (_, i) => sumMoney(lines.map((l) => l.months[i]!)));
  return { months, total: sumMoney(months) };
}

/** Areas in order of first appearance; the subtotals add up exactly to the Forecast's total. */
export function areaGroups(f: Forecast): AreaGroup[] {
  const order: string[] = [];
  const by = new Map<string, MeasureForecast[]>();
  for (const m of f.measures) {
    const list = by.get(m.measure.area);
    if (list) list.push(m);
    else {
      by.set(m.measure.area, [m]);
      order.push(m.measure.area);
    }
  }
  return order.map((area) => {
    const measures = by.get(area)!;
    const months = lineTotal(measures).months;
    return { area, measures, totals: totalsOf(sumMoney(measures.map((m) => m.budget)), months, f.period.closedMonths) };
  });
}

/** One group per measure that has disposition lines, in measure order; lines in file order. */
export function dispositionGroups(f: Forecast): DispositionGroup[] {
  const groups: DispositionGroup[] = [];
  // One pass over the lines (there may be a million); sums in exact øre (forecast/disposition-lines.ts).
  const byMeasure = new Map<string, { current: DispositionLine[]; expected: DispositionLine[] }>();
  for (const l of f.dispositionLines) {
    let g = byMeasure.get(l.disposition.measure);
    if (!g) byMeasure.set(l.disposition.measure, (g = { current: [], expected: [] }));
    (l.disposition.status === 'aktuel' ? g.current : g.expected).push(l);
  }
  for (const m of f.measures) {
    const g = byMeasure.get(m.measure.name);
    if (!g) continue;
    byMeasure.delete(m.measure.name);
    const { current, expected } = g;
    const currentTotal = sumDispositionLines(current);
    const expectedTotal = sumDispositionLines(expected);
    groups.push({ measure: m.measure.name, current, expected, currentTotal, expectedTotal, bothTotal: lineTotal([currentTotal, expectedTotal]) });
  }
  return groups;
}

/**
 * Afvigelse as a share of the budget's size: deviation / |budget|, so its sign is the deviation's
 * (positive = merforbrug) also for income lines with a negative budget. null when the budget is 0.
 */
export function deviationShare(t: Pick<Totals, 'budget' | 'deviation'>): Money | null {
  if (t.budget.isZero()) return null;
  return t.deviation.dividedBy(t.budget.abs());
}
