/**
 * The 18-year list (model/forecast.ts TransitionCase): every case that reaches an age limit within
 * the horizon, so that a row of a measure with Aldersgrænse is cut there, or that has a transition
 * into an adults' measure with an amount within it (Ankestyrelsen's lists "so that the adults' area
 * can budget").
 *
 * Exports: transitionCases, transitionTotals.
 * - A cut: a disposition row of a measure with an age limit whose last paid day (methods/age-limit.ts)
 *   changes its amounts within the horizon. Before and after: the row's amounts uncut and cut per
 *   year of the horizon (all twelve months, closed ones too, as on Dispositioner), by the same rule
 *   as the disposition method (methods/disposition.ts rowSum: its øre path, indexed in later years).
 * - A transition: its weighted amounts per year (methods/transition.ts; open months only).
 * - One entry per case: a CPR number with and without its hyphen is one case. The birthday shown
 *   is that of the (first) age limit reached, else the 18th; sorted by birthday, then case (cases
 *   without a valid CPR number last).
 */
import { birthdayOf } from '../model/age.js';
import type { MonthCalendar } from '../model/calendar.js';
import { compareDates, dayNumber, type CivilDate } from '../model/civil-date.js';
import { cprBirthDate, cprNumber } from '../model/cpr.js';
import type { Disposition } from '../model/disposition.js';
import type { TransitionCase, TransitionLine, TransitionTotals } from '../model/forecast.js';
import type { Measure } from '../model/measure.js';
import { sumMoney, ZERO, type Money } from '../model/money.js';
import { ageLimitStop } from '../methods/age-limit.js';
import { rowSum } from '../methods/disposition.js';
import type { YearFactor } from '../methods/price-index.js';
import { TRANSITION_AGE } from '../model/transition.js';

interface Entry {
  caseRef: string;
  age: number | null;
  birthday: CivilDate | null;
  lastPaid: CivilDate | null;
  childMeasures: string[];
  before: Money[];
  after: Money[];
  adultMeasures: string[];
  adultStart: CivilDate | null;
  adult: Money[];
}

const perYear = (months: readonly Money[], years: number): Money[] => Array.from({ length: years }, (_, k) => sumMoney(months.slice(12 * k, 12 * k + 12)));

/** `rows`: the disposition rows as given (uncut); `factors`: each horizon month's price factor. */
export function transitionCases(rows: readonly Disposition[], measures: readonly Measure[], transitionLines: readonly TransitionLine[], horizon: MonthCalendar, factors: readonly YearFactor[]): TransitionCase[] {
  const years = horizon.length / 12;
  const zeros = (): Money[] => Array.from({ length: years }, () => ZERO);
  const limitOf = new Map<string, number>();
  for (const m of measures) if (m.ageLimit !== null && !limitOf.has(m.name)) limitOf.set(m.name, m.ageLimit);
  const order = new Map(measures.map((m, i) => [m.name, i]));
  const entries = new Map<string, Entry>();
  const entry = (caseRef: string): Entry => {
    const n = cprNumber(caseRef);
    const key = n >= 0 ? `cpr:${n}` : `ref:${caseRef}`;
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { caseRef, age: null, birthday: null, lastPaid: null, childMeasures: [], before: zeros(), after: zeros(), adultMeasures: [], adultStart: null, adult: zeros() }));
    return e;
  };
  const indexed = factors.some((f) => !f.one) ? factors : undefined;
  const yearRanges = Array.from({ length: years }, (_, k) => [12 * k, 12 * k + 12] as const);
  const horizonEnd = horizon.lastDay[horizon.length - 1]!;
  if (limitOf.size > 0) {
    for (const row of rows) {
      const limit = limitOf.get(row.measure);
      if (limit === undefined) continue;
      const last = ageLimitStop(row.caseRef, limit);
      if (last === null) continue;
      const lastDay = dayNumber(last);
      const stop = row.stop === null ? Infinity : dayNumber(row.stop);
      // Days the limit removes: after the last paid day, up to the row's stop, within the horizon and the row.
      const from = Math.max(lastDay + 1, dayNumber(row.start), horizon.firstDay[0]!);
      if (from > Math.min(stop, horizonEnd)) continue;
      const before = rowSum(row, horizon, yearRanges, indexed);
      const after = rowSum({ ...row, stop: last }, horizon, yearRanges, indexed);
      const e = entry(row.caseRef);
      if (e.age === null) {
        e.age = limit;
        e.birthday = birthdayOf(cprBirthDate(row.caseRef)!, limit);
        e.lastPaid = last;
      }
      if (!e.childMeasures.includes(row.measure)) e.childMeasures.push(row.measure);
      e.before = e.before.map((v, k) => v.plus(before[k]!));
      e.after = e.after.map((v, k) => v.plus(after[k]!));
    }
  }
  for (const line of transitionLines) {
    if (line.total.isZero() && !line.months.some((m) => !m.isZero())) continue;
    const t = line.transition;
    const e = entry(t.caseRef);
    if (!e.adultMeasures.includes(t.measure)) e.adultMeasures.push(t.measure);
    if (e.adultStart === null || compareDates(t.start, e.adultStart) < 0) e.adultStart = t.start;
    const amounts = perYear(line.months, years);
    e.adult = e.adult.map((v, k) => v.plus(amounts[k]!));
    if (e.birthday === null) {
      const birth = cprBirthDate(t.caseRef);
      if (birth !== null) e.birthday = birthdayOf(birth, TRANSITION_AGE);
    }
  }
  const list = [...entries.values()];
  for (const e of list) e.childMeasures.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  list.sort((a, b) => (a.birthday === null ? (b.birthday === null ? 0 : 1) : b.birthday === null ? -1 : compareDates(a.birthday, b.birthday)) || (a.caseRef < b.caseRef ? -1 : a.caseRef > b.caseRef ? 1 : 0));
  return list;
}

/** The list's sums per year (`years` years), exact. */
export function transitionTotals(cases: readonly TransitionCase[], years: number): TransitionTotals {
  const sum = (pick: (c: TransitionCase) => readonly Money[]): Money[] => Array.from({ length: years }, (_, k) => sumMoney(cases.map((c) => pick(c)[k]!)));
  return { before: sum((c) => c.before), after: sum((c) => c.after), adult: sum((c) => c.adult) };
}
