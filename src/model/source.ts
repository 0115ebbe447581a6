/**
 * Where a value came from: file (and sheet), line and column. Everything downstream of the readers
 * only sees this.
 *
 * Exports: SourceLocation, TableColumns, ColumnInfo, formatLocation, locateColumn, SourceFile.
 * A row's location carries an explicit reference to its table's columns (`columns`: the header as
 * written and, in a sheet, the column letter, by column key), one map shared by all rows of a
 * table, so a check that runs after reading can point at one cell of the row (locateColumn).
 */

/** One column of a table as the file has it. */
export interface ColumnInfo {
  /** The header as written in the file. */
  readonly header: string;
  /** The column letter, when the source is a sheet. */
  readonly letter?: string;
}

/** A table's columns by column key (model/table-schema.ts). */
export type TableColumns = ReadonlyMap<string, ColumnInfo>;

export interface SourceLocation {
  readonly file: string;
  readonly sheet?: string;
  /** 1-based line in a CSV file, or row in a sheet. */
  readonly line?: number;
  /** The column's header as written in the file. */
  readonly column?: string;
  /** Spreadsheet cell reference, e.g. "E17", when the source is a workbook. */
  readonly cell?: string;
  /** A row's table columns (shared by the table's rows), for narrowing the location to a cell. */
  readonly columns?: TableColumns;
}

/**
 * A row's location narrowed to one column: the header as written and, in a sheet, the cell; for a
 * location without its table's columns (built in a test), the given label.
 */
export function locateColumn(row: SourceLocation, key: string, label: string): SourceLocation {
  const { columns, ...where } = row;
  const info = columns?.get(key);
  if (!info) return { ...where, column: label };
  return { ...where, column: info.header, ...(info.letter !== undefined && row.line !== undefined ? { cell: `${info.letter}${row.line}` } : {}) };
}

export function formatLocation(loc: SourceLocation): string {
  if (loc.sheet !== undefined) {
    const where = loc.cell ?? (loc.line !== undefined ? `række ${loc.line}` : '');
    const col = loc.cell === undefined && loc.column ? `, kolonne "${loc.column}"` : loc.column ? ` ("${loc.column}")` : '';
    return `${loc.file} ${loc.sheet}${where ? '!' + where : ''}${col}`;
  }
  let text = loc.file;
  if (loc.line !== undefined) text += `, linje ${loc.line}`;
  if (loc.column) text += `, kolonne "${loc.column}"`;
  return text;
}

/** An input file as read: its name, rows and fingerprint, for the assumptions sheet. */
export interface SourceFile {
  readonly table: string;
  readonly file: string;
  readonly path: string;
  readonly sheet?: string;
  readonly rows: number;
  readonly sha256: string;
}
