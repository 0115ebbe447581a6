/**
 * The age limit of a measure (foranstaltninger's Aldersgrænse), applied to its rows in every year
 * of the horizon, the budget year included: a row of a case with a valid CPR number (a birth date
 * by DOMAIN.md's century rule; modulus 11 is not required) ends no later than the day before the
 * birthday of that age (model/age.ts, the one birthday rule: the birthday itself is not paid; born
 * 29 February, 28 February is the last paid day in a common year). A case reference that is no
 * valid CPR number is not cut. The same rule ends the disposition rows of the measure and the
 * transitions into it (methods/transition.ts).
 *
 * Exports: ageLimitStop, cutAtAgeLimit, withAgeLimits.
 */
import { lastDayBeforeAge } from '../model/age.js';
import { dayNumber, type CivilDate } from '../model/civil-date.js';
import { cprBirthDate } from '../model/cpr.js';
import type { Measure } from '../model/measure.js';

/** The last day an age limit pays for the case, or null (no limit, or no valid CPR number). */
export function ageLimitStop(caseRef: string, ageLimit: number | null): CivilDate | null {
  if (ageLimit === null) return null;
  const birth = cprBirthDate(caseRef);
  return birth === null ? null : lastDayBeforeAge(birth, ageLimit);
}

/**
 * The row as the age limit leaves it: with its stop moved to the last paid day when that is
 * earlier than its own stop (or it has none); the row itself otherwise. A row that starts after
 * the last paid day keeps a stop before its start and pays nothing.
 */
export function cutAtAgeLimit<T extends { readonly caseRef: string; readonly stop: CivilDate | null }>(row: T, ageLimit: number | null): T {
  const last = ageLimitStop(row.caseRef, ageLimit);
  if (last === null || (row.stop !== null && dayNumber(row.stop) <= dayNumber(last))) return row;
  return { ...row, stop: last };
}

/** Every row cut by its measure's age limit, in the same order (the same array when no measure has a limit). */
export function withAgeLimits<T extends { readonly caseRef: string; readonly stop: CivilDate | null; readonly measure: string }>(rows: readonly T[], measures: readonly Measure[]): readonly T[] {
  const limitOf = new Map<string, number>();
  for (const m of measures) if (m.ageLimit !== null && !limitOf.has(m.name)) limitOf.set(m.name, m.ageLimit);
  if (limitOf.size === 0) return rows;
  return rows.map((row) => {
    const limit = limitOf.get(row.measure);
    return limit === undefined ? row : cutAtAgeLimit(row, limit);
  });
}
