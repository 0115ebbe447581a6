/**
 * Civil dates (year, month, day) and year-months, with no time zone anywhere.
 *
 * Exports: CivilDate, YearMonth, dayNumber, fromDayNumber, daysInMonth, daysInYear, isValidDate,
 * addMonthsClamped, compareDates, compareYearMonth, yearMonthIndex, fromYearMonthIndex, isLeapYear, formatDate,
 * formatYearMonth, NO_STOP_YEAR, knownStop.
 * Day numbers count days since 1970-01-01 (proleptic Gregorian) and are only used for arithmetic.
 */

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

export interface YearMonth {
  readonly year: number;
  readonly month: number; // 1-12
}

/** Stop dates in this year (01.01.9999, 31.12.9999 ...) mean "no known stop". */
export const NO_STOP_YEAR = 9999;

/** A stop date as the forecast uses it: null for blank or a date in NO_STOP_YEAR. */
export function knownStop(stop: CivilDate | null): CivilDate | null {
  return stop === null || stop.year === NO_STOP_YEAR ? null : stop;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function dayNumber(d: CivilDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Adds whole months the way Excel's EDATE does: 31.10 + 1 month = 30.11. */
export function addMonthsClamped(d: CivilDate, months: number): CivilDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year !== b.year ? a.year - b.year : a.month !== b.month ? a.month - b.month : a.day - b.day;
}

/** A month as one integer (year × 12 + month − 1), for comparing and stepping. */
export function yearMonthIndex(ym: YearMonth): number {
  return ym.year * 12 + ym.month - 1;
}

export function fromYearMonthIndex(index: number): YearMonth {
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}

export function compareYearMonth(a: YearMonth, b: YearMonth): number {
  return yearMonthIndex(a) - yearMonthIndex(b);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Danish form: dd.mm.yyyy */
export function formatDate(d: CivilDate): string {
  return `${pad2(d.day)}.${pad2(d.month)}.${String(d.year).padStart(4, '0')}`;
}

/** yyyy-mm */
export function formatYearMonth(ym: YearMonth): string {
  return `${String(ym.year).padStart(4, '0')}-${pad2(ym.month)}`;
}
