/**
 * The facts the Dispositioner sheet shows beside each disposition line's amounts
 * (model/line-facts.ts): whether the row lies wholly outside the budget year, the case's age on
 * the first open day, and the day it reaches its measure's age limit (Aldersgrænse, else 18 on a
 * children's-area measure: model/measure.ts) when that falls within the year. Ages by the one
 * birthday rule (model/age.ts), on packed dates (ageOnKeys) so a million rows make no object each,
 * from the CPR birth date (model/cpr.ts). Built line by line as the forecast stores the lines
 * (forecast/disposition-lines.ts LineObserver), while each row is at hand.
 * Exports: LineFactsBuilder.
 */
import { ageOnKeys, birthdayOf, dateKey } from '../model/age.js';
import type { MonthCalendar } from '../model/calendar.js';
import { dayNumber, fromDayNumber } from '../model/civil-date.js';
import { cprBirthDate, cprNumber, cprNumberBirthKey } from '../model/cpr.js';
import type { Disposition } from '../model/disposition.js';
import type { LineFacts } from '../model/line-facts.js';
import { careAreaOf, CHILDREN_AGE_LIMIT, type Measure } from '../model/measure.js';

export class LineFactsBuilder {
  private readonly outsideYear: Uint8Array;
  private readonly age: Int16Array;
  private readonly ageLimitDay: Float64Array;
  private outside = 0;
  private count = 0;
  private readonly year: number;
  private readonly firstOpenKey: number;
  private readonly limits = new Map<string, number | null>();
  private lastName: string | undefined;
  private limit: number | null = null;

  /** `capacity`: the number of lines at most; the calendar is the budget year's twelve months. */
  constructor(capacity: number, private readonly measureOf: ReadonlyMap<string, Measure>, calendar: MonthCalendar, firstOpen: number) {
    this.outsideYear = new Uint8Array(capacity);
    this.age = new Int16Array(capacity).fill(-1);
    this.ageLimitDay = new Float64Array(capacity).fill(NaN);
    this.year = fromDayNumber(calendar.firstDay[0]!).year;
    const yearEnd = calendar.lastDay[calendar.length - 1]!;
    this.firstOpenKey = dateKey(fromDayNumber(firstOpen < calendar.length ? calendar.firstDay[firstOpen]! : yearEnd + 1));
  }

  /** Line `i` is row `d`. */
  add(d: Disposition, i: number): void {
    this.count = Math.max(this.count, i + 1);
    // The calendar is the budget year: wholly outside it means starting after it or stopping before it.
    if (d.start.year > this.year || (d.stop !== null && d.stop.year < this.year)) {
      this.outsideYear[i] = 1;
      this.outside++;
    }
    if (d.measure !== this.lastName) {
      this.lastName = d.measure;
      let limit = this.limits.get(d.measure);
      if (limit === undefined) {
        const m = this.measureOf.get(d.measure);
        limit = m === undefined ? null : (m.ageLimit ?? (careAreaOf(m) === 'children' ? CHILDREN_AGE_LIMIT : null));
        this.limits.set(d.measure, limit);
      }
      this.limit = limit;
    }
    const cpr = cprNumber(d.caseRef);
    const birthKey = cpr < 0 ? -1 : cprNumberBirthKey(cpr);
    if (birthKey < 0) return;
    const years = ageOnKeys(birthKey, this.firstOpenKey);
    if (years >= 0) this.age[i] = years;
    // The birthday of age `limit` lies in the year the birth year + limit.
    if (this.limit === null || Math.floor(birthKey / 10000) + this.limit !== this.year) return;
    this.ageLimitDay[i] = dayNumber(birthdayOf(cprBirthDate(d.caseRef)!, this.limit));
  }

  finish(): LineFacts {
    const n = this.count;
    return { outsideYear: this.outsideYear.subarray(0, n), outsideYearCount: this.outside, age: this.age.subarray(0, n), ageLimitDay: this.ageLimitDay.subarray(0, n) };
  }
}
