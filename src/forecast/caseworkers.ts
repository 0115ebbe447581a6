/**
 * The caseworker list (model/caseworkers.ts) from the disposition lines, when dispositioner has a
 * Sagsbehandler column (model/extra-columns.ts, key "caseworker"): per caseworker and measure the
 * cases active on the last closed day, the year's disposed amount, the open months' amount and the
 * share of the measure, with a total per caseworker and in all. Built line by line as the forecast
 * stores the lines (forecast/disposition-lines.ts LineObserver), while each row is at hand.
 *
 * Exports: caseworkerBuilder, CaseworkerBuilder.
 * Amounts are exact sums of the lines' øre (model/ore.ts OreSum). Cases: each active row becomes
 * one number, pair × 10^10 + its CPR number (a ten-digit number, hyphen or not), sorted as a
 * Float64Array and counted where it changes (exact: pair × 10^10 < 2^53 for fewer than 900.000
 * caseworker-measure pairs); any other case reference is counted in a set of its text.
 * Caseworkers sort by Danish collation (Intl.Collator "da"), rows without one last; a caseworker's
 * measures in measure order.
 */
import type { MonthCalendar } from '../model/calendar.js';
import type { CaseworkerGroup, CaseworkerLine, CaseworkerTotal, Caseworkers } from '../model/caseworkers.js';
import { compareDates, fromDayNumber, type CivilDate } from '../model/civil-date.js';
import { cprNumber } from '../model/cpr.js';
import type { Disposition } from '../model/disposition.js';
import { extraColumnIndex, type ExtraColumns } from '../model/extra-columns.js';
import type { DispositionGroup, LineTotal } from '../model/forecast.js';
import { sumMoney, ZERO, type Money } from '../model/money.js';
import { OreSum } from '../model/ore.js';

const CASE_SPACE = 1e10;

interface Pair {
  readonly caseworker: string;
  readonly measure: string;
  readonly year: OreSum;
  readonly open: OreSum;
  readonly others: Set<string>;
  cases: number;
}

/** A builder of the list, or null when dispositioner has no Sagsbehandler column. */
export function caseworkerBuilder(extras: ExtraColumns, calendar: MonthCalendar, firstOpen: number): CaseworkerBuilder | null {
  const column = extraColumnIndex(extras, 'caseworker');
  return column < 0 ? null : new CaseworkerBuilder(extras.headers[column]!, column, calendar, firstOpen);
}

export class CaseworkerBuilder {
  /** The last closed day (with no month closed, the day before the year). */
  private readonly day: CivilDate;
  private readonly months: number;
  private readonly byCaseworker = new Map<string, Map<string, number>>();
  private readonly pairs: Pair[] = [];
  private active = new Float64Array(1024);
  private activeCount = 0;
  private lastMeasure: string | undefined;
  private slotOf = new Map<string, number>();

  constructor(private readonly header: string, private readonly column: number, calendar: MonthCalendar, private readonly firstOpen: number) {
    this.day = fromDayNumber(firstOpen > 0 ? calendar.lastDay[firstOpen - 1]! : calendar.firstDay[0]! - 1);
    this.months = calendar.length;
  }

  /** Line `line` is row `d` with its months in øre and total (or, beyond the øre range, its Money). */
  add(d: Disposition, _line: number, ore: ArrayLike<number> | null, totalOre: number, exact: { readonly months: readonly Money[]; readonly total: Money } | null): void {
    const caseworker = d.extra?.[this.column] ?? '';
    // Lines come grouped by measure: per measure, caseworker → pair.
    if (d.measure !== this.lastMeasure) {
      this.lastMeasure = d.measure;
      this.slotOf = new Map();
    }
    let slot = this.slotOf.get(caseworker);
    if (slot === undefined) {
      let measures = this.byCaseworker.get(caseworker);
      if (measures === undefined) this.byCaseworker.set(caseworker, (measures = new Map()));
      slot = measures.get(d.measure);
      if (slot === undefined) {
        measures.set(d.measure, (slot = this.pairs.length));
        this.pairs.push({ caseworker, measure: d.measure, year: new OreSum(), open: new OreSum(), others: new Set(), cases: 0 });
      }
      this.slotOf.set(caseworker, slot);
    }
    const pair = this.pairs[slot]!;
    if (ore === null) {
      pair.year.addMoney(exact!.total);
      for (let m = this.firstOpen; m < this.months; m++) pair.open.addMoney(exact!.months[m]!);
    } else {
      pair.year.add(totalOre);
      // One line's months add up exactly (within its total's bound: methods/disposition.ts).
      let open = 0;
      for (let m = this.firstOpen; m < this.months; m++) open += ore[m]!;
      pair.open.add(open);
    }
    if (compareDates(d.start, this.day) <= 0 && (d.stop === null || compareDates(d.stop, this.day) >= 0)) {
      const cpr = cprNumber(d.caseRef);
      if (cpr < 0) pair.others.add(d.caseRef.trim());
      else {
        if (this.activeCount === this.active.length) {
          const grown = new Float64Array(this.active.length * 2);
          grown.set(this.active);
          this.active = grown;
        }
        this.active[this.activeCount++] = slot * CASE_SPACE + cpr;
      }
    }
  }

  /** The list; `measureOrder` gives each measure's place, `groups` and `total` the measures' and all rows' amounts. */
  finish(measureOrder: ReadonlyMap<string, number>, groups: readonly DispositionGroup[], total: LineTotal): Caseworkers {
    const pairs = this.pairs;
    const sorted = this.active.subarray(0, this.activeCount).sort();
    for (let k = 0; k < sorted.length; k++) {
      if (k > 0 && sorted[k] === sorted[k - 1]) continue;
      pairs[Math.floor(sorted[k]! / CASE_SPACE)]!.cases++;
    }
    const measureYear = new Map(groups.map((g) => [g.measure, g.bothTotal.total]));
    const share = (part: Money, whole: Money | undefined): Money | null => (whole === undefined || whole.isZero() ? null : part.dividedBy(whole));
    const collator = new Intl.Collator('da');
    const names = [...this.byCaseworker.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)));
    const totalOf = (rows: readonly CaseworkerLine[], whole: Money): CaseworkerTotal => {
      const year = sumMoney(rows.map((r) => r.year));
      return { cases: rows.reduce((n, r) => n + r.cases, 0), year, open: sumMoney(rows.map((r) => r.open)), share: share(year, whole) };
    };
    const order = (slot: number): number => measureOrder.get(pairs[slot]!.measure) ?? Infinity;
    const groupsOut: CaseworkerGroup[] = names.map((caseworker) => {
      const rows = [...this.byCaseworker.get(caseworker)!.values()].sort((a, b) => order(a) - order(b)).map((s): CaseworkerLine => {
        const p = pairs[s]!;
        const year = p.year.toMoney();
        return { measure: p.measure, cases: p.cases + p.others.size, year, open: p.open.toMoney(), share: share(year, measureYear.get(p.measure)) };
      });
      return { caseworker, lines: rows, total: totalOf(rows, total.total) };
    });
    const all = groupsOut.flatMap((g) => g.lines);
    return { column: this.header, day: this.day, groups: groupsOut, total: all.length === 0 ? { cases: 0, year: ZERO, open: ZERO, share: null } : totalOf(all, total.total) };
  }
}
