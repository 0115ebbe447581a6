/**
 * Danish number, date, month and percent conventions, in one place for every reader.
 *
 * Exports: parseNumber, parseDate, parseMonth, parsePercent, parseYear, parseChange, Parsed.
 * Each parser takes the cell text and returns either { value } or { error, hint }; none of them
 * ever turns unreadable text into zero.
 */
import { isValidDate, type CivilDate, type YearMonth } from '../model/civil-date.js';
import { Money } from '../model/money.js';

/** An error may carry its own problem code (e.g. "probability-out-of-range"); else the caller's "unreadable-…" code is used. */
export type Parsed<T> = { readonly value: T; readonly error?: undefined } | { readonly value?: undefined; readonly error: string; readonly hint: string; readonly code?: string };

const fail = (error: string, hint: string): Parsed<never> => ({ error, hint });

const GROUPED_DOTS = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_SPACES = /^\d{1,3}( \d{3})+$/;
const PLAIN = /^\d+$/;

/**
 * Numbers as Danish Excel writes them: `1.234.567,89`, `1234567,89`, `-4.200.000`, and also
 * `1234567.89`. A comma is the decimal mark; dots are thousands separators when they group
 * digits by three (`1.234` is 1234), otherwise a single dot is a decimal point. A leading or
 * trailing minus (also U+2212), spaces as thousands separators and a `kr.` are accepted.
 */
export function parseNumber(raw: string): Parsed<Money> {
  let s = raw.trim().replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
  s = s.replace(/^kr\.?\s*/i, '').replace(/\s*kr\.?$/i, '').trim();
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.endsWith('-')) {
    negative = true;
    s = s.slice(0, -1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  const hint = 'skriv tallet som 1.234.567,89 eller 1234567,89';
  if (s === '') return fail('tallet mangler', hint);
  let intPart: string;
  let fracPart = '';
  const comma = s.indexOf(',');
  if (comma >= 0) {
    if (s.indexOf(',', comma + 1) >= 0) return fail('ulæseligt tal (flere kommaer)', hint);
    intPart = s.slice(0, comma);
    fracPart = s.slice(comma + 1);
    if (!/^\d+$/.test(fracPart)) return fail('ulæseligt tal', hint);
    if (intPart === '') intPart = '0';
  } else {
    intPart = s;
  }
  if (PLAIN.test(intPart)) {
    // plain digits
  } else if (GROUPED_DOTS.test(intPart)) {
    intPart = intPart.replace(/\./g, '');
  } else if (GROUPED_SPACES.test(intPart)) {
    intPart = intPart.replace(/ /g, '');
  } else if (comma < 0 && /^\d+\.\d+$/.test(intPart)) {
    [intPart, fracPart] = intPart.split('.') as [string, string];
  } else {
    return fail('ulæseligt tal', hint);
  }
  const text = `${negative ? '-' : ''}${intPart}${fracPart ? '.' + fracPart : ''}`;
  return { value: new Money(text) };
}

const DANISH_MONTHS: Readonly<Record<string, number>> = {
  jan: 1, januar: 1, january: 1, feb: 2, februar: 2, february: 2, mar: 3, mart: 3, marts: 3, march: 3,
  apr: 4, april: 4, maj: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

/** Dates `dd.mm.yyyy`, `dd-mm-yyyy`, `d.m.yyyy`, `dd/mm/yyyy` and `yyyy-mm-dd`. */
export function parseDate(raw: string): Parsed<CivilDate> {
  const s = raw.trim();
  const hint = 'skriv datoen som dd.mm.åååå, fx 01.03.2026';
  let m = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/.exec(s);
  let year: number, month: number, day: number;
  if (m) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$/.exec(s))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    return fail(s === '' ? 'datoen mangler' : 'ulæselig dato', hint);
  }
  if (!isValidDate(year, month, day)) return fail('datoen findes ikke', hint);
  return { value: { year, month, day } };
}

/** Months `yyyy-mm`, `mm-yyyy`, `mm.yyyy`, `mm/yyyy`, `jan 2026`, `januar 2026`, `2026M01`, or a full date. */
export function parseMonth(raw: string): Parsed<YearMonth> {
  const s = raw.trim();
  const hint = 'skriv måneden som åååå-mm, fx 2026-03';
  let year: number | undefined;
  let month: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})\s*[-./M]\s*(\d{1,2})$/i.exec(s))) {
    [year, month] = [Number(m[1]), Number(m[2])];
  } else if ((m = /^(\d{1,2})\s*[-./]\s*(\d{4})$/.exec(s))) {
    [month, year] = [Number(m[1]), Number(m[2])];
  } else if ((m = /^([a-zæøå]+)\.?[\s\-.]*(\d{4})$/i.exec(s))) {
    month = DANISH_MONTHS[m[1]!.toLowerCase()];
    year = Number(m[2]);
  } else {
    const date = parseDate(s);
    if (date.value) return { value: { year: date.value.year, month: date.value.month } };
    return fail(s === '' ? 'måneden mangler' : 'ulæselig måned', hint);
  }
  if (month === undefined || month < 1 || month > 12 || year < 1 || year > 9999) return fail('måneden findes ikke', hint);
  return { value: { year, month } };
}

/**
 * Probabilities: `40 %`, `40%`, `0,4`, `0.75`. A number above 1 without a percent sign is read
 * as a percent (`40` is 40 %) and flagged through `readAsPercent`. The result is a fraction 0-1;
 * values outside 0-100 % are errors.
 */
export function parsePercent(raw: string): Parsed<{ fraction: Money; readAsPercent: boolean }> {
  const s = raw.trim();
  const hint = 'skriv sandsynligheden som 40 % eller 0,4';
  const hasPercent = /%\s*$/.test(s);
  const n = parseNumber(hasPercent ? s.replace(/%\s*$/, '') : s);
  if (n.error !== undefined) return fail(s === '' ? 'sandsynligheden mangler' : 'ulæselig sandsynlighed', hint);
  let fraction = n.value;
  let readAsPercent = false;
  if (hasPercent) fraction = fraction.dividedBy(100);
  else if (fraction.greaterThan(1)) {
    fraction = fraction.dividedBy(100);
    readAsPercent = true;
  }
  if (fraction.isNegative() || fraction.greaterThan(1)) return { error: 'sandsynligheden skal ligge mellem 0 og 100 %', hint, code: 'probability-out-of-range' };
  return { value: { fraction, readAsPercent } };
}

/** A calendar year: four digits, 1900-9998 (`2027`; an xlsx number cell gives the same text). */
export function parseYear(raw: string): Parsed<number> {
  const s = raw.trim();
  const hint = 'skriv året med fire cifre, fx 2027';
  if (!/^\d{4}$/.test(s)) return fail(s === '' ? 'året mangler' : 'ulæseligt år', hint);
  const year = Number(s);
  if (year < 1900 || year > 9998) return fail('året skal ligge mellem 1900 og 9998', hint);
  return { value: year };
}

/**
 * A yearly change in percent: `3,25`, `3,25 %`, `3.25%` and `-1,5 %` all mean the percent written
 * (3,25 is 3,25 %, not 325 %). Must be above −100 % (a price cannot fall to nothing); the result
 * is the percent as written.
 */
export function parseChange(raw: string): Parsed<Money> {
  const s = raw.trim();
  const hint = 'skriv procenten som 3,25 eller 3,25 %';
  const n = parseNumber(s.replace(/%\s*$/, ''));
  if (n.error !== undefined) return fail(s === '' ? 'procenten mangler' : 'ulæselig procent', hint);
  if (!n.value.greaterThan(-100)) return { error: 'en prisændring skal være over -100 %', hint, code: 'invalid-price-change' };
  return { value: n.value };
}
