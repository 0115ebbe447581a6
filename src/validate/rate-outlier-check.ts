/**
 * The case review's rate check, "rate-outlier" (warning): a disposition row whose rate, as a
 * monthly equivalent, is above 5 × or below 1/5 of its measure's median monthly equivalent
 * (exactly 5 × or 1/5 is no outlier).
 * - Monthly equivalent: måned as written; dag × 365,25/12; uge × 365,25/12/7; år ÷ 12.
 * - The median is taken over the measure's rows with a positive rate, aktuel and forventet, and
 *   only when there are at least MIN_RATES_FOR_MEDIAN of them; otherwise the measure is not
 *   checked. Of an even number of rates it is the mean of the two middle ones.
 * - Rows with a negative rate are not checked (negative-rate sees them). A rate of 0 is below the
 *   fifth of any positive median, so it is flagged.
 * Exact, in integers: 336 (= 48 × 7) times an equivalent is an integer number of øre, e = the
 * rate in øre × 336 (måned), × 10.227 (dag: 365,25/12 = 10.227/336), × 1.461 (uge) or × 28 (år).
 * With M the sum of the two middle values of e (the median is M/2; for an odd count the middle
 * value twice), a row is above when 2e > 5M and below when 10e < M: comparisons of integers that
 * are exact while every e ≤ (2^53 − 1)/10 (a daily rate up to about 880 million kr.). A measure with
 * a rate beyond that, or with more than two decimals, is compared the same way in decimal (Money).
 *
 * Exports: checkRateOutliers, rateOutlierPaths, middleSum, MIN_RATES_FOR_MEDIAN, OUTLIER_FACTOR.
 */
import { maskCpr } from '../model/cpr.js';
import type { Disposition, RateUnit } from '../model/disposition.js';
import type { Measure } from '../model/measure.js';
import { formatDanishAmount, Money, roundOre } from '../model/money.js';
import { oreOf } from '../model/ore.js';
import type { Finding } from './finding.js';

export const MIN_RATES_FOR_MEDIAN = 5;
export const OUTLIER_FACTOR = 5;

/** How many measures were compared on each path (read by a test; never by the checks). */
export const rateOutlierPaths = { exact: 0, decimal: 0 };

/** 336 × the months one unit of the rate is. */
const PER_336: Readonly<Record<RateUnit, number>> = { måned: 336, dag: 10_227, uge: 1_461, år: 28 };
const MAX_E = Math.floor(Number.MAX_SAFE_INTEGER / 10);
const UNIT_WORD: Readonly<Record<RateUnit, string>> = { måned: 'måned', dag: 'dag', uge: 'uge', år: 'år' };

interface Slot {
  readonly measure: Measure;
  positives: number;
  /** A rate ≥ 0 off the integer path: the measure is compared in decimal. */
  decimal: boolean;
}

/**
 * Appends a finding for every outlier among `rows` (indices into `rows`); `measureOf` gives a
 * row's measure, or undefined for a row that is not to be checked (an unknown measure, or one
 * whose method ignores disposition rows).
 */
export function checkRateOutliers(rows: readonly Disposition[], measureOf: (d: Disposition) => Measure | undefined, out: Finding[]): void {
  const n = rows.length;
  const rowSlot = new Int32Array(n).fill(-1);
  const e = new Float64Array(n);
  const slotOf = new Map<Measure, number>();
  const slots: Slot[] = [];
  let lastMeasure: Measure | undefined;
  let lastSlot = -1;
  for (let i = 0; i < n; i++) {
    const d = rows[i]!;
    const m = measureOf(d);
    if (m === undefined) continue;
    const ore = oreOf(d.rate);
    if (ore === null ? d.rate.isNegative() : ore < 0) continue;
    if (m !== lastMeasure) {
      let slot = slotOf.get(m);
      if (slot === undefined) {
        slotOf.set(m, (slot = slots.length));
        slots.push({ measure: m, positives: 0, decimal: false });
      }
      lastMeasure = m;
      lastSlot = slot;
    }
    const s = lastSlot;
    rowSlot[i] = s;
    const slot = slots[s]!;
    const value = ore === null ? NaN : ore * PER_336[d.unit];
    if (!(value <= MAX_E)) slot.decimal = true;
    e[i] = value;
    if (ore === null ? !d.rate.isZero() : ore > 0) slot.positives++;
  }

  // Per measure on the integer path: its positive e, sorted, and M.
  const m2 = new Float64Array(slots.length).fill(NaN);
  const values = slots.map((s) => (s.decimal || s.positives < MIN_RATES_FOR_MEDIAN ? null : new Float64Array(s.positives)));
  const fill = new Int32Array(slots.length);
  for (let i = 0; i < n; i++) {
    const s = rowSlot[i]!;
    if (s < 0 || values[s] === null || e[i] === 0) continue;
    values[s]![fill[s]!++] = e[i]!;
  }
  values.forEach((v, s) => {
    if (v === null) return;
    rateOutlierPaths.exact++;
    m2[s] = middleSum(v);
  });
  for (let i = 0; i < n; i++) {
    const s = rowSlot[i]!;
    if (s < 0 || Number.isNaN(m2[s]!)) continue;
    const M = m2[s]!;
    const x = e[i]!;
    if (2 * x > OUTLIER_FACTOR * M) out.push(finding(rows[i]!, i, slots[s]!.measure, true, new Money(x), new Money(M)));
    else if (2 * OUTLIER_FACTOR * x < M) out.push(finding(rows[i]!, i, slots[s]!.measure, false, new Money(x), new Money(M)));
  }

  // Measures with a rate off the integer path: the same comparisons in decimal.
  slots.forEach((slot, s) => {
    if (!slot.decimal || slot.positives < MIN_RATES_FOR_MEDIAN) return;
    rateOutlierPaths.decimal++;
    const mine: { i: number; e: Money }[] = [];
    for (let i = 0; i < n; i++) if (rowSlot[i] === s) mine.push({ i, e: rows[i]!.rate.times(PER_336[rows[i]!.unit]) });
    const sorted = mine.filter((r) => !r.e.isZero()).map((r) => r.e).sort((a, b) => a.comparedTo(b));
    const M = sorted[(sorted.length - 1) >> 1]!.plus(sorted[sorted.length >> 1]!);
    for (const r of mine) {
      if (r.e.times(2).greaterThan(M.times(OUTLIER_FACTOR))) out.push(finding(rows[r.i]!, r.i, slot.measure, true, r.e, M));
      else if (r.e.times(2 * OUTLIER_FACTOR).lessThan(M)) out.push(finding(rows[r.i]!, r.i, slot.measure, false, r.e, M));
    }
  });
}

/**
 * The sum of the two middle values of v (for an odd length the middle value twice), found by
 * selection rather than a sort: quickselect with a three-way partition (equal rates are common)
 * and a median-of-three pivot, then the smallest value right of the lower middle. Reorders v.
 */
export function middleSum(v: Float64Array): number {
  const n = v.length;
  const lo = (n - 1) >> 1;
  const a = select(v, lo);
  if ((n & 1) === 1) return 2 * a;
  let b = Infinity;
  for (let i = lo + 1; i < n; i++) if (v[i]! < b) b = v[i]!;
  return a + b;
}

/** The k-th smallest value of v (0-based); afterwards v[0 … k] ≤ v[k] ≤ v[k … n). */
function select(v: Float64Array, k: number): number {
  let left = 0;
  let right = v.length - 1;
  let rounds = 0;
  while (right > left) {
    // A long run of bad pivots (never on real rates): sort the rest instead.
    if (++rounds > 200) {
      v.subarray(left, right + 1).sort();
      return v[k]!;
    }
    const mid = left + ((right - left) >> 1);
    const x = v[left]!;
    const y = v[mid]!;
    const z = v[right]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : (x < z ? x : y < z ? z : y);
    // Three-way partition: [left, lt) < pivot, [lt, i) = pivot, (gt, right] > pivot.
    let lt = left;
    let gt = right;
    let i = left;
    while (i <= gt) {
      const w = v[i]!;
      if (w < pivot) {
        v[i] = v[lt]!;
        v[lt++] = w;
        i++;
      } else if (w > pivot) {
        v[i] = v[gt]!;
        v[gt--] = w;
      } else i++;
    }
    if (k < lt) right = lt - 1;
    else if (k > gt) left = gt + 1;
    else return pivot;
  }
  return v[k]!;
}

/** e and M are in øre × 336 (M: twice the median). */
function finding(d: Disposition, index: number, m: Measure, above: boolean, e: Money, M: Money): Finding {
  const monthly = roundOre(e.dividedBy(33_600));
  const median = roundOre(M.dividedBy(67_200));
  const rate = `takst ${formatDanishAmount(d.rate)} kr. pr. ${UNIT_WORD[d.unit]}${d.unit === 'måned' ? '' : ` (${formatDanishAmount(monthly)} kr. pr. måned)`}`;
  return {
    code: 'rate-outlier', severity: 'warning', table: 'dispositions', index, column: 'rate',
    message: `${rate} for sag ${maskCpr(d.caseRef)} er ${above ? `over ${OUTLIER_FACTOR} ×` : `under 1/${OUTLIER_FACTOR} af`} medianen for "${m.name}", ${formatDanishAmount(median)} kr. pr. måned`,
    hint: 'tjek takst og takstenhed: en månedstakst skrevet som dagtakst er omkring 30 gange for stor',
  };
}
