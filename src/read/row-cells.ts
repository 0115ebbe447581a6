/**
 * Typed access to one row's cells, each read by its column's index (RawRow.trimmed: a CSV row is
 * never split for it). The schema (model/table-schema.ts) drives the reading: a column's type
 * picks its parser (amount, rate and count → parseNumber; date → parseDate; month → parseMonth;
 * percent → parsePercent; year → parseYear; change → parseChange; a per-year column such as
 * `Budget 2027` as its column) and its `required` decides whether a blank cell is an error. A converter
 * asks for a value by key with the getter of its type; asking for a column with another type's
 * getter is a programming error, thrown at once (test/row-cells.test.ts reads every table's
 * columns by their types). Each getter parses with read/conventions.ts, with the table's CellMemo,
 * and records a problem (file, line, column, value, hint) instead of guessing; it returns
 * undefined on error. Every number must be below 10^13 and an amount (the schema's `amount` type:
 * Budget, Pulje, Restpulje, Skøn, Beløb) whole øre ("invalid-amount"). convertTable reads a whole table through one RowCells, moved from row to row.
 *
 * Exports: RowCells, GETTER_OF_TYPE.
 */
import type { CivilDate, YearMonth } from '../model/civil-date.js';
import { RATE_UNIT_ALIASES, RATE_UNITS, type RateUnit } from '../model/disposition.js';
import { matchAlias } from '../model/names.js';
import type { Money } from '../model/money.js';
import type { ProblemList } from '../model/problem.js';
import type { SourceLocation } from '../model/source.js';
import type { CellMemo } from './cell-memo.js';
import { parseChange, parseDate, parseMonth, parseNumber, parsePercent, parseYear, type ParseMemo, type Parsed } from './conventions.js';
import type { ColumnMap, ColumnType, TableSpec } from '../model/table-schema.js';
import { extraColumnsOf } from './extra-columns.js';
import { cellLocation, type RawRow, type RawTable } from './raw-table.js';
import { rowLocation } from './row-location.js';

/** Numbers must stay below 10^13 (13 digits before the decimal mark): what a spreadsheet cell holds to the øre. */
const AMOUNT_DIGITS = 13;
/** The getter each column type is read with; text-like types (text, case, status, method) are read as text. */
export const GETTER_OF_TYPE: Readonly<Record<ColumnType, 'text' | 'unit' | 'number' | 'date' | 'month' | 'percent' | 'year' | 'change'>> = {
  text: 'text', case: 'text', unit: 'unit', status: 'text', method: 'text',
  amount: 'number', rate: 'number', count: 'number', date: 'date', month: 'month', percent: 'percent', year: 'year', change: 'change',
};

export class RowCells {
  /** Set when any getter recorded an error for this row. */
  failed = false;
  /** The columns' indexes by key, as properties (a converter names its keys, so each read is a property load). */
  private readonly at: Readonly<Record<string, number | undefined>>;
  /** The keys of the table's amount columns (whole øre; rates may carry more decimals). */
  private readonly amounts: ReadonlySet<string>;
  /** The table's extra columns' indexes (read/extra-columns.ts), kept as written on each row. */
  private readonly extraIndexes: readonly number[];
  /** Per key, from the schema: whether a blank cell is an error, and the getter its type is read with. */
  private readonly required: Readonly<Record<string, boolean>>;
  private readonly getter: Readonly<Record<string, string>>;
  /** The table's memo for each parser (read/cell-memo.ts). */
  private readonly memos: { readonly number: ParseMemo<Money>; readonly date: ParseMemo<CivilDate>; readonly month: ParseMemo<YearMonth>; readonly percent: ParseMemo<{ fraction: Money; readAsPercent: boolean }> } | undefined;
  constructor(
    private readonly table: RawTable,
    private readonly spec: TableSpec,
    private readonly columns: ColumnMap,
    private row: RawRow,
    private readonly problems: ProblemList,
    /** Shared by the rows of one table: remembered parses (read/cell-memo.ts). */
    private readonly memo?: CellMemo,
  ) {
    const at: Record<string, number> = {};
    for (const [key, index] of columns) at[key] = index;
    this.at = at;
    this.amounts = new Set(spec.columns.filter((c) => c.type === 'amount').map((c) => c.key));
    this.extraIndexes = extraColumnsOf(table, spec).indexes;
    const required: Record<string, boolean> = {};
    const getter: Record<string, string> = {};
    for (const c of spec.columns) {
      required[c.key] = c.required;
      getter[c.key] = GETTER_OF_TYPE[c.type];
    }
    // A per-year column (`laterBudget:2027`, model/table-schema.ts yearColumnKey) is read as its column is.
    for (const key of columns.keys()) {
      const base = key.indexOf(':') > 0 ? key.slice(0, key.indexOf(':')) : key;
      if (base !== key && base in getter) {
        required[key] = required[base]!;
        getter[key] = getter[base]!;
      }
    }
    this.required = required;
    this.getter = getter;
    this.memos = memo && { number: memo.for(parseNumber), date: memo.for(parseDate), month: memo.for(parseMonth), percent: memo.for(parsePercent) };
  }

  /** The same reader on the next row of the table (convertTable reads every row through one RowCells). */
  moveTo(row: RawRow): this {
    this.row = row;
    this.failed = false;
    return this;
  }

  get line(): number {
    return this.row.line;
  }

  /** The row's location, or one cell's. */
  location(key?: string): SourceLocation {
    if (key === undefined) return rowLocation(this.table, this.columns, this.row.line);
    return cellLocation(this.table, this.row.line, this.columns.get(key));
  }

  has(key: string): boolean {
    return this.text(key) !== '';
  }

  text(key: string): string {
    const index = this.at[key];
    if (index === undefined) return '';
    const value = this.row.trimmed(index);
    return this.memo === undefined || value.length < 13 ? value : this.memo.keep(value);
  }

  /** The row's cells of its table's extra columns (read/extra-columns.ts), trimmed; undefined when it has none. */
  extraCells(): string[] | undefined {
    const indexes = this.extraIndexes;
    if (indexes.length === 0) return undefined;
    const out = new Array<string>(indexes.length);
    for (let k = 0; k < indexes.length; k++) {
      const value = this.row.trimmed(indexes[k]!);
      out[k] = this.memo === undefined || value.length < 13 ? value : this.memo.keep(value);
    }
    return out;
  }

  /** A required text; records "missing" when blank. */
  requiredText(key: string): string | undefined {
    this.expect(key, 'text');
    if (!this.required[key]) throw new Error(`${this.spec.name}: column ${key} is optional in the schema, not read as required`);
    const value = this.text(key);
    if (value === '') {
      this.fail(key, 'missing-value', `${this.label(key)} mangler`, value, `udfyld ${this.label(key)}`);
      return undefined;
    }
    return value;
  }

  /** A column of a number type: null when blank and optional; undefined (recorded) when blank and required or unreadable. */
  number(key: string): Money | null | undefined {
    this.expect(key, 'number');
    const raw = this.text(key);
    if (raw === '') return this.blank(key);
    const n = this.value(key, raw, parseNumber(raw, this.memos?.number), 'unreadable-number');
    if (n === undefined) return undefined;
    // Decimal.js keeps its exponent in `e`: |n| ≥ 10^13 exactly when e ≥ 13.
    if ((n as unknown as { e: number }).e >= AMOUNT_DIGITS) {
      this.fail(key, 'invalid-amount', `${this.label(key)}: tallet er for stort; et regneark holder kun beløb under 10.000.000.000.000 kr. præcist`, raw, 'tjek tallet: er det skrevet i kr. og uden ekstra cifre?');
      return undefined;
    }
    if (this.amounts.has(key) && n.decimalPlaces() > 2) {
      this.fail(key, 'invalid-amount', `${this.label(key)}: et beløb skal være hele øre (højst 2 decimaler)`, raw, 'afrund beløbet til hele øre, fx 1.234,57');
      return undefined;
    }
    return n;
  }

  /** A column of a date type: null when blank and optional; undefined (recorded) when blank and required or unreadable. */
  date(key: string): CivilDate | null | undefined {
    this.expect(key, 'date');
    const raw = this.text(key);
    if (raw === '') return this.blank(key);
    return this.value(key, raw, parseDate(raw, this.memos?.date), 'unreadable-date');
  }

  /** A column of a month type: null when blank and optional; undefined (recorded) when blank and required or unreadable. */
  month(key: string): YearMonth | null | undefined {
    this.expect(key, 'month');
    const raw = this.text(key);
    if (raw === '') return this.blank(key);
    return this.value(key, raw, parseMonth(raw, this.memos?.month), 'unreadable-month');
  }

  /** A column of a percent type: null when blank and optional; undefined (recorded) when blank and required or unreadable. */
  percent(key: string): { fraction: Money; readAsPercent: boolean } | null | undefined {
    this.expect(key, 'percent');
    const raw = this.text(key);
    if (raw === '') return this.blank(key);
    return this.value(key, raw, parsePercent(raw, this.memos?.percent), 'unreadable-percent');
  }

  /** A column of type year: null when blank and optional; undefined (recorded) when blank and required or unreadable. */
  year(key: string): number | null | undefined {
    this.expect(key, 'year');
    const raw = this.text(key);
    if (raw === '') return this.blank(key);
    return this.value(key, raw, parseYear(raw), 'unreadable-year');
  }

  /** A column of type change, a yearly change in percent as written (3,25 = 3,25 %): null when blank and optional; undefined (recorded) when blank and required or unreadable. */
  change(key: string): Money | null | undefined {
    this.expect(key, 'change');
    const raw = this.text(key);
    if (raw === '') return this.blank(key);
    return this.value(key, raw, parseChange(raw), 'unreadable-percent');
  }

  /** The years of the per-year columns `key:year` the table has (model/table-schema.ts yearColumnKey), ascending. */
  years(key: string): number[] {
    const prefix = `${key}:`;
    return [...this.columns.keys()].filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(prefix.length))).sort((a, b) => a - b);
  }

  /** A rate unit (Takstenhed): blank is måned; an unknown word is recorded (unknown-unit) and gives undefined. */
  unit(key: string): RateUnit | undefined {
    this.expect(key, 'unit');
    const raw = this.text(key);
    if (raw === '') return 'måned';
    const unit = matchAlias(raw, RATE_UNIT_ALIASES);
    if (unit === undefined) this.fail(key, 'unknown-unit', 'ukendt takstenhed', raw, `brug en af: ${RATE_UNITS.join(', ')}`);
    return unit;
  }

  /** Records an error on a cell of this row. */
  fail(key: string | undefined, code: string, message: string, value?: string, hint?: string): void {
    this.failed = true;
    this.problems.error(code, message, this.location(key), { ...(value !== undefined && value !== '' ? { value } : {}), ...(hint ? { hint } : {}) });
  }

  warn(key: string | undefined, code: string, message: string, value?: string, hint?: string): void {
    this.problems.warning(code, message, this.location(key), { ...(value !== undefined && value !== '' ? { value } : {}), ...(hint ? { hint } : {}) });
  }

  label(key: string): string {
    const index = this.columns.get(key);
    return index !== undefined ? this.table.headers[index] ?? key : this.spec.columns.find((c) => c.key === key)?.label ?? key;
  }

  /** Throws when the schema reads `key` with another getter (a converter out of step with the schema). */
  private expect(key: string, getter: string): void {
    if (this.getter[key] !== getter) throw new Error(`${this.spec.name}: column ${key} is read as ${this.getter[key] ?? 'no column of the schema'}, not ${getter}`);
  }

  /** A blank cell: null when the schema says optional, else undefined with "missing-value" recorded. */
  private blank(key: string): null | undefined {
    if (!this.required[key]) return null;
    this.fail(key, 'missing-value', `${this.label(key)} mangler`, '', `udfyld ${this.label(key)}`);
    return undefined;
  }

  /** A parse's value, or undefined with its error recorded (under its own code, else the getter's). */
  private value<T>(key: string, raw: string, result: Parsed<T>, code: string): T | undefined {
    if (result.error === undefined) return result.value;
    this.fail(key, result.code ?? code, `${this.label(key)}: ${result.error}`, raw, result.hint);
    return undefined;
  }
}
