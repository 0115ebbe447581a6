/**
 * CPR numbers are personal data: outside the user's own workbook they are only ever shown masked.
 *
 * Exports: looksLikeCpr, maskCpr, maskCprsInText, cprBirthDate, cprNumberBirthKey, passesModulus11, cprNumber.
 */
import { isValidDate, type CivilDate } from './civil-date.js';

const CPR_SHAPE = /^(\d{6})-?(\d{4})$/;
const CPR_IN_TEXT = /(?<!\d)(\d{6})-?(\d{4})(?!\d)/g;

/** Ten digits, optionally with a hyphen after the sixth. */
export function looksLikeCpr(value: string): boolean {
  return CPR_SHAPE.test(value.trim());
}

/** DDMMYY-xxxx for a CPR-shaped value; any other case reference is returned unchanged. */
export function maskCpr(value: string): string {
  const m = CPR_SHAPE.exec(value.trim());
  return m ? `${m[1]}-xxxx` : value;
}

/** Masks every CPR-shaped run of digits inside a longer text (a last line of defence for messages). */
export function maskCprsInText(text: string): string {
  return text.replace(CPR_IN_TEXT, (_all, birth: string) => `${birth}-xxxx`);
}

const scratch = new Int8Array(10);

/** Reads the ten digits of a CPR-shaped value into `scratch` (no regex, no allocation); false when not CPR-shaped. */
function readDigits(value: string): boolean {
  const s = value.length === 10 || value.length === 11 ? value : value.trim();
  const hyphen = s.length === 11;
  if (s.length !== 10 && !hyphen) return false;
  if (hyphen && s.charCodeAt(6) !== 45) return false;
  for (let i = 0, k = 0; i < s.length; i++) {
    if (hyphen && i === 6) continue;
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    scratch[k++] = d;
  }
  return true;
}

/**
 * The birth date a CPR-shaped value encodes (DOMAIN.md's century rule on the 7th digit), or null
 * when the value is not CPR-shaped or the date cannot exist (e.g. 310226-…). Not for display.
 */
export function cprBirthDate(value: string): CivilDate | null {
  if (!readDigits(value)) return null;
  const day = scratch[0]! * 10 + scratch[1]!;
  const month = scratch[2]! * 10 + scratch[3]!;
  const year = birthYear(day, month, scratch[4]! * 10 + scratch[5]!, scratch[6]!);
  return year < 0 ? null : { year, month, day };
}

/**
 * The birth date of a CPR number as cprNumber() gives it (0 ≤ n < 10^10), as one number
 * year × 10000 + month × 100 + day (what cprBirthDate gives for the text), or -1 when it cannot
 * exist. For counting a million cases without an object each.
 */
export function cprNumberBirthKey(n: number): number {
  const first6 = Math.floor(n / 10000);
  const day = Math.floor(first6 / 10000);
  const month = Math.floor(first6 / 100) % 100;
  const year = birthYear(day, month, first6 % 100, Math.floor(n / 1000) % 10);
  return year < 0 ? -1 : year * 10000 + month * 100 + day;
}

/** DD, MM, YY and the 7th digit → the birth year by the century rule, or -1 when the date cannot exist. */
function birthYear(day: number, month: number, yy: number, seventh: number): number {
  let century: number;
  if (seventh <= 3) century = 1900;
  else if (seventh === 4 || seventh === 9) century = yy <= 36 ? 2000 : 1900;
  else century = yy <= 57 ? 2000 : 1800;
  const year = century + yy;
  return isValidDate(year, month, day) ? year : -1;
}

/** The ten digits of a CPR-shaped value as one number (with or without the hyphen alike), or -1. */
export function cprNumber(value: string): number {
  if (!readDigits(value)) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) n = n * 10 + scratch[i]!;
  return n;
}

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** The old modulus-11 check (weights 4 3 2 7 6 5 4 3 2 1). Not mandatory since 2007: failing it is at most a warning. */
export function passesModulus11(value: string): boolean {
  if (!readDigits(value)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += scratch[i]! * WEIGHTS[i]!;
  return sum % 11 === 0;
}
