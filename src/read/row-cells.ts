/**
 * Typed access to one row's cells. Each getter parses with read/conventions.ts and records a
 * problem (file, line, column, value, hint) instead of guessing; it returns undefined on error.
 *
 * Exports: RowCells.
 */
import type { CivilDate, YearMonth } from '../model/civil-date.js';
import type { Money } from '../model/money.js';
import type { ProblemList } from '../model/problem.js';
import type { SourceLocation } from '../model/source.js';
import type { CellMemo } from './cell-memo.js';
import { parseDate, parseMonth, parseNumber, parsePercent, type Parsed } from './conventions.js';
import type { ColumnMap, TableSpec } from '../model/table-schema.js';
import { extraColumnsOf } from './extra-columns.js';
import { cellLocation, type RawRow, type RawTable } from './raw-table.js';
import { rowLocation } from './row-location.js';

export class RowCells {
  /** Set when any getter recorded an error for this row. */
  failed = false;
  /** The row's cells, read once (a CSV row may split them from the file's text on each read). */
  private readonly cells: readonly string[];

  constructor(
    private readonly table: RawTable,
    private readonly spec: TableSpec,
    private readonly columns: ColumnMap,
    private readonly row: RawRow,
    private readonly problems: ProblemList,
    /** Shared by the rows of one table: remembered parses (read/cell-memo.ts). */
    private readonly memo?: CellMemo,
  ) {
    this.cells = row.cells;
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
    const index = this.columns.get(key);
    if (index === undefined) return '';
    const value = (this.cells[index] ?? '').trim();
    return this.memo === undefined || value.length < 13 ? value : this.memo.keep(value);
  }

  /** The row's cells of its table's extra columns (read/extra-columns.ts), trimmed; undefined when it has none. */
  extraCells(): string[] | undefined {
    const { indexes } = extraColumnsOf(this.table, this.spec);
    if (indexes.length === 0) return undefined;
    return indexes.map((i) => {
      const value = (this.cells[i] ?? '').trim();
      return this.memo === undefined ? value : this.memo.keep(value);
    });
  }

  /** A required text; records "missing" when blank. */
  requiredText(key: string): string | undefined {
    const value = this.text(key);
    if (value === '') {
      this.fail(key, 'missing-value', `${this.label(key)} mangler`, value, `udfyld ${this.label(key)}`);
      return undefined;
    }
    return value;
  }

  number(key: string, required: boolean): Money | null | undefined {
    return this.parse(key, required, parseNumber, 'unreadable-number');
  }

  date(key: string, required: boolean): CivilDate | null | undefined {
    return this.parse(key, required, parseDate, 'unreadable-date');
  }

  month(key: string, required: boolean): YearMonth | null | undefined {
    return this.parse(key, required, parseMonth, 'unreadable-month');
  }

  percent(key: string, required: boolean): { fraction: Money; readAsPercent: boolean } | null | undefined {
    return this.parse(key, required, parsePercent, 'unreadable-percent');
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

  /** null when blank and optional; undefined after an error. */
  private parse<T>(key: string, required: boolean, parser: (s: string) => Parsed<T>, code: string): T | null | undefined {
    const raw = this.text(key);
    if (raw === '') {
      if (!required) return null;
      this.fail(key, 'missing-value', `${this.label(key)} mangler`, raw, `udfyld ${this.label(key)}`);
      return undefined;
    }
    const result = this.memo === undefined ? parser(raw) : this.memo.parse(parser, raw);
    if (result.error !== undefined) {
      this.fail(key, result.code ?? code, `${this.label(key)}: ${result.error}`, raw, result.hint);
      return undefined;
    }
    return result.value;
  }
}
