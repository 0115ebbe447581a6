/**
 * The fast path of dispositioner → Disposition for big sheets: the common cell forms (rates like
 * 1.234,56 / -4250 / 3188,5, dates dd.mm.yyyy, known units and statuses) are read straight from
 * the characters, and equal rates and dates share one immutable value; the cells of the extra
 * columns (read/extra-columns.ts) are cut from the line, equal texts sharing one string.
 *
 * Exports: fastDispositionConverter.
 * fastDispositionConverter(table, columns) gives a per-table function: row → the Disposition that
 * toDisposition (read/tables/dispositions.ts) makes of it, or undefined when the row has anything
 * else (a blank required cell, another number or date form, an unknown unit ...). The caller then
 * uses toDisposition, which records the problems; so every error stays where it was.
 * test/dispositions-fast.test.ts compares the two on random rows.
 */
import { isValidDate, NO_STOP_YEAR, type CivilDate } from '../../model/civil-date.js';
import { RATE_UNIT_ALIASES, STATUS_ALIASES, type Disposition, type DispositionStatus, type RateUnit } from '../../model/disposition.js';
import type { Money } from '../../model/money.js';
import { moneyFromOre } from '../../model/ore.js';
import { CellMemo } from '../cell-memo.js';
import { matchAlias } from '../../model/names.js';
import { TextRow } from '../csv-simple.js';
import { extraColumnsOf } from '../extra-columns.js';
import { rowLocation } from '../row-location.js';
import type { RawRow, RawTable } from '../raw-table.js';
import { TABLES, type ColumnMap } from '../../model/table-schema.js';

/** Distinct dates remembered per table (a value object each; the rows share them). */
const MEMO_LIMIT = 1 << 20;
const RATE_SLOT_BITS = 18;
const RATE_SLOTS = 1 << RATE_SLOT_BITS;

export function fastDispositionConverter(table: RawTable, columns: ColumnMap): (row: RawRow) => Disposition | undefined {
  const at = (key: string): number => columns.get(key) ?? -1;
  const iCase = at('caseRef');
  const iMeasure = at('measure');
  const iRate = at('rate');
  const iUnit = at('unit');
  const iStart = at('start');
  const iStop = at('stop');
  const iStatus = at('status');
  const extras = extraColumnsOf(table, TABLES.dispositions).indexes;
  const strings = new CellMemo();
  // Rates: a direct-mapped cache (a slot per hash of the øre, the newest value wins): no rehashing
  // however many distinct rates a sheet has. Dates are few: a Map.
  const rateKeys = new Float64Array(RATE_SLOTS).fill(NaN);
  const rateValues: (Money | undefined)[] = new Array<Money | undefined>(RATE_SLOTS);
  const dates = new Map<number, CivilDate>();

  const rateOf = (ore: number | undefined): Money | undefined => {
    if (ore === undefined) return undefined;
    const slot = (Math.imul(ore | 0, 0x9e3779b1) ^ Math.floor(ore / 4294967296)) >>> (32 - RATE_SLOT_BITS);
    if (rateKeys[slot] === ore) return rateValues[slot];
    const m = moneyFromOre(ore);
    rateKeys[slot] = ore;
    rateValues[slot] = m;
    return m;
  };
  const dateOf = (key: number | undefined): CivilDate | undefined => {
    if (key === undefined) return undefined;
    let d = dates.get(key);
    if (d === undefined) {
      d = { year: Math.floor(key / 10000), month: Math.floor(key / 100) % 100, day: key % 100 };
      if (dates.size < MEMO_LIMIT) dates.set(key, d);
    }
    return d;
  };

  const widest = Math.max(iCase, iMeasure, iRate, iUnit, iStart, iStop, iStatus, ...extras);
  const from = new Int32Array(widest + 2);
  const to = new Int32Array(widest + 2);

  /** Cells of a CSV row in place: from[i], to[i] bound cell i trimmed (from = to when absent). */
  const locate = (row: TextRow): void => {
    const { text, end } = row;
    const d = row.delimiter.charCodeAt(0);
    let pos = row.start;
    for (let i = 0; i <= widest; i++) {
      if (pos > end) {
        from[i] = to[i] = 0;
        continue;
      }
      let stop = pos;
      while (stop < end && text.charCodeAt(stop) !== d) stop++;
      let a = pos;
      let b = stop;
      while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
      while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
      from[i] = a;
      to[i] = b;
      pos = stop + 1;
    }
  };

  // Measures, units and statuses are few distinct texts: recognised in place, without a new string per row.
  // So are most extra columns' (institutions, caseworkers).
  const few = new FewTexts(strings);
  const fewExtra = extras.map(() => new FewTexts(strings));

  const build = (line: number, caseText: string, measure: string, rate: Money | undefined, unitText: string, statusText: string,
    start: CivilDate | undefined, stopAsWritten: CivilDate | null | undefined, extra: (() => string[]) | undefined): Disposition | undefined => {
    if (caseText === '' || measure === '' || rate === undefined) return undefined;
    const unit: RateUnit | undefined = unitText === '' ? 'måned' : matchAlias(unitText, RATE_UNIT_ALIASES);
    const status: DispositionStatus | undefined = statusText === '' ? 'aktuel' : matchAlias(statusText, STATUS_ALIASES);
    if (unit === undefined || status === undefined || start === undefined || stopAsWritten === undefined) return undefined;
    const caseRef = caseText.length < 13 ? caseText : strings.keep(caseText);
    // The same location as toDisposition's (RowCells.location(), which also remembers the columns for later checks).
    const stop = stopAsWritten === null || stopAsWritten.year === NO_STOP_YEAR ? null : stopAsWritten;
    const source = rowLocation(table, columns, line);
    // Two literals, not a spread: a million rows, each without a throw-away object.
    return extra === undefined
      ? { caseRef, measure, rate, unit, start, status, stopAsWritten, stop, source }
      : { caseRef, measure, rate, unit, start, status, stopAsWritten, stop, source, extra: extra() };
  };

  return (row: RawRow): Disposition | undefined => {
    if (row instanceof TextRow && row.delimiter.length === 1) {
      locate(row);
      const text = row.text;
      return build(row.line, cut(text, iCase, from, to), few.get(text, iMeasure, from, to),
        iRate < 0 ? undefined : rateOf(danishOre(text, from[iRate]!, to[iRate]!)),
        few.get(text, iUnit, from, to), few.get(text, iStatus, from, to),
        iStart < 0 ? undefined : dateOf(dateKey(text, from[iStart]!, to[iStart]!)),
        iStop < 0 || from[iStop] === to[iStop] ? null : dateOf(dateKey(text, from[iStop]!, to[iStop]!)),
        extras.length === 0 ? undefined : () => extras.map((i, k) => fewExtra[k]!.get(text, i, from, to)));
    }
    const cells = row.cells;
    const cell = (i: number): string => (i < 0 ? '' : (cells[i] ?? '').trim());
    const rateText = cell(iRate);
    const startText = cell(iStart);
    const stopText = cell(iStop);
    return build(row.line, cell(iCase), strings.keep(cell(iMeasure)), rateOf(danishOre(rateText, 0, rateText.length)), cell(iUnit), cell(iStatus),
      dateOf(dateKey(startText, 0, startText.length)), stopText === '' ? null : dateOf(dateKey(stopText, 0, stopText.length)),
      extras.length === 0 ? undefined : () => extras.map((i) => strings.keep(cell(i))));
  };
}

/** Cell i of a located row as a string ('' when the column is absent). */
function cut(text: string, i: number, from: Int32Array, to: Int32Array): string {
  return i < 0 ? '' : text.slice(from[i]!, to[i]!);
}

/** Recognises a handful of recurring cell texts in place; returns the one shared string for each. */
class FewTexts {
  private readonly known: string[] = [];

  constructor(private readonly strings: CellMemo) {}

  get(text: string, i: number, from: Int32Array, to: Int32Array): string {
    if (i < 0) return '';
    const a = from[i]!;
    const length = to[i]! - a;
    if (length === 0) return '';
    for (const k of this.known) if (k.length === length && text.startsWith(k, a)) return k;
    const own = this.strings.keep(text.slice(a, a + length));
    if (this.known.length < 32) this.known.push(own);
    return own;
  }
}

/** The characters String.prototype.trim removes. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const D0 = 48;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Øre of a trimmed cell s[begin, n) in the forms parseNumber reads the same way: an optional leading minus,
 * digits either plain or grouped by thousands dots (1.234.567), and an optional decimal comma with
 * one or two digits. At most 13 integer digits, so |øre| < 10^15. Anything else (and "-0", which
 * parseNumber reads as negative zero): undefined.
 */
function danishOre(s: string, begin: number, n: number): number | undefined {
  let i = begin;
  const negative = n > begin && s.charCodeAt(begin) === 45;
  if (negative) i++;
  let kr = 0;
  let digits = 0;
  let group = -1; // digits since the last dot; -1 = no dot seen
  let lead = 0; // digits before the first dot
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      kr = kr * 10 + (c - D0);
      digits++;
      if (group >= 0) group++;
      else lead++;
    } else if (c === 46) {
      if (group >= 0 ? group !== 3 : lead < 1 || lead > 3) return undefined;
      group = 0;
    } else break;
  }
  if (digits === 0 || digits > 13 || (group >= 0 && group !== 3)) return undefined;
  let ore = kr * 100;
  if (i < n) {
    if (s.charCodeAt(i) !== 44) return undefined;
    const fraction = n - i - 1;
    if (fraction < 1 || fraction > 2) return undefined;
    const c1 = s.charCodeAt(i + 1);
    if (!isDigit(c1)) return undefined;
    ore += (c1 - D0) * 10;
    if (fraction === 2) {
      const c2 = s.charCodeAt(i + 2);
      if (!isDigit(c2)) return undefined;
      ore += c2 - D0;
    }
  }
  if (negative) return ore === 0 ? undefined : -ore;
  return ore;
}

/** yyyymmdd of a trimmed s[begin, end) dd.mm.yyyy (or dd-mm-yyyy, dd/mm/yyyy) date that exists; else undefined. */
function dateKey(s: string, begin: number, end: number): number | undefined {
  if (end - begin !== 10) return undefined;
  const s1 = s.charCodeAt(begin + 2);
  const s2 = s.charCodeAt(begin + 5);
  if ((s1 !== 46 && s1 !== 45 && s1 !== 47) || (s2 !== 46 && s2 !== 45 && s2 !== 47)) return undefined;
  let value = 0;
  for (let k = 0; k < 10; k++) {
    if (k === 2 || k === 5) continue;
    const c = s.charCodeAt(begin + k);
    if (!isDigit(c)) return undefined;
    value = value * 10 + (c - D0);
  }
  // value = ddmmyyyy
  const day = Math.floor(value / 1000000);
  const month = Math.floor(value / 10000) % 100;
  const year = value % 10000;
  return isValidDate(year, month, day) ? year * 10000 + month * 100 + day : undefined;
}
