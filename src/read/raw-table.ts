/**
 * A table as any reader hands it on: header cells and data rows of text, each row with the line
 * (CSV) or row number (sheet) it came from. Converting text to typed values happens downstream,
 * with the same conventions whatever the format.
 *
 * Exports: RawTable, RawRow, ArrayRow, forEachRow, cellLocation, isCommentRow.
 */
import type { SourceLocation } from '../model/source.js';

export interface RawTable {
  /** The file's name as shown in messages (e.g. "dispositioner.csv"). */
  readonly file: string;
  readonly path: string;
  readonly sheet?: string;
  readonly headerLine: number;
  readonly headers: readonly string[];
  readonly rows: readonly RawRow[];
  /** Spreadsheet column letters for each header index, when the source is a sheet. */
  readonly columnLetters?: readonly string[];
  readonly sha256: string;
  /**
   * Optional, for big tables: visits the rows in order, one at a time, without making the `rows`
   * array (which is then made only if asked for). Use forEachRow. The row handed to a visit may
   * be one object moved on to the next row afterwards: read it during the visit, keep only values.
   */
  readonly eachRow?: (visit: (row: RawRow) => void) => void;
  /** The number of rows, when eachRow is given. */
  readonly rowCount?: number;
}

/** Visits a table's rows in order, one at a time (without holding them all when the table allows); see RawTable.eachRow. */
export function forEachRow(table: RawTable, visit: (row: RawRow) => void): void {
  if (table.eachRow) table.eachRow(visit);
  else for (const row of table.rows) visit(row);
}

/**
 * One data row of a table. Converters read cells by index with cell() / trimmed(), which a big
 * CSV file's rows answer from the file's text without splitting the row (read/csv-simple.ts);
 * other rows hold their cells (ArrayRow).
 */
export interface RawRow {
  readonly line: number;
  /** Every cell as written. A CSV file's row splits its text on each read: converters use cell() / trimmed(). */
  readonly cells: readonly string[];
  /** Cell i as written; '' past the row's last cell. */
  cell(i: number): string;
  /** Cell i without the white space String.prototype.trim removes; '' past the row's last cell. */
  trimmed(i: number): string;
  /** Optional quick answer to isCommentRow without splitting the cells (a big CSV file's rows). */
  readonly isComment?: () => boolean;
  /**
   * Optional quick answer for read/cell-check.ts: true when the row has at most `fields` cells,
   * no control characters and is shorter than `maxLength`, so no cell check can find anything.
   */
  readonly isPlain?: (fields: number, maxLength: number) => boolean;
  /** Optional: how many cells the row has, counted without splitting it (a big CSV file's rows). */
  readonly fieldCount?: () => number;
}

/** A row that holds its cells (csv-parse's records, sheet rows, rows with cells corrected). */
export class ArrayRow implements RawRow {
  constructor(
    readonly line: number,
    readonly cells: readonly string[],
  ) {}

  cell(i: number): string {
    return this.cells[i] ?? '';
  }

  trimmed(i: number): string {
    return (this.cells[i] ?? '').trim();
  }
}

/** The location of one cell (or, with no column, one row) of a raw table. */
export function cellLocation(table: RawTable, line: number, columnIndex?: number): SourceLocation {
  const column = columnIndex === undefined ? undefined : table.headers[columnIndex];
  const letter = columnIndex === undefined ? undefined : table.columnLetters?.[columnIndex];
  return {
    file: table.file,
    ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
    line,
    ...(column !== undefined ? { column } : {}),
    ...(letter !== undefined ? { cell: `${letter}${line}` } : {}),
  };
}

/**
 * A comment row (e.g. the template's example row): its first non-empty cell starts with `#` (so
 * also when a sheet's table starts in column B). Readers hand it on; conversion skips it.
 */
export function isCommentRow(row: RawRow): boolean {
  if (row.isComment) return row.isComment();
  const first = row.cells.find((c) => c.trim() !== '');
  return first !== undefined && first.trimStart().startsWith('#');
}
