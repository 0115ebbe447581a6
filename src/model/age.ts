/**
 * Age by the birthday rule, one definition for every age rule of prognose (key figures' age bands,
 * plausibility checks, the age limit of a measure and the transition at 18):
 * - the birthday of age A is the first day on which the age is reached: the birth date's day and
 *   month in year birth + A; for a person born 29 February, 1 March in a common year;
 * - the age on a day is the whole years reached by that day (the birthday itself counts);
 * - an age limit A ends payment the day before the birthday of age A (the birthday is not paid; a
 *   birthday on the 1st ends the row on the last day of the month before).
 * Birth dates come from CPR numbers (model/cpr.ts cprBirthDate: DOMAIN.md's century rule; modulus
 * 11 is not required).
 * For a million rows without an object each, the same rule on dates packed as one number
 * year × 10000 + month × 100 + day (dateKey; model/cpr.ts cprNumberBirthKey gives a CPR number's):
 * ageOnKeys. It equals ageOn on every pair of dates (test/age.test.ts compares them day by day):
 * the age grows when the day's month and day reach the birth's, so someone born 29 February,
 * whose 0229 no common year has, grows on 0301.
 * Exports: birthdayOf, ageOn, lastDayBeforeAge, dateKey, ageOnKeys.
 */
import { dayNumber, fromDayNumber, isLeapYear, type CivilDate } from './civil-date.js';

/** The first day of age `age` for a person born on `birth`. */
export function birthdayOf(birth: CivilDate, age: number): CivilDate {
  const year = birth.year + age;
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(year)) return { year, month: 3, day: 1 };
  return { year, month: birth.month, day: birth.day };
}

/** Whole years of age on `day` (negative before the birth). */
export function ageOn(birth: CivilDate, day: CivilDate): number {
  const years = day.year - birth.year;
  const reached = dayNumber(day) >= dayNumber(birthdayOf(birth, years));
  return reached ? years : years - 1;
}

/** The last day before the birthday of `age`: the last day an age limit of `age` pays. */
export function lastDayBeforeAge(birth: CivilDate, age: number): CivilDate {
  return fromDayNumber(dayNumber(birthdayOf(birth, age)) - 1);
}

/** A date as one number: year × 10000 + month × 100 + day. */
export function dateKey(d: CivilDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

/** ageOn for dates packed by dateKey (births from cprNumberBirthKey): whole years, negative before the birth. */
export function ageOnKeys(birthKey: number, dayKey: number): number {
  const birthYear = Math.floor(birthKey / 10000);
  const year = Math.floor(dayKey / 10000);
  return year - birthYear - (dayKey - year * 10000 < birthKey - birthYear * 10000 ? 1 : 0);
}
