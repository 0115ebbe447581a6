/**
 * The case review's age checks of disposition rows whose case is a valid CPR number (a birth date
 * by DOMAIN.md's century rule, model/cpr.ts; modulus 11 not required); other references are
 * skipped. Ages are whole years by the one birthday rule (model/age.ts). Areas by
 * model/measure.ts careAreaOf (the caller's, once per measure): a 5.28 account or Område "Børn og unge" is the children's area, a
 * 5.38 account or "Voksne" the adults'.
 * - past-age-limit (warning): a row of a children's-area measure without an Aldersgrænse that is
 *   active, on some day of the budget year, on or after the case's 18th birthday (the birthday
 *   itself is not paid; the day before is). With an Aldersgrænse the forecast ends such rows at
 *   the limit instead, so they are not flagged here.
 * - age-for-measure (warning): a case under 18 on an adults'-area measure, or aged 23 or more on
 *   a children's-area measure, on the row's reference day: its start or the first open day,
 *   whichever is later (for a row that ended before the first open day: its last day). Also, on
 *   any measure, a birth date that makes the case 110 or older on the row's start.
 * Exports: checkAges, AgeCheckDays, ageCheckDays, referenceDay, ADULT_AGE, CHILDREN_MAX_AGE, IMPLAUSIBLE_AGE.
 */
import { ageOnKeys, birthdayOf, dateKey, lastDayBeforeAge } from '../model/age.js';
import { dayNumber, formatDate, fromDayNumber, type CivilDate } from '../model/civil-date.js';
import { cprBirthDate, cprNumber, cprNumberBirthKey, maskCpr } from '../model/cpr.js';
import type { Disposition } from '../model/disposition.js';
import { CHILDREN_AGE_LIMIT, type CareArea, type Measure } from '../model/measure.js';
import type { Finding } from './finding.js';

/** Adults' measures are for cases of this age or older. */
export const ADULT_AGE = CHILDREN_AGE_LIMIT;
/** Children's measures are for cases younger than this (aftercare runs to 23). */
export const CHILDREN_MAX_AGE = 23;
/** A birth date that makes a case this old at the row's start is implausible. */
export const IMPLAUSIBLE_AGE = 110;

/** The days the checks judge by, made once per run. */
export interface AgeCheckDays {
  readonly firstOpen: CivilDate;
  readonly firstOpenDay: number;
  readonly yearStart: number;
  readonly yearEnd: number;
  /** The year's last day as dateKey. */
  readonly yearEndKey: number;
}

/** The budget year's first and last day and the first open day, as day numbers (model/civil-date.ts). */
export function ageCheckDays(yearStart: number, yearEnd: number, firstOpenDay: number): AgeCheckDays {
  return { firstOpen: fromDayNumber(firstOpenDay), firstOpenDay, yearStart, yearEnd, yearEndKey: dateKey(fromDayNumber(yearEnd)) };
}

/**
 * The day a row's age is judged on: its start or the first open day, whichever is later; a row
 * that ended before the first open day, its last day. `firstOpen` is the first open day.
 */
export function referenceDay(d: Disposition, firstOpen: CivilDate, firstOpenDay: number): CivilDate {
  const start = dayNumber(d.start);
  if (start >= firstOpenDay) return d.start;
  if (d.stop === null) return firstOpen;
  const stop = dayNumber(d.stop);
  // A stop before the start is an error of its own (stop-before-start): judged on the start.
  return stop >= firstOpenDay ? firstOpen : stop >= start ? d.stop : d.start;
}

/** The age findings of one row (row index `index`) on the measure `m`, whose area (careAreaOf) is `area`. */
export function checkAges(d: Disposition, index: number, m: Measure, area: CareArea | null, days: AgeCheckDays, out: Finding[]): void {
  const { firstOpen, firstOpenDay, yearStart, yearEnd } = days;
  // Ages on packed dates (model/age.ts ageOnKeys): no object per row for the many rows that pass.
  const cpr = cprNumber(d.caseRef);
  const birthKey = cpr < 0 ? -1 : cprNumberBirthKey(cpr);
  if (birthKey < 0) return;
  if (area === 'children' && m.ageLimit === null && ageOnKeys(birthKey, days.yearEndKey) >= ADULT_AGE) {
    const birth = cprBirthDate(d.caseRef)!;
    const adult = birthdayOf(birth, ADULT_AGE);
    const from = Math.max(dayNumber(d.start), dayNumber(adult), yearStart);
    const to = d.stop === null ? yearEnd : Math.min(dayNumber(d.stop), yearEnd);
    if (from <= to) {
      out.push({
        code: 'past-age-limit', severity: 'warning', table: 'dispositions', index, column: 'stop',
        message: `sag ${maskCpr(d.caseRef)} på "${m.name}" (børneområdet) er aktiv fra 18-årsdagen ${formatDate(adult)}${from > dayNumber(adult) ? ` (i budgetåret fra ${formatDate(fromDayNumber(from))})` : ''}`,
        hint: `sidste betalte dag er dagen før 18-årsdagen, ${formatDate(lastDayBeforeAge(birth, ADULT_AGE))}: sæt Stopdato til den, eller angiv Aldersgrænse for "${m.name}" (fx 23 ved efterværn), så rækkerne slutter dér`,
      });
    }
  }
  const atStart = ageOnKeys(birthKey, dateKey(d.start));
  if (atStart >= IMPLAUSIBLE_AGE) {
    out.push({
      code: 'age-for-measure', severity: 'warning', table: 'dispositions', index, column: 'caseRef',
      message: `sag ${maskCpr(d.caseRef)} på "${m.name}": fødselsdatoen giver ${atStart} år ved startdatoen ${formatDate(d.start)}`,
      hint: 'tjek CPR-nummeret (det 7. ciffer giver århundredet)',
    });
    return;
  }
  if (area === null) return;
  const day = referenceDay(d, firstOpen, firstOpenDay);
  const age = ageOnKeys(birthKey, dateKey(day));
  if (area === 'adults' && age < ADULT_AGE) {
    out.push({
      code: 'age-for-measure', severity: 'warning', table: 'dispositions', index, column: 'caseRef',
      message: `sag ${maskCpr(d.caseRef)} er ${age} år den ${formatDate(day)} på "${m.name}", en foranstaltning på voksenområdet (fra ${ADULT_AGE} år)`,
      hint: 'tjek CPR-nummeret og foranstaltningen: hører sagen til børneområdet?',
    });
  } else if (area === 'children' && age >= CHILDREN_MAX_AGE) {
    out.push({
      code: 'age-for-measure', severity: 'warning', table: 'dispositions', index, column: 'caseRef',
      message: `sag ${maskCpr(d.caseRef)} er ${age} år den ${formatDate(day)} på "${m.name}", en foranstaltning på børneområdet (under ${CHILDREN_MAX_AGE} år)`,
      hint: 'tjek CPR-nummeret og foranstaltningen: hører sagen til voksenområdet?',
    });
  }
}
