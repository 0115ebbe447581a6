/**
 * The later years of the horizon (model/forecast.ts HorizonYear): per measure and year y after the
 * budget year, its twelve months (every one open) and their parts, from the parts its method
 * computed over the horizon, and the sums per Område and in total.
 *
 * Exports: laterYears, HorizonParts.
 * Per measure and year: months = the sum of the parts per month; expected = Σ months; budget =
 * Budget ÅÅÅÅ or null; deviation = expected − budget, or null; known = the aktuel disposition
 * rows; estimated = expected − known; knownShare = known ÷ expected (null when expected is 0);
 * parts = each part summed over the year, the forventet rows
 * being dispositions − aktuel rows, so the parts add up to expected exactly. Sums over measures:
 * expected, known, estimated and months always; budget and deviation only when every measure has a
 * budget that year, else null. All exact sums of the rounded month amounts.
 */
import type { HorizonYear, OpenParts, YearAreaGroup, YearMeasure, YearTotals } from '../model/forecast.js';
import type { Measure } from '../model/measure.js';
import { sumMoney, type Money } from '../model/money.js';

/** A measure's parts over every month of the horizon (open months; zero in closed ones). */
export interface HorizonParts extends OpenParts {
  /** The aktuel rows' part of `dispositions`. */
  readonly activeDispositions: readonly Money[];
}

const YEAR = 12;

function yearMeasure(measure: Measure, year: number, parts: HorizonParts, k: number): YearMeasure {
  const from = k * YEAR;
  const slice = (months: readonly Money[]): Money[] => months.slice(from, from + YEAR);
  const sum = (months: readonly Money[]): Money => sumMoney(slice(months));
  const months = slice(parts.dispositions).map((d, i) =>
    d.plus(parts.riskCases[from + i]!).plus(parts.intakes[from + i]!).plus(parts.pool[from + i]!).plus(parts.transitions[from + i]!).plus(parts.method[from + i]!),
  );
  const expected = sumMoney(months);
  const known = sum(parts.activeDispositions);
  const budget = measure.laterBudgets.get(year) ?? null;
  return {
    measure, budget, expected, deviation: budget === null ? null : expected.minus(budget), known, estimated: expected.minus(known),
    knownShare: expected.isZero() ? null : known.dividedBy(expected), months,
    parts: {
      activeDispositions: known,
      expectedDispositions: sum(parts.dispositions).minus(known),
      riskCases: sum(parts.riskCases),
      intake: sum(parts.intakes),
      pool: sum(parts.pool),
      transitions: sum(parts.transitions),
      method: sum(parts.method),
    },
  };
}

function yearTotals(rows: readonly YearTotals[]): YearTotals {
  const expected = sumMoney(rows.map((r) => r.expected));
  const known = sumMoney(rows.map((r) => r.known));
  const budget = rows.every((r) => r.budget !== null) ? sumMoney(rows.map((r) => r.budget!)) : null;
  return {
    budget, expected, deviation: budget === null ? null : expected.minus(budget), known, estimated: expected.minus(known),
    knownShare: expected.isZero() ? null : known.dividedBy(expected),
    months: Array.from({ length: YEAR }, (_, m) => sumMoney(rows.map((r) => r.months[m]!))),
  };
}

/** The years after the budget year: `factors` holds F(y) of each year of the horizon (the budget year's first). */
export function laterYears(budgetYear: number, factors: readonly Money[], measures: readonly { readonly measure: Measure; readonly parts: HorizonParts }[]): HorizonYear[] {
  const years: HorizonYear[] = [];
  for (let k = 1; k < factors.length; k++) {
    const year = budgetYear + k;
    const rows = measures.map((m) => yearMeasure(m.measure, year, m.parts, k));
    const byArea = new Map<string, YearMeasure[]>();
    for (const r of rows) {
      const list = byArea.get(r.measure.area);
      if (list) list.push(r);
      else byArea.set(r.measure.area, [r]);
    }
    const areas: YearAreaGroup[] = [...byArea].map(([area, list]) => ({ area, measures: list, totals: yearTotals(list) }));
    years.push({ year, factor: factors[k]!, measures: rows, areas, total: yearTotals(rows) });
  }
  return years;
}
