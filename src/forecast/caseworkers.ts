/**
 * The caseworker list (model/caseworkers.ts) from the disposition lines, when dispositioner has a
 * Sagsbehandler column (model/extra-columns.ts, key "caseworker"): per caseworker and measure the
 * cases active on the last closed day, the year's disposed amount, the open months' amount and the
 * share of the measure, with a total per caseworker and in all.
 *
 * Exports: caseworkerList.
 * Amounts are exact sums of the lines' øre (model/ore.ts OreSum). Cases: each active row becomes
 * one number, slot × 10^10 + its CPR number (a ten-digit number, hyphen or not), sorted as a
 * Float64Array and counted where it changes (exact: slot × 10^10 < 2^53 for fewer than 900.000
 * caseworker-measure pairs); any other case reference is counted in a set of its text.
 * Caseworkers sort by Danish collation (Intl.Collator "da"), rows without one last; a caseworker's
 * measures in measure order.
 */
import type { MonthCalendar } from '../model/calendar.js';
import type { CaseworkerGroup, CaseworkerLine, CaseworkerTotal, Caseworkers } from '../model/caseworkers.js';
import { compareDates, fromDayNumber } from '../model/civil-date.js';
import { cprNumber } from '../model/cpr.js';
import { extraColumnIndex, type ExtraColumns } from '../model/extra-columns.js';
import type { DispositionLines, DispositionGroup, LineTotal } from '../model/forecast.js';
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

/** The list, or null without a Sagsbehandler column. `measureOrder` gives each disposition measure's place. */
export function caseworkerList(lines: DispositionLines, extras: ExtraColumns, measureOrder: ReadonlyMap<string, number>, groups: readonly DispositionGroup[], total: LineTotal, calendar: MonthCalendar, firstOpen: number): Caseworkers | null {
  const column = extraColumnIndex(extras, 'caseworker');
  if (column < 0) return null;
  const day = firstOpen > 0 ? calendar.lastDay[firstOpen - 1]! : calendar.firstDay[0]! - 1;
  const dayDate = fromDayNumber(day);
  const months = lines.months;
  const byCaseworker = new Map<string, Map<string, number>>();
  const pairs: Pair[] = [];
  const active = new Float64Array(lines.rows.length);
  let activeCount = 0;
  // Lines come grouped by measure: per measure, caseworker → pair.
  let lastMeasure: string | undefined;
  let slotOf = new Map<string, number>();
  for (let i = 0; i < lines.rows.length; i++) {
    const d = lines.rows[i]!;
    const caseworker = d.extra?.[column] ?? '';
    if (d.measure !== lastMeasure) {
      lastMeasure = d.measure;
      slotOf = new Map();
    }
    let slot = slotOf.get(caseworker);
    if (slot === undefined) {
      let measures = byCaseworker.get(caseworker);
      if (measures === undefined) byCaseworker.set(caseworker, (measures = new Map()));
      slot = measures.get(d.measure);
      if (slot === undefined) {
        measures.set(d.measure, (slot = pairs.length));
        pairs.push({ caseworker, measure: d.measure, year: new OreSum(), open: new OreSum(), others: new Set(), cases: 0 });
      }
      slotOf.set(caseworker, slot);
    }
    const pair = pairs[slot]!;
    const big = lines.exact.get(i);
    if (big !== undefined) {
      pair.year.addMoney(big.total);
      for (let m = firstOpen; m < months; m++) pair.open.addMoney(big.months[m]!);
    } else {
      pair.year.add(lines.totalOre[i]!);
      // One line's months add up exactly (within its total's bound: methods/disposition.ts).
      let open = 0;
      for (let m = firstOpen; m < months; m++) open += lines.ore[i * months + m]!;
      pair.open.add(open);
    }
    if (compareDates(d.start, dayDate) <= 0 && (d.stop === null || compareDates(d.stop, dayDate) >= 0)) {
      const cpr = cprNumber(d.caseRef);
      if (cpr >= 0) active[activeCount++] = slot * CASE_SPACE + cpr;
      else pair.others.add(d.caseRef.trim());
    }
  }
  const sorted = active.subarray(0, activeCount).sort();
  for (let k = 0; k < sorted.length; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    pairs[Math.floor(sorted[k]! / CASE_SPACE)]!.cases++;
  }

  const measureYear = new Map(groups.map((g) => [g.measure, g.bothTotal.total]));
  const share = (part: Money, whole: Money | undefined): Money | null => (whole === undefined || whole.isZero() ? null : part.dividedBy(whole));
  const collator = new Intl.Collator('da');
  const names = [...byCaseworker.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)));
  const totalOf = (rows: readonly CaseworkerLine[], whole: Money): CaseworkerTotal => {
    const year = sumMoney(rows.map((r) => r.year));
    return { cases: rows.reduce((n, r) => n + r.cases, 0), year, open: sumMoney(rows.map((r) => r.open)), share: share(year, whole) };
  };
  const groupsOut: CaseworkerGroup[] = names.map((caseworker) => {
    const slots = [...byCaseworker.get(caseworker)!.values()].sort((a, b) => (measureOrder.get(pairs[a]!.measure) ?? Infinity) - (measureOrder.get(pairs[b]!.measure) ?? Infinity));
    const rows = slots.map((s): CaseworkerLine => {
      const p = pairs[s]!;
      const year = p.year.toMoney();
      return { measure: p.measure, cases: p.cases + p.others.size, year, open: p.open.toMoney(), share: share(year, measureYear.get(p.measure)) };
    });
    return { caseworker, lines: rows, total: totalOf(rows, total.total) };
  });
  const all = groupsOut.flatMap((g) => g.lines);
  return { column: extras.headers[column]!, day: dayDate, groups: groupsOut, total: all.length === 0 ? { cases: 0, year: ZERO, open: ZERO, share: null } : totalOf(all, total.total) };
}
