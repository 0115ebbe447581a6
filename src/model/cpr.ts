/**
 * CPR numbers are personal data: outside the user's own workbook they are only ever shown masked.
 *
 * Exports: looksLikeCpr, maskCpr, maskCprsInText, cprBirthDate, passesModulus11.
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

/**
 * The birth date a CPR-shaped value encodes (DOMAIN.md's century rule on the 7th digit), or null
 * when the value is not CPR-shaped or the date cannot exist (e.g. 310226-…). Not for display.
 */
export function cprBirthDate(value: string): CivilDate | null {
  const m = CPR_SHAPE.exec(value.trim());
  if (!m) return null;
  const day = Number(m[1]!.slice(0, 2));
  const month = Number(m[1]!.slice(2, 4));
  const yy = Number(m[1]!.slice(4, 6));
  const seventh = Number(m[2]![0]);
  let century: number;
  if (seventh <= 3) century = 1900;
  else if (seventh === 4 || seventh === 9) century = yy <= 36 ? 2000 : 1900;
  else century = yy <= 57 ? 2000 : 1800;
  const year = century + yy;
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** The old modulus-11 check (weights 4 3 2 7 6 5 4 3 2 1). Not mandatory since 2007: failing it is at most a warning. */
export function passesModulus11(value: string): boolean {
  const m = CPR_SHAPE.exec(value.trim());
  if (!m) return false;
  const digits = (m[1]! + m[2]!).split('').map(Number);
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return digits.reduce((sum, d, i) => sum + d * weights[i]!, 0) % 11 === 0;
}
