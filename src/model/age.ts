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
 * Exports: birthdayOf, ageOn, lastDayBeforeAge.
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
