/**
 * Danish number, date, month and percent conventions, in one place for every reader.
 *
 * Exports: parseNumber, parseDate, parseMonth, parsePercent, parseYear, parseChange, Parsed, ParseMemo, frontCounts,
 * parseNumberGeneral, parseDateGeneral (the general rules alone, for tests).
 * Each parser takes the cell text and returns either { value } or { error, hint }; none of them
 * ever turns unreadable text into zero. Given a ParseMemo (read/cell-memo.ts gives one per table
 * and parser), a parser remembers its results there and equal cells share one immutable value.
 *
 * parseNumber and parseDate have a fast front: the common forms (`1.234,56`, `-4250`, `1234.5`;
 * `dd.mm.yyyy`, `dd-mm-yyyy`, `yyyy-mm-dd`) are read straight from the characters into a number
 * that stands for the value (øre; yyyymmdd), remembered by that key; everything else goes on to
 * the general rules, which decide and word the errors. The front gives exactly what the general
 * rules give (test/conventions.test.ts compares them on random strings). frontCounts counts the
 * texts each path read (test/fast-paths.test.ts checks that a real run reads its common forms
 * through the fronts).
 */
import { isValidDate, type CivilDate, type YearMonth } from '../model/civil-date.js';
import { Money } from '../model/money.js';
import { moneyFromOre } from '../model/ore.js';

/** An error may carry its own problem code (e.g. "probability-out-of-range"); else the caller's "unreadable-…" code is used. */
export type Parsed<T> = { readonly value: T; readonly error?: undefined } | { readonly value?: undefined; readonly error: string; readonly hint: string; readonly code?: string };

/**
 * Where one table remembers parse results (read/cell-memo.ts gives one per parser): the values of
 * a fast front by key (equal keys, one shared value), the general rules' results by text.
 */
export interface ParseMemo<T> {
  /** The result remembered for key, else make(key) (then remembered). */
  byKey(key: number, make: (key: number) => Parsed<T>): Parsed<T>;
  /** The result remembered for text, else rules(text) (then remembered, while texts repeat enough). */
  byText(text: string, rules: (text: string) => Parsed<T>): Parsed<T>;
}

/** Texts parseNumber and parseDate read with their fast front, and with the general rules, since the counts were last set to 0. */
export const frontCounts = { number: { front: 0, general: 0 }, date: { front: 0, general: 0 } };

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
export function parseNumber(raw: string, memo?: ParseMemo<Money>): Parsed<Money> {
  const ore = numberKey(raw);
  if (ore !== undefined) {
    frontCounts.number.front++;
    return memo === undefined ? moneyOfKey(ore) : memo.byKey(ore, moneyOfKey);
  }
  frontCounts.number.general++;
  return memo === undefined ? parseNumberGeneral(raw) : memo.byText(raw, parseNumberGeneral);
}

const moneyOfKey = (ore: number): Parsed<Money> => ({ value: moneyFromOre(ore) });

/** parseNumber without its fast front: the general rules, for every form. */
export function parseNumberGeneral(raw: string): Parsed<Money> {
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

const D0 = 48;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The characters String.prototype.trim removes. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first and last index + 1 of s without the white space trim() removes. */
function trimmedStart(s: string): number {
  let i = 0;
  while (i < s.length && isWhiteSpace(s.charCodeAt(i))) i++;
  return i;
}
function trimmedEnd(s: string, start: number): number {
  let i = s.length;
  while (i > start && isWhiteSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The fast front of parseNumber: the øre of the trimmed text in the forms the general rules read
 * the same way, else undefined. Forms: an optional leading minus; digits, plain or grouped by
 * thousands dots (`1.234.567`); then either a decimal comma with one or two digits, or (plain
 * digits only) a decimal point with one or two digits (`1234.5`, as the xlsx reader writes
 * numbers). At most 13 digits in all, so |øre| < 10^15. Not `-0` (the general rules read it as
 * negative zero).
 */
function numberKey(s: string): number | undefined {
  const begin = trimmedStart(s);
  const end = trimmedEnd(s, begin);
  let i = begin;
  const negative = i < end && s.charCodeAt(i) === 45;
  if (negative) i++;
  let digits = 0;
  let n = 0; // the digits read, as an integer
  let dots = 0;
  let lead = 0; // digits before the first dot
  let group = 0; // digits since the last dot (or since the start)
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      n = n * 10 + (c - D0);
      digits++;
      group++;
    } else if (c === 46) {
      if (dots === 0) {
        if (group === 0) return undefined;
        lead = group;
      } else if (group !== 3) return undefined;
      dots++;
      group = 0;
    } else break;
  }
  if (digits === 0 || digits > 13) return undefined;
  // Thousands dots: the first group has one to three digits, every later one three.
  const grouped = dots > 0 && lead <= 3 && group === 3;
  let ore: number;
  if (i < end) {
    // A decimal comma and one or two digits, after plain or grouped digits.
    if (s.charCodeAt(i) !== 44 || (dots > 0 && !grouped)) return undefined;
    const fraction = end - i - 1;
    if (fraction < 1 || fraction > 2) return undefined;
    const c1 = s.charCodeAt(i + 1);
    if (!isDigit(c1)) return undefined;
    ore = n * 100 + (c1 - D0) * 10;
    if (fraction === 2) {
      const c2 = s.charCodeAt(i + 2);
      if (!isDigit(c2)) return undefined;
      ore += c2 - D0;
    }
  } else if (dots === 0 || grouped) {
    ore = n * 100;
  } else if (dots === 1 && (group === 1 || group === 2)) {
    // One decimal point with one or two digits (not three: `1.234` is grouped, `1234.567` has three decimals).
    ore = group === 1 ? n * 10 : n;
  } else return undefined;
  if (negative) return ore === 0 ? undefined : -ore;
  return ore;
}

const DANISH_MONTHS: Readonly<Record<string, number>> = {
  jan: 1, januar: 1, january: 1, feb: 2, februar: 2, february: 2, mar: 3, mart: 3, marts: 3, march: 3,
  apr: 4, april: 4, maj: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

/** Dates `dd.mm.yyyy`, `dd-mm-yyyy`, `d.m.yyyy`, `dd/mm/yyyy` and `yyyy-mm-dd`. */
export function parseDate(raw: string, memo?: ParseMemo<CivilDate>): Parsed<CivilDate> {
  const key = dateKey(raw);
  if (key !== undefined) {
    frontCounts.date.front++;
    return memo === undefined ? dateOfKey(key) : memo.byKey(key, dateOfKey);
  }
  frontCounts.date.general++;
  return memo === undefined ? parseDateGeneral(raw) : memo.byText(raw, parseDateGeneral);
}

const dateOfKey = (key: number): Parsed<CivilDate> => ({ value: { year: Math.floor(key / 10000), month: Math.floor(key / 100) % 100, day: key % 100 } });

/**
 * The fast front of parseDate: yyyymmdd of a trimmed text of ten characters that is a date that
 * exists, written `dd.mm.yyyy` (each separator `.`, `-` or `/`) or `yyyy-mm-dd`; else undefined.
 */
function dateKey(s: string): number | undefined {
  const begin = trimmedStart(s);
  if (trimmedEnd(s, begin) - begin !== 10) return undefined;
  const iso = s.charCodeAt(begin + 4) === 45 && s.charCodeAt(begin + 7) === 45;
  if (!iso) {
    const s1 = s.charCodeAt(begin + 2);
    const s2 = s.charCodeAt(begin + 5);
    if ((s1 !== 46 && s1 !== 45 && s1 !== 47) || (s2 !== 46 && s2 !== 45 && s2 !== 47)) return undefined;
  }
  let value = 0;
  for (let k = 0; k < 10; k++) {
    if (iso ? k === 4 || k === 7 : k === 2 || k === 5) continue;
    const c = s.charCodeAt(begin + k);
    if (!isDigit(c)) return undefined;
    value = value * 10 + (c - D0);
  }
  // value is yyyymmdd or ddmmyyyy
  const year = iso ? Math.floor(value / 10000) : value % 10000;
  const month = iso ? Math.floor(value / 100) % 100 : Math.floor(value / 10000) % 100;
  const day = iso ? value % 100 : Math.floor(value / 1000000);
  return isValidDate(year, month, day) ? year * 10000 + month * 100 + day : undefined;
}

/** parseDate without its fast front: the general rules, for every form. */
export function parseDateGeneral(raw: string): Parsed<CivilDate> {
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
export function parseMonth(raw: string, memo?: ParseMemo<YearMonth>): Parsed<YearMonth> {
  return memo === undefined ? readMonth(raw) : memo.byText(raw, readMonth);
}

function readMonth(raw: string): Parsed<YearMonth> {
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
export function parsePercent(raw: string, memo?: ParseMemo<{ fraction: Money; readAsPercent: boolean }>): Parsed<{ fraction: Money; readAsPercent: boolean }> {
  return memo === undefined ? readPercent(raw) : memo.byText(raw, readPercent);
}

function readPercent(raw: string): Parsed<{ fraction: Money; readAsPercent: boolean }> {
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
