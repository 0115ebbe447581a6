/**
 * Lets checks that run after reading (src/validate) point at one cell of a typed row - the header
 * as written in the file and, for a sheet, the cell reference - although a row keeps only its
 * row location. rowLocation() makes a row's location and remembers, by the object's identity, its
 * table's columns (one small map per table, shared by its rows; nothing else is kept alive).
 * columnLocation() narrows a row location to a column; for a location it does not know (built in a
 * test, or copied) it falls back to the given label.
 * Exports: rowLocation, columnLocation.
 */
import type { SourceLocation } from '../model/source.js';
import { cellLocation, type RawTable } from './raw-table.js';
import type { ColumnMap } from './table-spec.js';

interface ColumnInfo {
  readonly header: string;
  readonly letter?: string;
}

const byRow = new WeakMap<SourceLocation, ReadonlyMap<string, ColumnInfo>>();
const byTable = new WeakMap<ColumnMap, ReadonlyMap<string, ColumnInfo>>();

export function rowLocation(table: RawTable, columns: ColumnMap, line: number): SourceLocation {
  let info = byTable.get(columns);
  if (!info) {
    const map = new Map<string, ColumnInfo>();
    for (const [key, index] of columns) {
      const letter = table.columnLetters?.[index];
      map.set(key, { header: table.headers[index] ?? key, ...(letter !== undefined ? { letter } : {}) });
    }
    info = map;
    byTable.set(columns, info);
  }
  const location = cellLocation(table, line);
  byRow.set(location, info);
  return location;
}

export function columnLocation(row: SourceLocation, key: string, label: string): SourceLocation {
  const info = byRow.get(row)?.get(key);
  if (!info) return { ...row, column: label };
  return { ...row, column: info.header, ...(info.letter !== undefined && row.line !== undefined ? { cell: `${info.letter}${row.line}` } : {}) };
}
