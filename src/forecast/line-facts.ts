/**
 * The facts the Dispositioner sheet shows beside each disposition line's amounts
 * (model/line-facts.ts): whether the row lies wholly outside the budget year, the case's age on
 * the first open day, and the day it reaches its measure's age limit (Aldersgrænse, else 18 on a
 * children's-area measure: model/measure.ts) when that falls within the year. Ages by the one
 * birthday rule (model/age.ts) from the CPR birth date (model/cpr.ts). Exports: lineFacts.
 */
import { ageOnKeys, birthdayOf, dateKey } from '../model/age.js';
import type { MonthCalendar } from '../model/calendar.js';
import { dayNumber, fromDayNumber } from '../model/civil-date.js';
import { cprBirthDate, cprNumber, cprNumberBirthKey } from '../model/cpr.js';
import type { DispositionLines } from '../model/forecast.js';
import type { LineFacts } from '../model/line-facts.js';
import { careAreaOf, CHILDREN_AGE_LIMIT, type Measure } from '../model/measure.js';

export function lineFacts(lines: DispositionLines, measureOf: ReadonlyMap<string, Measure>, calendar: MonthCalendar, firstOpen: number): LineFacts {
  const n = lines.rows.length;
  const outsideYear = new Uint8Array(n);
  const age = new Int16Array(n).fill(-1);
  const ageLimitDay = new Float64Array(n).fill(NaN);
  const yearEnd = calendar.lastDay[calendar.length - 1]!;
  const firstOpenKey = dateKey(fromDayNumber(firstOpen < calendar.length ? calendar.firstDay[firstOpen]! : yearEnd + 1));
  const year = fromDayNumber(calendar.firstDay[0]!).year;
  // Lines come grouped by measure: its limit is looked up when the measure changes.
  let lastName: string | undefined;
  let limit: number | null = null;
  let outside = 0;
  for (let i = 0; i < n; i++) {
    const d = lines.rows[i]!;
    // The calendar is the budget year: wholly outside it means starting after it or stopping before it.
    if (d.start.year > year || (d.stop !== null && d.stop.year < year)) {
      outsideYear[i] = 1;
      outside++;
    }
    if (d.measure !== lastName) {
      lastName = d.measure;
      const m = measureOf.get(d.measure);
      limit = m === undefined ? null : (m.ageLimit ?? (careAreaOf(m) === 'children' ? CHILDREN_AGE_LIMIT : null));
    }
    // Ages on packed dates (model/age.ts ageOnKeys): no object per row.
    const cpr = cprNumber(d.caseRef);
    const birthKey = cpr < 0 ? -1 : cprNumberBirthKey(cpr);
    if (birthKey < 0) continue;
    const years = ageOnKeys(birthKey, firstOpenKey);
    if (years >= 0) age[i] = years;
    // The birthday of age `limit` lies in the year the birth year + limit.
    if (limit === null || Math.floor(birthKey / 10000) + limit !== year) continue;
    ageLimitDay[i] = dayNumber(birthdayOf(cprBirthDate(d.caseRef)!, limit));
  }
  return { outsideYear, outsideYearCount: outside, age, ageLimitDay };
}
