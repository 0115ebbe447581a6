/**
 * compare(previous, current) → Comparison (model/comparison.ts): why the expected result moved
 * between two runs of one budget year. Pure: it reads two finished Forecasts, never checks, never
 * throws and computes every amount exactly (øre and decimal sums of the forecasts' own rounded
 * month amounts, so nothing is rounded here).
 *
 * Exports: compare.
 *
 * Requires (the command line checks it): the same budget year, and the current run's closed months
 * k1 at least the previous run's k0. Months 0..k0−1 are closed in both runs, k0..k1−1 are closed
 * now and were open then, k1.. are open now. For a measure in both runs, with its months M0 and M1:
 *   E1 − E0 = Σ_{m<k0} (M1 − M0)                    closedActuals (forbrug then and now: re-bookings)
 *           + Σ_{k0≤m<k1} (M1 − M0)                 newlyClosed (forbrug now − the forecast then)
 *           + Σ_{m≥k1} (parts now − parts then)      one component per bridge part
 * which holds exactly because a closed month is its forbrug and an open month is exactly the sum of
 * its parts (forecast/forecast.ts, forecast/bridge.ts). A measure only in the current run is
 * `added` (= E1); one only in the previous run is `removed` (= −E0).
 *
 * The dispositions' change is split per case: the key is (measure, case), a CPR number with or
 * without its hyphen being one case (model/cpr.ts cprNumber) and any other reference a case by its
 * text. A case's change is Σ_{m≥k1} of its lines' amounts now − then, aktuel and forventet
 * together, so the listed changes sum to activeDispositions + expectedDispositions exactly: a case
 * whose rows are alike has the same amounts in both runs (the same year, the same rule). Rows are
 * compared by value (rate, unit, start, stop with blank = 01.01.9999, status); rows alike in both
 * runs are set aside and the rest paired in order of start date to name the fields that differ;
 * `rows` when the number of rows differs. Risk cases are keyed by (measure, Sag) and compared on
 * antal, enhedsudgift, sandsynlighed, start, varighed and stop; intake rows by (measure, month) and
 * compared on tilgang, afgang and the price used, plus `closed` when their month was open then and
 * is closed now (a row of a closed month adds nothing). Both lists sum exactly to their components.
 * Only measures in both runs have their cases, risk cases and intake rows listed.
 *
 * Speed: the disposition lines (a million per run) are matched without an object per case: each
 * line's (measure, case) is one number, each run is ordered by a stable radix sort of those
 * numbers, and one walk over both runs meets every case; a case with one alike row in each run
 * (most of them) costs one comparison of five fields. Risk cases and intake rows are few.
 */
import { cprNumber } from '../model/cpr.js';
import { dayNumber, yearMonthIndex, type CivilDate } from '../model/civil-date.js';
import {
  CASE_FIELDS, COMPONENTS, INTAKE_FIELDS, RISK_CASE_FIELDS, type CaseChange, type CaseField, type ChangeComponents, type ChangeKind, type ChangeSums,
  type Comparison, type IntakeChange, type IntakeField, type MeasureChange, type RiskCaseChange, type RiskCaseField,
} from '../model/comparison.js';
import type { Disposition } from '../model/disposition.js';
import type { Forecast, IntakeLine, MeasureForecast, RiskCaseLine } from '../model/forecast.js';
import { lineMonth } from '../model/forecast.js';
import { sumMoney, ZERO, type Money } from '../model/money.js';
import { OreSum, oreOf } from '../model/ore.js';
import { lastClosedMonth } from '../model/period.js';

/** Sum of months[from..to). */
const sumRange = (months: readonly Money[], from: number, to: number): Money => {
  let s = ZERO;
  for (let m = from; m < to; m++) s = s.plus(months[m]!);
  return s;
};

type Parts = Pick<ChangeComponents, 'activeDispositions' | 'expectedDispositions' | 'riskCases' | 'intake' | 'pool' | 'transitions' | 'method'>;

/** A measure's bridge parts summed over the months from `from` on (the current run's open months). */
function partsFrom(f: Forecast, m: MeasureForecast, from: number): Parts {
  const length = f.calendar.length;
  const group = f.dispositionGroups.find((g) => g.measure === m.measure.name);
  return {
    activeDispositions: group ? sumRange(group.currentTotal.months, from, length) : ZERO,
    expectedDispositions: group ? sumRange(group.expectedTotal.months, from, length) : ZERO,
    riskCases: sumRange(m.parts.riskCases, from, length),
    intake: sumRange(m.parts.intakes, from, length),
    pool: sumRange(m.parts.pool, from, length),
    transitions: sumRange(m.parts.transitions, from, length),
    method: sumRange(m.parts.method, from, length),
  };
}

/** The change between two expected results, with the budget's change and the deviation's. */
const changeOf = (previousExpected: Money, expected: Money, budgetChange: Money): Pick<ChangeSums, 'previousExpected' | 'expected' | 'change' | 'budgetChange' | 'deviationChange'> => {
  const change = expected.minus(previousExpected);
  return { previousExpected, expected, change, budgetChange, deviationChange: change.minus(budgetChange) };
};

const zeroComponents = (): { -readonly [K in keyof ChangeComponents]: Money } =>
  Object.fromEntries(COMPONENTS.map((c) => [c, ZERO])) as { -readonly [K in keyof ChangeComponents]: Money };

export function compare(previous: Forecast, current: Forecast): Comparison {
  const k0 = previous.period.closedMonths;
  const k1 = current.period.closedMonths;
  const length = current.calendar.length;
  const previousBy = new Map(previous.measures.map((m) => [m.measure.name, m]));
  const currentNames = new Set(current.measures.map((m) => m.measure.name));

  const measures: MeasureChange[] = [];
  for (const now of current.measures) {
    const then = previousBy.get(now.measure.name);
    const c = zeroComponents();
    if (then === undefined) {
      c.added = now.expected;
    } else {
      for (let m = 0; m < k1; m++) {
        const d = now.months[m]!.minus(then.months[m]!);
        if (m < k0) c.closedActuals = c.closedActuals.plus(d);
        else c.newlyClosed = c.newlyClosed.plus(d);
      }
      const a = partsFrom(current, now, k1);
      const b = partsFrom(previous, then, k1);
      for (const p of Object.keys(a) as (keyof Parts)[]) c[p] = a[p].minus(b[p]);
    }
    const previousExpected = then?.expected ?? ZERO;
    measures.push({
      measure: now.measure.name, area: now.measure.area, account: now.measure.account, inPrevious: then !== undefined, inCurrent: true,
      ...c, ...changeOf(previousExpected, now.expected, now.budget.minus(then?.budget ?? ZERO)),
    });
  }
  for (const then of previous.measures) {
    if (currentNames.has(then.measure.name)) continue;
    const c = zeroComponents();
    c.removed = then.expected.negated();
    measures.push({
      measure: then.measure.name, area: then.measure.area, account: then.measure.account, inPrevious: true, inCurrent: false,
      ...c, ...changeOf(then.expected, ZERO, then.budget.negated()),
    });
  }

  const total: ChangeSums = {
    ...(Object.fromEntries(COMPONENTS.map((c) => [c, sumMoney(measures.map((m) => m[c]))])) as unknown as ChangeComponents),
    ...changeOf(previous.total.expected, current.total.expected, current.total.budget.minus(previous.total.budget)),
  };

  const both = new Set(current.measures.filter((m) => previousBy.has(m.measure.name)).map((m) => m.measure.name));
  const measureOrder = new Map(measures.map((m, i) => [m.measure, i]));
  const cases = caseChanges(previous, current, both, k1, measureOrder);
  const riskCases = riskCaseChanges(previous.riskCaseLines, current.riskCaseLines, both, k1, length, measureOrder);
  const intakes = intakeChanges(previous, current, both, k0, k1, measureOrder);
  const listSum = (list: readonly { readonly change: Money }[]): Money => sumMoney(list.map((x) => x.change));
  return {
    year: current.period.year,
    previousAsOf: lastClosedMonth(previous.period),
    asOf: lastClosedMonth(current.period),
    previousClosedMonths: k0,
    closedMonths: k1,
    measures,
    total,
    cases,
    riskCases,
    intakes,
    listTotals: { cases: listSum(cases), riskCases: listSum(riskCases), intakes: listSum(intakes) },
    problems: [
      ...previous.problems.map((problem) => ({ run: 'previous' as const, problem })),
      ...current.problems.map((problem) => ({ run: 'current' as const, problem })),
    ],
  };
}

// ---------- cases ----------

/** The case key: a CPR number (hyphen or not) as its ten digits, any other reference by its text. */
function caseKey(ref: string): number | string {
  const n = cprNumber(ref);
  return n >= 0 ? n : ref;
}

interface Entry {
  readonly measure: string;
  readonly then: number[];
  readonly now: number[];
}

/** Entries per (measure, key), in order of first appearance (current run first). */
function collect<T>(prev: readonly T[], cur: readonly T[], measureOf: (row: T) => string, keyOf: (row: T) => number | string, both: ReadonlySet<string>): Entry[] {
  const byMeasure = new Map<string, Map<number | string, Entry>>();
  const entries: Entry[] = [];
  const add = (rows: readonly T[], side: 'then' | 'now'): void => {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const measure = measureOf(row);
      if (!both.has(measure)) continue;
      let keys = byMeasure.get(measure);
      if (keys === undefined) byMeasure.set(measure, (keys = new Map()));
      const key = keyOf(row);
      let e = keys.get(key);
      if (e === undefined) {
        keys.set(key, (e = { measure, then: [], now: [] }));
        entries.push(e);
      }
      e[side].push(i);
    }
  };
  add(cur, 'now');
  add(prev, 'then');
  return entries;
}

const sameDate = (a: CivilDate | null, b: CivilDate | null): boolean =>
  a === b || (a !== null && b !== null && a.year === b.year && a.month === b.month && a.day === b.day);
/** Equal amounts: the same value, or the same øre (cheap), or equal decimals (any other amount). */
const sameMoney = (a: Money, b: Money): boolean => {
  if (a === b) return true;
  const x = oreOf(a);
  const y = x === null ? null : oreOf(b);
  return y !== null ? x === y : a.eq(b);
};

/** The fields in which two rows differ. */
function dispositionDiff(a: Disposition, b: Disposition, out: Set<CaseField>): void {
  if (!sameMoney(a.rate, b.rate)) out.add('rate');
  if (a.unit !== b.unit) out.add('unit');
  if (!sameDate(a.start, b.start)) out.add('start');
  if (!sameDate(a.stop, b.stop)) out.add('stop');
  if (a.status !== b.status) out.add('status');
}

/** Two rows alike in every compared field (no allocation: the common case of a case that did not change). */
const sameDisposition = (a: Disposition, b: Disposition): boolean =>
  a.unit === b.unit && a.status === b.status && sameDate(a.start, b.start) && sameDate(a.stop, b.stop) && sameMoney(a.rate, b.rate);

/**
 * What differs between two row sets: rows alike in both are set aside, the rest are paired in
 * order of `order` and compared field by field; `rows` when the counts differ. Empty when alike.
 */
function rowSetDiff<R, F extends string>(then: readonly R[], now: readonly R[], same: (a: R, b: R) => boolean, diff: (a: R, b: R, out: Set<F>) => void, order: (a: R, b: R) => number, rowsField: F, fieldOrder: readonly F[]): F[] {
  const out = new Set<F>();
  if (then.length === 1 && now.length === 1) {
    diff(then[0]!, now[0]!, out);
  } else {
    const restNow = [...now];
    const restThen: R[] = [];
    for (const a of then) {
      const i = restNow.findIndex((b) => same(a, b));
      if (i >= 0) restNow.splice(i, 1);
      else restThen.push(a);
    }
    restThen.sort(order);
    restNow.sort(order);
    for (let i = 0; i < Math.min(restThen.length, restNow.length); i++) diff(restThen[i]!, restNow[i]!, out);
    if (then.length !== now.length) out.add(rowsField);
  }
  return fieldOrder.filter((f) => out.has(f));
}

const byStart = (a: { start: CivilDate; stop: CivilDate | null }, b: { start: CivilDate; stop: CivilDate | null }): number =>
  dayNumber(a.start) - dayNumber(b.start) || (a.stop === null ? Infinity : dayNumber(a.stop)) - (b.stop === null ? Infinity : dayNumber(b.stop)) || 0;

const kindOf = (e: Entry): ChangeKind => (e.then.length === 0 ? 'new' : e.now.length === 0 ? 'removed' : 'changed');

/** Largest |change| first; ties in measure order, then as first met. */
function byChange<T extends { readonly change: Money; readonly measure: string }>(list: T[], measureOrder: ReadonlyMap<string, number>, firstMet: readonly number[]): T[] {
  return list
    .map((item, i) => ({ item, at: firstMet[i]!, abs: item.change.abs() }))
    .sort((a, b) => b.abs.cmp(a.abs) || measureOrder.get(a.item.measure)! - measureOrder.get(b.item.measure)! || a.at - b.at)
    .map((x) => x.item);
}

/** Case numbers of references that are no CPR number start here, above every ten-digit CPR number. */
const OTHER_CASES = 1e10;
/** key = measure slot × 2^35 + case number: an exact integer below 2^53 for 2^18 measures and 2^35 (3,4 × 10^10) case numbers. */
const CASE_SPACE = 2 ** 35;
const DIGIT = 2 ** 16;

/**
 * `ids` ordered by their keys (integers below 2^53), equal keys in the order given: a stable LSD
 * radix sort in passes of 16 bits (three while every key is below 2^48, i.e. fewer than 2^13
 * measures; else four), so a million lines cost a few counting passes and no comparison function.
 */
function radixOrder(keys: Float64Array, ids: Uint32Array<ArrayBufferLike>): Uint32Array<ArrayBufferLike> {
  let from: Uint32Array<ArrayBufferLike> = ids;
  let to: Uint32Array<ArrayBufferLike> = new Uint32Array(ids.length);
  const digits = new Uint16Array(keys.length);
  let max = 0;
  for (const i of ids) if (keys[i]! > max) max = keys[i]!;
  const passes = max < 2 ** 48 ? 3 : 4;
  for (let pass = 0, scale = 1; pass < passes; pass++, scale *= DIGIT) {
    const count = new Uint32Array(DIGIT + 1);
    for (const i of from) count[(digits[i] = Math.floor(keys[i]! / scale) & 0xffff) + 1]!++;
    for (let d = 0; d < DIGIT; d++) count[d + 1]! += count[d]!;
    for (const i of from) to[count[digits[i]!]!++] = i;
    [from, to] = [to, from];
  }
  return from;
}

/**
 * The lines of one run that belong to measures in both runs, ordered by (measure, case), file
 * order within a case: their indices and keys. Numbers only, so a million lines cost no object per case.
 */
function sortedByCase(rows: readonly Disposition[], slotOf: ReadonlyMap<string, number>, otherIds: Map<string, number>): { order: Uint32Array<ArrayBufferLike>; keys: Float64Array } {
  const keys = new Float64Array(rows.length);
  const chosen = new Uint32Array(rows.length);
  let count = 0;
  let lastMeasure: string | undefined;
  let lastSlot: number | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.measure !== lastMeasure) {
      lastMeasure = row.measure;
      lastSlot = slotOf.get(row.measure);
    }
    if (lastSlot === undefined) continue;
    let n = cprNumber(row.caseRef);
    if (n < 0) {
      n = otherIds.get(row.caseRef) ?? OTHER_CASES + otherIds.size;
      otherIds.set(row.caseRef, n);
    }
    keys[i] = lastSlot * CASE_SPACE + n;
    chosen[count++] = i;
  }
  return { order: radixOrder(keys, chosen.subarray(0, count)), keys };
}

function caseChanges(previous: Forecast, current: Forecast, both: ReadonlySet<string>, k1: number, measureOrder: ReadonlyMap<string, number>): CaseChange[] {
  const L0 = previous.dispositionLines;
  const L1 = current.dispositionLines;
  const slotOf = new Map([...both].map((name, i) => [name, i]));
  const otherIds = new Map<string, number>();
  const a = sortedByCase(L0.rows, slotOf, otherIds);
  const b = sortedByCase(L1.rows, slotOf, otherIds);
  const out: CaseChange[] = [];
  const firstMet: number[] = [];
  const openSum = (lines: typeof L0, ids: readonly number[], sign: 1 | -1, sum: OreSum): void => {
    for (const i of ids) {
      const base = i * lines.months;
      if (Number.isNaN(lines.ore[base]!)) {
        for (let m = k1; m < lines.months; m++) sum.addMoney(sign === 1 ? lineMonth(lines, i, m) : lineMonth(lines, i, m).negated());
      } else {
        for (let m = k1; m < lines.months; m++) sum.add(sign * lines.ore[base + m]!);
      }
    }
  };
  // Walk both sorted runs together, one case (a run of equal keys) at a time.
  let p = 0;
  let q = 0;
  while (p < a.order.length || q < b.order.length) {
    const keyThen = p < a.order.length ? a.keys[a.order[p]!]! : Infinity;
    const keyNow = q < b.order.length ? b.keys[b.order[q]!]! : Infinity;
    const key = Math.min(keyThen, keyNow);
    const then: number[] = [];
    const now: number[] = [];
    while (p < a.order.length && a.keys[a.order[p]!] === key) then.push(a.order[p++]!);
    while (q < b.order.length && b.keys[b.order[q]!] === key) now.push(b.order[q++]!);
    // The common case: one row in each run, alike.
    if (then.length === 1 && now.length === 1 && sameDisposition(L0.rows[then[0]!]!, L1.rows[now[0]!]!)) continue;
    const e: Entry = { measure: (L1.rows[now[0]!] ?? L0.rows[then[0]!]!).measure, then, now };
    const rowsThen = then.map((i) => L0.rows[i]!);
    const rowsNow = now.map((i) => L1.rows[i]!);
    const kind = kindOf(e);
    const fields = kind === 'changed' ? rowSetDiff<Disposition, CaseField>(rowsThen, rowsNow, sameDisposition, dispositionDiff, byStart, 'rows', CASE_FIELDS) : [];
    if (kind === 'changed' && fields.length === 0) continue;
    const sum = new OreSum();
    openSum(L1, now, 1, sum);
    openSum(L0, then, -1, sum);
    out.push({ caseRef: (rowsNow[0] ?? rowsThen[0]!).caseRef, measure: e.measure, kind, fields, change: sum.toMoney() });
    // First met: the current run's first line, else after all of them the previous run's.
    firstMet.push(now.length > 0 ? now[0]! : L1.rows.length + then[0]!);
  }
  return byChange(out, measureOrder, firstMet);
}

// ---------- risk cases ----------

function riskDiff(a: RiskCaseLine, b: RiskCaseLine, out: Set<RiskCaseField>): void {
  const x = a.riskCase;
  const y = b.riskCase;
  if (!sameMoney(x.count, y.count)) out.add('count');
  if (!sameMoney(x.unitCost, y.unitCost)) out.add('unitCost');
  if (!sameMoney(x.probability, y.probability)) out.add('probability');
  if (!sameDate(x.start, y.start)) out.add('start');
  if (x.durationMonths !== y.durationMonths) out.add('duration');
  if (!sameDate(x.stop, y.stop)) out.add('stop');
}
const sameRisk = (a: RiskCaseLine, b: RiskCaseLine): boolean => {
  const fields = new Set<RiskCaseField>();
  riskDiff(a, b, fields);
  return fields.size === 0;
};

/** Σ over months from `from` on of the lines now − then. */
function linesChange(then: readonly { months: readonly Money[] }[], now: readonly { months: readonly Money[] }[], from: number, length: number): Money {
  let s = ZERO;
  for (const l of now) s = s.plus(sumRange(l.months, from, length));
  for (const l of then) s = s.minus(sumRange(l.months, from, length));
  return s;
}

function riskCaseChanges(prev: readonly RiskCaseLine[], cur: readonly RiskCaseLine[], both: ReadonlySet<string>, k1: number, length: number, measureOrder: ReadonlyMap<string, number>): RiskCaseChange[] {
  const entries = collect(prev, cur, (l) => l.riskCase.measure, (l) => caseKey(l.riskCase.caseRef), both);
  const out: (RiskCaseChange & { order: number })[] = [];
  entries.forEach((e, order) => {
    const then = e.then.map((i) => prev[i]!);
    const now = e.now.map((i) => cur[i]!);
    const kind = kindOf(e);
    const byRiskStart = (a: RiskCaseLine, b: RiskCaseLine): number => byStart(a.riskCase, b.riskCase);
    const fields = kind === 'changed' ? rowSetDiff<RiskCaseLine, RiskCaseField>(then, now, sameRisk, riskDiff, byRiskStart, 'rows', RISK_CASE_FIELDS) : [];
    if (kind === 'changed' && fields.length === 0) return;
    out.push({ caseRef: (now[0] ?? then[0]!).riskCase.caseRef, measure: e.measure, kind, fields, change: linesChange(then, now, k1, length), order });
  });
  return out.sort((a, b) => measureOrder.get(a.measure)! - measureOrder.get(b.measure)! || a.order - b.order).map(({ order: _order, ...change }) => change);
}

// ---------- intake ----------

function intakeDiff(a: IntakeLine, b: IntakeLine, out: Set<IntakeField>): void {
  if (!sameMoney(a.intake.intake, b.intake.intake)) out.add('intake');
  if (!sameMoney(a.intake.exit, b.intake.exit)) out.add('exit');
  if (!sameMoney(a.price, b.price)) out.add('price');
}
const sameIntake = (a: IntakeLine, b: IntakeLine): boolean => {
  const s = new Set<IntakeField>();
  intakeDiff(a, b, s);
  return s.size === 0;
};
const byIntakeFigures = (a: IntakeLine, b: IntakeLine): number =>
  a.intake.intake.cmp(b.intake.intake) || a.intake.exit.cmp(b.intake.exit) || a.price.cmp(b.price);

function intakeChanges(previous: Forecast, current: Forecast, both: ReadonlySet<string>, k0: number, k1: number, measureOrder: ReadonlyMap<string, number>): IntakeChange[] {
  const prev = previous.intakeLines;
  const cur = current.intakeLines;
  const first = current.calendar.first;
  const length = current.calendar.length;
  const entries = collect(prev, cur, (l) => l.intake.measure, (l) => yearMonthIndex(l.intake.month), both);
  const out: IntakeChange[] = [];
  for (const e of entries) {
    const then = e.then.map((i) => prev[i]!);
    const now = e.now.map((i) => cur[i]!);
    const kind = kindOf(e);
    const month = (now[0] ?? then[0]!).intake.month;
    let fields: IntakeField[] = [];
    if (kind === 'changed') {
      fields = rowSetDiff<IntakeLine, IntakeField>(then, now, sameIntake, intakeDiff, byIntakeFigures, 'rows', INTAKE_FIELDS);
      // Open in the previous run, closed now: the rows no longer add, whatever they say.
      const at = yearMonthIndex(month) - first;
      if (at >= k0 && at < k1) fields = INTAKE_FIELDS.filter((f) => f === 'closed' || fields.includes(f));
      if (fields.length === 0) continue;
    }
    out.push({ measure: e.measure, month, kind, fields, change: linesChange(then, now, k1, length) });
  }
  return out.sort((a, b) => measureOrder.get(a.measure)! - measureOrder.get(b.measure)! || yearMonthIndex(a.month) - yearMonthIndex(b.month));
}
