/**
 * CPR numbers are personal data: outside the user's own workbook they are only ever shown masked.
 *
 * Exports: looksLikeCpr, maskCpr, maskCprsInText, cprBirthDate, cprNumberBirthKey, passesModulus11, cprNumber.
 *
 * maskCprsInText is the one mask every human- or JSON-bound text passes through at the edge (the
 * renderers, the problem printer, stderr, progress lines): it finds a CPR by its date and digits,
 * DDMMYY then four digits, inside longer text and in any of the forms people and programs write
 * them: `020709-5001`, `0207095001`, `150312 4005`, `150312–4005` (any dash or hyphen), `15.03.12-4005`,
 * with the digits split by at most one separator or escape. Separators (dash, hyphen, space, dot,
 * slash) count only where a CPR has them (after DD, MM and YY; a dot not after YY), so an amount like
 * `1.210.000.000,00` or a number like `141243.6099` is left alone; escapes and invisible characters (`\x09`, a JSON `\u0009` or `\t`, a control
 * character, a zero-width space) count anywhere. The first six digits must be a day 01-31 and a
 * month 01-12, and ten digits followed by a decimal part are an amount (JSON's "2301276453.19").
 * Each match becomes DDMMYY-xxxx. `strict` (problems: ProblemList) also masks every plain run of six
 * digits, an optional hyphen and four digits, whatever its date: a problem never needs to show one.
 */
import { isValidDate, type CivilDate } from './civil-date.js';

const CPR_SHAPE = /^(\d{6})-?(\d{4})$/;

/** Ten digits, optionally with a hyphen after the sixth. */
export function looksLikeCpr(value: string): boolean {
  return CPR_SHAPE.test(value.trim());
}

/** DDMMYY-xxxx for a CPR-shaped value; any other case reference is returned unchanged. */
export function maskCpr(value: string): string {
  const m = CPR_SHAPE.exec(value.trim());
  return m ? `${m[1]}-xxxx` : value;
}

/** An escape as our messages (\x09), JSON (\u0009, \t, also doubled) or JS (\u{9}) write it, or an invisible character. */
const ESC = String.raw`(?:\\{1,2}(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]{1,6}\}|[tnrbfv0])|[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2060-\u2064\ufeff])`;
/**
 * A separator where a CPR has one (after DD, MM, YY): any dash or hyphen, a space of any kind, a
 * dot, a slash, a ? or U+FFFD (a dash an encoding could not hold) - or an escape.
 */
const SEP = String.raw`(?:[-./?\ufffd\s\u00a0\u2010-\u2015\u2212\u202f\u2007\u2009\ufe63\uff0d]|${ESC})`;
/** Before the four last digits the same, but no dot: `141243.6099` is a number with decimals. */
const SEP_SERIAL = String.raw`(?:[-/?\ufffd\s\u00a0\u2010-\u2015\u2212\u202f\u2007\u2009\ufe63\uff0d]|${ESC})`;
const D = String.raw`(\d)`;
const E = `${ESC}?`;
/** Where a CPR has a separator, a separator and an escape may both stand (`01.01\\t.00-0000`). */
const S = `${SEP}{0,2}`;
const S_SERIAL = `${SEP_SERIAL}{0,2}`;
// Not after a digit, nor after a decimal mark that follows one (the decimals of a number).
const CPR_ANY = new RegExp(`(?<!\\d)(?<!\\d[.,])${D}${E}${D}${S}${D}${E}${D}${S}${D}${E}${D}${S_SERIAL}${D}${E}${D}${E}${D}${E}${D}(?!\\d)`, 'g');
/** Strict: any six digits, an optional hyphen and four digits (problems: no date needed). */
const TEN_DIGITS = /(?<!\d)(\d{6})-?(\d{4})(?!\d)/g;
/** A cheap pre-test: no ten digits, no CPR. */
const DIGIT = /\d/g;

/**
 * The one CPR mask (see the header): every CPR in `text`, in any written form, becomes DDMMYY-xxxx;
 * everything else is left as it is (with `strict`, every plain ten-digit run too). Linear in the text's length.
 */
export function maskCprsInText(text: string, options: { readonly strict?: boolean } = {}): string {
  if (options.strict) text = text.replace(TEN_DIGITS, (_all, birth: string) => `${birth}-xxxx`);
  if (text.length < 10) return text;
  DIGIT.lastIndex = 0;
  let digits = 0;
  while (DIGIT.exec(text) !== null) if (++digits >= 10) break;
  if (digits < 10) return text;
  let out = '';
  let from = 0;
  CPR_ANY.lastIndex = 0;
  for (let m = CPR_ANY.exec(text); m !== null; m = CPR_ANY.exec(text)) {
    const day = Number(m[1]) * 10 + Number(m[2]);
    const month = Number(m[3]) * 10 + Number(m[4]);
    const end = m.index + m[0].length;
    // Ten digits with a decimal part are an amount ("2301276453.19", "1210000000,00"), not a CPR.
    const decimals = (text[end] === '.' || text[end] === ',') && end + 1 < text.length && text.charCodeAt(end + 1) >= 48 && text.charCodeAt(end + 1) <= 57;
    if (day < 1 || day > 31 || month < 1 || month > 12 || decimals) {
      CPR_ANY.lastIndex = m.index + 1; // a CPR may begin inside this run, after a separator
      continue;
    }
    out += text.slice(from, m.index) + `${m[1]}${m[2]}${m[3]}${m[4]}${m[5]}${m[6]}-xxxx`;
    from = m.index + m[0].length;
  }
  return from === 0 ? text : out + text.slice(from);
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
