/**
 * The key figures of a disposition measure per month (model/explanation.ts KeyFigureMonth): from
 * its rows only (aktuel and forventet), in every month of the calendar, closed ones too.
 *
 * Exports: caseCounts, CaseCounts, keyFigureMonths, ageBand, caseCountPaths.
 * - A case is a case reference: a CPR number with or without its hyphen is one case
 *   (model/cpr.ts cprNumber); any other reference is a case of its own text.
 * - Checkpoints: the day before the calendar's first month, then each month's last day. cases(m)
 *   = distinct cases with a row active (start ≤ day ≤ stop) on m's last day; starts(m) = cases
 *   active on m's last day and not on the previous checkpoint; stops(m) the reverse. So
 *   cases(m) = cases(m − 1) + starts(m) − stops(m), and two consecutive rows of one case (a rate
 *   change) are one case, not a stop and a start.
 * - ages: the cases of cases(m) by age on m's last day from the CPR birth date (century rule); the
 *   age grows on the birthday itself (born 29.02: on 01.03 in other years). A reference that is no
 *   valid CPR number, or a birth date after the day, counts as "ukendt".
 * - persons: the rows' person-days in m ÷ days in m, rounded to 2 decimals; averagePrice: the
 *   rows' disposed amount in m ÷ that exact quotient, rounded to øre; null when it is 0.
 * - share: cases ÷ the Område's sum of disposition measures' cases in m, percent, 1 decimal.
 * All counts are exact integers; rounding is half away from zero.
 *
 * How it stays fast for a million rows: each row becomes one number, its case × W + the run of
 * checkpoints it covers (W = checkpoints²), computed from its civil dates without a loop over the
 * months, so a numeric sort of a Float64Array groups the rows of a case with their runs in order;
 * merging them gives each case's covered runs, which add to difference arrays: cases, starts,
 * stops, and the age bands (a run's band changes only where a birthday crosses a band's edge).
 * The packed number is (measure's slot × case space + case) × W + run, exact while it stays below
 * 2^53 (a hundred measures with a 48-month calendar fit easily); beyond that (slot, case, run)
 * triples are sorted instead, with the same results (test/explain.test.ts compares the two).
 */
import { yearMonthAt, type MonthCalendar } from '../model/calendar.js';
import { daysInMonth, fromDayNumber } from '../model/civil-date.js';
import { cprNumber, cprNumberBirthKey } from '../model/cpr.js';
import type { Disposition } from '../model/disposition.js';
import { AGE_BANDS, UNKNOWN_AGE_BAND, type KeyFigureMonth } from '../model/explanation.js';
import type { Money } from '../model/money.js';
import { ofMoney, ratio, div, roundRational } from '../model/rational.js';

/** How many measures were counted on each path (read by a test; never by the forecast). */
export const caseCountPaths = { packed: 0, grouped: 0 };

export interface CaseCounts {
  /** Per month. */
  readonly cases: Int32Array;
  readonly starts: Int32Array;
  readonly stops: Int32Array;
  /** Per month × AGE_BANDS: ages[m × AGE_BANDS.length + band]. */
  readonly ages: Int32Array;
}

const BANDS = AGE_BANDS.length;
/** Case numbers of references that are not CPR-shaped start here (above every ten-digit number). */
const OTHER_CASES = 1e10;

/** The band of an age in whole years (AGE_BANDS); a negative age is "ukendt". */
export function ageBand(age: number): number {
  if (age < 0) return UNKNOWN_AGE_BAND;
  if (age <= 5) return 0;
  if (age <= 11) return 1;
  if (age <= 14) return 2;
  if (age <= 17) return 3;
  if (age <= 22) return 4;
  if (age <= 29) return 5;
  if (age <= 49) return 6;
  if (age <= 64) return 7;
  return 8;
}

/**
 * The counts of every measure named in `slotOf` (measure name → its slot 0..slots − 1), from all
 * rows in one pass in file order (rows of other measures are skipped): reading a million rows in
 * the order they were made is several times faster than measure by measure.
 */
export function caseCounts(rows: readonly Disposition[], slotOf: ReadonlyMap<string, number>, slots: number, calendar: MonthCalendar): CaseCounts[] {
  const L = calendar.length;
  const K = L + 1; // checkpoints
  const W = K * K;
  const counts = Array.from({ length: slots }, (): CaseCounts => ({ cases: new Int32Array(L), starts: new Int32Array(L), stops: new Int32Array(L), ages: new Int32Array(L * BANDS) }));
  if (L === 0 || slots === 0) return counts;

  // Each row: its measure's slot, its case number and its run of checkpoints [a, b] (run =
  // a × K + b), sorted by slot, case and run, in three parallel arrays.
  const caseOf = caseNumbering();
  const caseSpace = OTHER_CASES + rows.length;
  let slotOfRow: Int32Array;
  let caseNumbers: Float64Array;
  let runs: Float64Array;
  if (slots * caseSpace * W < Number.MAX_SAFE_INTEGER) {
    caseCountPaths.packed++;
    const packed = packRows(rows, slotOf, calendar.first, L, K, caseSpace * W, W, caseOf).sort();
    const n = packed.length;
    slotOfRow = new Int32Array(n);
    caseNumbers = new Float64Array(n);
    runs = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const key = quotient(packed[i]!, W);
      const slot = quotient(key, caseSpace);
      slotOfRow[i] = slot;
      caseNumbers[i] = key - slot * caseSpace;
      runs[i] = packed[i]! - key * W;
    }
  } else {
    caseCountPaths.grouped++;
    const triples: [number, number, number][] = [];
    for (const row of rows) {
      const slot = slotOf.get(row.measure);
      if (slot === undefined) continue;
      const run = rowRun(row, calendar.first, L, K);
      if (run >= 0) triples.push([slot, caseOf(row.caseRef), run]);
    }
    triples.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    slotOfRow = Int32Array.from(triples, (x) => x[0]);
    caseNumbers = Float64Array.from(triples, (x) => x[1]);
    runs = Float64Array.from(triples, (x) => x[2]);
  }
  countRuns(slotOfRow, caseNumbers, runs, calendar, counts);
  return counts;
}

/** ⌊p ÷ d⌋ exactly for integers 0 ≤ p < 2^53 and d > 0 (the float quotient may be off by one near an integer). */
function quotient(p: number, d: number): number {
  const q = Math.floor(p / d);
  const r = p - q * d;
  return r < 0 ? q - 1 : r >= d ? q + 1 : q;
}

/** Case numbers: a CPR number's ten digits, or OTHER_CASES + a number per other reference. */
function caseNumbering(): (ref: string) => number {
  const others = new Map<string, number>();
  return (ref) => {
    const n = cprNumber(ref);
    if (n >= 0) return n;
    let id = others.get(ref);
    if (id === undefined) others.set(ref, (id = others.size));
    return OTHER_CASES + id;
  };
}

/**
 * A row's run of checkpoints a × K + b, or -1 when it is active on none. From the civil dates
 * alone: with s the month of the start relative to the calendar's first month, the start is on or
 * before checkpoint k (k ≥ 1: the last day of month k − 1; k = 0: the day before month 0) exactly
 * when k ≥ s + 1; with e the month of the stop, checkpoint k is on or before the stop exactly when
 * k ≤ e, or k = e + 1 when the stop is the last day of its month. No stop: through the last.
 */
function rowRun(row: Disposition, first: number, L: number, K: number): number {
  const start = row.start;
  const s = start.year * 12 + start.month - first; // = month index + 1
  const a = s > 0 ? s : 0;
  const stop = row.stop;
  let b = L;
  if (stop !== null) {
    const e = stop.year * 12 + stop.month - 1 - first + (stop.day === daysInMonth(stop.year, stop.month) ? 1 : 0);
    if (e < L) b = e;
  }
  return a > b ? -1 : a * K + b;
}

/** Each row of a measure in `slotOf` active on a checkpoint, as (slot × caseSpace + case) × W + run. */
function packRows(rows: readonly Disposition[], slotOf: ReadonlyMap<string, number>, first: number, L: number, K: number, slotWidth: number, W: number, caseOf: (ref: string) => number): Float64Array {
  const out = new Float64Array(rows.length);
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const slot = slotOf.get(row.measure);
    if (slot === undefined) continue;
    const run = rowRun(row, first, L, K);
    if (run >= 0) out[n++] = slot * slotWidth + caseOf(row.caseRef) * W + run;
  }
  return out.subarray(0, n);
}

/** The band of each age 0..AGE_TABLE − 1; older is 65+. */
const AGE_TABLE = 200;
const BAND_OF_AGE = Uint8Array.from({ length: AGE_TABLE }, (_, age) => ageBand(age));

/** The age band on a day (year, month × 100 + day) of a case born on `birth` (yyyymmdd, or -1: unknown). */
function bandOn(birth: number, year: number, monthDay: number): number {
  if (birth < 0) return UNKNOWN_AGE_BAND;
  const birthYear = Math.floor(birth / 10000);
  const age = year - birthYear - (monthDay < birth - birthYear * 10000 ? 1 : 0);
  return age >= 0 && age < AGE_TABLE ? BAND_OF_AGE[age]! : ageBand(age);
}

/**
 * Adds each case's runs (sorted by case, then run) to the counts: a case's overlapping or adjacent
 * runs are merged first, so consecutive rows of one case are one case.
 */
function countRuns(slotOfRow: Int32Array, caseNumbers: Float64Array, runs: Float64Array, calendar: MonthCalendar, countsBySlot: readonly CaseCounts[]): void {
  const n = runs.length;
  const L = calendar.length;
  const K = L + 1;
  // Each checkpoint's day as year and month × 100 + day, for ages.
  const checkYear = new Int32Array(K);
  const checkMonthDay = new Int32Array(K);
  for (let k = 0; k < K; k++) {
    const d = fromDayNumber(k === 0 ? calendar.firstDay[0]! - 1 : calendar.lastDay[k - 1]!);
    checkYear[k] = d.year;
    checkMonthDay[k] = d.month * 100 + d.day;
  }
  const caseDiffs = countsBySlot.map(() => new Int32Array(K + 1));
  /** Per checkpoint × band, as differences along the checkpoints. */
  const ageDiffs = countsBySlot.map(() => new Int32Array((K + 1) * BANDS));
  let i = 0;
  while (i < n) {
    const slot = slotOfRow[i]!;
    const { starts, stops } = countsBySlot[slot]!;
    const caseDiff = caseDiffs[slot]!;
    const ageDiff = ageDiffs[slot]!;
    const c = caseNumbers[i]!;
    const birth = c < OTHER_CASES ? cprNumberBirthKey(c) : -1;
    let runA = Math.floor(runs[i]! / K);
    let runB = runs[i]! - runA * K;
    for (i++; ; i++) {
      let a = 0;
      let b = 0;
      const more = i < n && caseNumbers[i] === c && slotOfRow[i] === slot;
      if (more) {
        a = Math.floor(runs[i]! / K);
        b = runs[i]! - a * K;
        if (a <= runB + 1) {
          if (b > runB) runB = b;
          continue;
        }
      }
      // The merged run [runA, runB] of this case.
      caseDiff[runA]!++;
      caseDiff[runB + 1]!--;
      if (runA >= 1) starts[runA - 1]!++;
      if (runB < L) stops[runB]!++;
      // Ages only grow: when the band on the run's first and last month-end is the same, it is the
      // band all through (one difference-array entry); otherwise month by month.
      const from = runA > 0 ? runA : 1;
      if (from <= runB) {
        const band = bandOn(birth, checkYear[from]!, checkMonthDay[from]!);
        if (band === bandOn(birth, checkYear[runB]!, checkMonthDay[runB]!)) {
          ageDiff[from * BANDS + band]!++;
          ageDiff[(runB + 1) * BANDS + band]!--;
        } else {
          for (let k = from; k <= runB; k++) {
            const b = bandOn(birth, checkYear[k]!, checkMonthDay[k]!);
            ageDiff[k * BANDS + b]!++;
            ageDiff[(k + 1) * BANDS + b]!--;
          }
        }
      }
      if (!more) break;
      runA = a;
      runB = b;
    }
  }
  countsBySlot.forEach((counts, slot) => {
    const caseDiff = caseDiffs[slot]!;
    let running = caseDiff[0]!;
    for (let m = 0; m < L; m++) {
      running += caseDiff[m + 1]!;
      counts.cases[m] = running;
    }
    const ageDiff = ageDiffs[slot]!;
    for (let band = 0; band < BANDS; band++) {
      let inBand = ageDiff[band]!; // checkpoint 0: no runs start there for ages
      for (let k = 1; k < K; k++) {
        inBand += ageDiff[k * BANDS + band]!;
        counts.ages[(k - 1) * BANDS + band] = inBand;
      }
    }
  });
}

/**
 * The key figures of each month. `disposed` is the rows' amount per month (their subtotal),
 * `personDays` their person-days (methods/persons.ts rowPersonDays), `areaCases` the Område's
 * disposition measures' cases per month.
 */
export function keyFigureMonths(counts: CaseCounts, personDays: ArrayLike<number>, disposed: readonly Money[], areaCases: ArrayLike<number>, calendar: MonthCalendar): KeyFigureMonth[] {
  return calendar.firstDay.map((_, m) => {
    const days = personDays[m]!;
    const dim = calendar.daysInMonth[m]!;
    const persons = ratio(days, dim);
    const area = areaCases[m]!;
    return {
      month: yearMonthAt(calendar, m),
      cases: counts.cases[m]!,
      starts: counts.starts[m]!,
      stops: counts.stops[m]!,
      persons: roundRational(persons, 2),
      averagePrice: days === 0 ? null : roundRational(div(ofMoney(disposed[m]!), persons), 2),
      ages: Array.from(counts.ages.subarray(m * BANDS, (m + 1) * BANDS)),
      share: area === 0 ? null : roundRational(ratio(counts.cases[m]! * 100, area), 1),
    };
  });
}
