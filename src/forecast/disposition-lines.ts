/**
 * Collects the disposition lines of a forecast compactly (methods/method.ts LineSink) and hands
 * them on as plain data (model/forecast.ts DispositionLines): each line's month amounts and total
 * as exact integer øre in shared Float64Arrays (integers below 2^53 are exact there), Money only
 * for a line beyond that range. Also the per-measure groups of Tabel 5.2 with their subtotals,
 * summed in exact øre, and the pool's line ("Skøn (pulje)").
 *
 * Each line is told, as it is stored and while its row is at hand, to an optional LineObserver
 * (the Dispositioner sheet's line facts and the caseworker list take their pass over the rows
 * there, not in one of their own).
 *
 * Exports: LineStore, LineObserver, dispositionGroups, addTotals.
 */
import type { Disposition } from '../model/disposition.js';
import type { DispositionGroup, DispositionLines, LineTotal, MeasureForecast } from '../model/forecast.js';
import { sumMoney, type Money } from '../model/money.js';
import { OreSum, oreOf } from '../model/ore.js';
import type { LineSink } from '../methods/method.js';

/**
 * Told of line `line` as it is stored: its month amounts in øre and their total, or (a line beyond
 * the øre range) its Money.
 */
export type LineObserver = (row: Disposition, line: number, ore: ArrayLike<number> | null, totalOre: number, exact: { readonly months: readonly Money[]; readonly total: Money } | null) => void;

export class LineStore implements LineSink {
  private ore: Float64Array;
  private totalOre: Float64Array;
  private readonly rows: Disposition[] = [];
  private readonly exact = new Map<number, { readonly months: readonly Money[]; readonly total: Money }>();

  constructor(private readonly months: number, capacity: number, private readonly observe?: LineObserver) {
    this.ore = new Float64Array(Math.max(1, capacity) * months);
    this.totalOre = new Float64Array(Math.max(1, capacity));
  }

  addOre(row: Disposition, ore: ArrayLike<number>, totalOre: number): void {
    const i = this.reserve(row);
    this.ore.set(ore, i * this.months);
    this.totalOre[i] = totalOre;
    this.observe?.(row, i, ore, totalOre, null);
  }

  addMoney(row: Disposition, months: readonly Money[], total: Money): void {
    const i = this.reserve(row);
    const ore = months.map(oreOf);
    const totalOre = oreOf(total);
    if (totalOre !== null && ore.every((v) => v !== null)) {
      this.ore.set(ore as number[], i * this.months);
      this.totalOre[i] = totalOre;
      this.observe?.(row, i, ore as number[], totalOre, null);
      return;
    }
    this.ore.fill(NaN, i * this.months, (i + 1) * this.months);
    this.totalOre[i] = NaN;
    this.exact.set(i, { months, total });
    this.observe?.(row, i, null, NaN, { months, total });
  }

  /** The lines as plain data; the store is not used after this. */
  finish(): DispositionLines {
    const n = this.rows.length;
    return { rows: this.rows, months: this.months, ore: this.ore.subarray(0, n * this.months), totalOre: this.totalOre.subarray(0, n), exact: this.exact };
  }

  private reserve(row: Disposition): number {
    const i = this.rows.length;
    if (i === this.totalOre.length) {
      const ore = new Float64Array(this.ore.length * 2);
      ore.set(this.ore);
      this.ore = ore;
      const totals = new Float64Array(this.totalOre.length * 2);
      totals.set(this.totalOre);
      this.totalOre = totals;
    }
    this.rows.push(row);
    return i;
  }
}

/** Month-by-month sum of some lines and their total, exact. */
function sumLines(lines: DispositionLines, which: readonly number[]): LineTotal {
  const sums = Array.from({ length: lines.months }, () => new OreSum());
  for (const i of which) {
    const big = lines.exact.get(i);
    if (big) big.months.forEach((v, m) => sums[m]!.addMoney(v));
    else for (let m = 0; m < lines.months; m++) sums[m]!.add(lines.ore[i * lines.months + m]!);
  }
  const months = sums.map((s) => s.toMoney());
  return { months, total: sumMoney(months) };
}

/** Monthly sum of line totals (subtotals of subtotals). */
export function addTotals(totals: readonly LineTotal[], length: number): LineTotal {
  const months = Array.from({ length }, (_, m) => sumMoney(totals.map((t) => t.months[m]!)));
  return { months, total: sumMoney(months) };
}

/**
 * One group per disposition measure that has lines or a pool (Pulje or Restpulje), in measure
 * order; lines split into aktuelle and forventede, each in file order; the pool is the measure's
 * pool part per month.
 */
export function dispositionGroups(lines: DispositionLines, measures: readonly Pick<MeasureForecast, 'measure' | 'parts'>[]): DispositionGroup[] {
  const byMeasure = new Map<string, { current: number[]; expected: number[] }>();
  lines.rows.forEach((row, i) => {
    let g = byMeasure.get(row.measure);
    if (!g) byMeasure.set(row.measure, (g = { current: [], expected: [] }));
    (row.status === 'aktuel' ? g.current : g.expected).push(i);
  });
  const groups: DispositionGroup[] = [];
  for (const m of measures) {
    const hasPool = m.measure.method === 'disposition' && (m.measure.pool !== null || m.measure.restPool !== null);
    const g = byMeasure.get(m.measure.name) ?? (hasPool ? { current: [], expected: [] } : undefined);
    if (!g) continue;
    byMeasure.delete(m.measure.name);
    const currentTotal = sumLines(lines, g.current);
    const expectedTotal = sumLines(lines, g.expected);
    groups.push({
      measure: m.measure.name, current: g.current, expected: g.expected, currentTotal, expectedTotal, bothTotal: addTotals([currentTotal, expectedTotal], lines.months),
      pool: hasPool ? { months: m.parts.pool, total: sumMoney(m.parts.pool) } : null,
    });
  }
  return groups;
}
