/**
 * Lets checks that run after reading (src/validate) point at one cell of a typed row - the header
 * as written in the file and, for a sheet, the cell reference - although a row keeps only its
 * row location. rowLocation() makes a row's location that carries, on its prototype, its
 * table's columns (one small map per table, on a prototype shared by its rows).
 * columnLocation() narrows a row location to a column; for a location it does not know (built in a
 * test, or copied) it falls back to the given label.
 * Exports: rowLocation, columnLocation.
 */
import type { SourceLocation } from '../model/source.js';
import type { RawTable } from './raw-table.js';
import type { ColumnMap } from './table-spec.js';

interface ColumnInfo {
  readonly header: string;
  readonly letter?: string;
}

/**
 * A row location's own properties are file, sheet and line only (what JSON and tests see); its
 * table's columns sit on a prototype shared by all rows of the table, so a million rows cost no
 * extra map entries. A copied location ({ ...loc }) loses them and falls back to the label.
 */
const COLUMNS = Symbol('columns');
type Located = SourceLocation & { readonly [COLUMNS]?: ReadonlyMap<string, ColumnInfo> };

const prototypes = new WeakMap<ColumnMap, object>();

export function rowLocation(table: RawTable, columns: ColumnMap, line: number): SourceLocation {
  let proto = prototypes.get(columns);
  if (!proto) {
    const map = new Map<string, ColumnInfo>();
    for (const [key, index] of columns) {
      const letter = table.columnLetters?.[index];
      map.set(key, { header: table.headers[index] ?? key, ...(letter !== undefined ? { letter } : {}) });
    }
    proto = Object.create(Object.prototype, { [COLUMNS]: { value: map } }) as object;
    prototypes.set(columns, proto);
  }
  const location = Object.create(proto) as { file: string; sheet?: string; line: number };
  location.file = table.file;
  if (table.sheet !== undefined) location.sheet = table.sheet;
  location.line = line;
  return location;
}

export function columnLocation(row: SourceLocation, key: string, label: string): SourceLocation {
  const info = (row as Located)[COLUMNS]?.get(key);
  if (!info) return { ...row, column: label };
  return { ...row, column: info.header, ...(info.letter !== undefined && row.line !== undefined ? { cell: `${info.letter}${row.line}` } : {}) };
}
