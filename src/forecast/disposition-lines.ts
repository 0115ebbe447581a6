/**
 * The disposition lines of a Forecast, stored compactly: a million rows must not mean twelve
 * million Money objects. Each line is a small object; its twelve amounts and total live as exact
 * integer øre in shared Float64Arrays (integers below 2^53 are exact there) and become Money only
 * when read. Lines computed on the decimal path keep their Money amounts.
 *
 * Exports: DispositionLineStore, sumDispositionLines.
 * The store only holds what forecast() computed; reading a line computes nothing but the
 * conversion øre → Money (model/ore.ts), which is exact.
 */
import type { Disposition } from '../model/disposition.js';
import type { Money } from '../model/money.js';
import { ZERO } from '../model/money.js';
import { moneyFromOre, OreSum, oreToNumber } from '../model/ore.js';
import type { DispositionLine } from './types.js';

export class DispositionLineStore {
  private months: Float64Array;
  private totals: Float64Array;
  private readonly decimal = new Map<number, { readonly months: readonly Money[]; readonly total: Money }>();
  private count = 0;

  constructor(capacity: number) {
    this.months = new Float64Array(Math.max(1, capacity) * 12);
    this.totals = new Float64Array(Math.max(1, capacity));
  }

  /** A line from twelve øre amounts (Jan..Dec) and their total in øre. */
  addOre(disposition: Disposition, ore: ArrayLike<number>, totalOre: number): DispositionLine {
    const index = this.reserve();
    this.months.set(ore, index * 12);
    this.totals[index] = totalOre;
    return new StoredLine(disposition, this, index);
  }

  /** A line computed on the decimal path. */
  addMoney(disposition: Disposition, months: readonly Money[], total: Money): DispositionLine {
    const index = this.reserve();
    this.decimal.set(index, { months, total });
    return new StoredLine(disposition, this, index);
  }

  /** Adds line `index`'s twelve amounts into `sums` (exactly: in øre, or as Money for a decimal line). */
  addInto(index: number, sums: readonly OreSum[]): void {
    const d = this.decimal.get(index);
    if (d) d.months.forEach((v, m) => sums[m]!.addMoney(v));
    else for (let m = 0; m < 12; m++) sums[m]!.add(this.months[index * 12 + m]!);
  }

  month(index: number, m: number): Money {
    return this.decimal.get(index)?.months[m] ?? moneyFromOre(this.months[index * 12 + m]!);
  }

  monthNumber(index: number, m: number): number {
    const d = this.decimal.get(index);
    return d ? d.months[m]!.toNumber() : oreToNumber(this.months[index * 12 + m]!);
  }

  total(index: number): Money {
    return this.decimal.get(index)?.total ?? moneyFromOre(this.totals[index]!);
  }

  totalNumber(index: number): number {
    const d = this.decimal.get(index);
    return d ? d.total.toNumber() : oreToNumber(this.totals[index]!);
  }

  private reserve(): number {
    if (this.count === this.totals.length) {
      const months = new Float64Array(this.months.length * 2);
      months.set(this.months);
      this.months = months;
      const totals = new Float64Array(this.totals.length * 2);
      totals.set(this.totals);
      this.totals = totals;
    }
    return this.count++;
  }
}

/** Month-by-month sums of disposition lines and their total, exact; quick for lines of a store. */
export function sumDispositionLines(lines: readonly DispositionLine[]): { months: Money[]; total: Money } {
  const sums = Array.from({ length: 12 }, () => new OreSum());
  for (const line of lines) {
    if (line instanceof StoredLine) line.addInto(sums);
    else line.months.forEach((v, m) => sums[m]!.addMoney(v));
  }
  const months = sums.map((s) => s.toMoney());
  return { months, total: months.reduce((a, b) => a.plus(b), ZERO) };
}

class StoredLine implements DispositionLine {
  constructor(
    readonly disposition: Disposition,
    private readonly store: DispositionLineStore,
    private readonly index: number,
  ) {}

  get months(): readonly Money[] {
    const out: Money[] = [];
    for (let m = 0; m < 12; m++) out.push(this.store.month(this.index, m));
    return out;
  }

  get total(): Money {
    return this.store.total(this.index);
  }

  monthNumber(m: number): number {
    return this.store.monthNumber(this.index, m);
  }

  addInto(sums: readonly OreSum[]): void {
    this.store.addInto(this.index, sums);
  }

  totalNumber(): number {
    return this.store.totalNumber(this.index);
  }
}
