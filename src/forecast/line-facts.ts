/**
 * The facts the Dispositioner sheet shows beside each disposition line's amounts
 * (model/line-facts.ts): whether the row lies wholly outside the budget year, the case's age on
 * the first open day, and the day it reaches its measure's age limit (Aldersgrænse, else 18 on a
 * children's-area measure: model/measure.ts) when that falls within the year. Ages by the one
 * birthday rule (model/age.ts) from the CPR birth date (model/cpr.ts). Exports: lineFacts.
 */
import { ageOn, birthdayOf } from '../model/age.js';
import type { MonthCalendar } from '../model/calendar.js';
import { dayNumber, fromDayNumber } from '../model/civil-date.js';
import { cprBirthDate } from '../model/cpr.js';
import type { DispositionLines } from '../model/forecast.js';
import type { LineFacts } from '../model/line-facts.js';
import { careAreaOf, CHILDREN_AGE_LIMIT, type Measure } from '../model/measure.js';

export function lineFacts(lines: DispositionLines, measureOf: ReadonlyMap<string, Measure>, calendar: MonthCalendar, firstOpen: number): LineFacts {
  const n = lines.rows.length;
  const outsideYear = new Uint8Array(n);
  const age = new Int16Array(n).fill(-1);
  const ageLimitDay = new Float64Array(n).fill(NaN);
  const yearStart = calendar.firstDay[0]!;
  const yearEnd = calendar.lastDay[calendar.length - 1]!;
  const firstOpenDate = fromDayNumber(firstOpen < calendar.length ? calendar.firstDay[firstOpen]! : yearEnd + 1);
  const limits = new Map<string, number | null>();
  const limitOf = (name: string): number | null => {
    let limit = limits.get(name);
    if (limit === undefined) {
      const m = measureOf.get(name);
      limit = m === undefined ? null : (m.ageLimit ?? (careAreaOf(m) === 'children' ? CHILDREN_AGE_LIMIT : null));
      limits.set(name, limit);
    }
    return limit;
  };
  let outside = 0;
  for (let i = 0; i < n; i++) {
    const d = lines.rows[i]!;
    const start = dayNumber(d.start);
    if (start > yearEnd || (d.stop !== null && dayNumber(d.stop) < yearStart)) {
      outsideYear[i] = 1;
      outside++;
    }
    const birth = cprBirthDate(d.caseRef);
    if (birth === null) continue;
    const years = ageOn(birth, firstOpenDate);
    if (years >= 0) age[i] = years;
    const limit = limitOf(d.measure);
    if (limit === null) continue;
    const day = dayNumber(birthdayOf(birth, limit));
    if (day >= yearStart && day <= yearEnd) ageLimitDay[i] = day;
  }
  return { outsideYear, outsideYearCount: outside, age, ageLimitDay };
}
