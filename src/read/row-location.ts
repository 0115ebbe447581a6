/**
 * A row's location as the readers hand it on: file, sheet and line, with an explicit reference to
 * its table's columns (model/source.ts TableColumns: each column's header as written and, in a
 * sheet, its letter), made once per table and shared by its rows, so a million rows cost no extra
 * map entries. Exports: rowLocation.
 */
import type { SourceLocation, TableColumns } from '../model/source.js';
import type { ColumnMap } from '../model/table-schema.js';
import type { RawTable } from './raw-table.js';

const tables = new WeakMap<ColumnMap, TableColumns>();

function tableColumns(table: RawTable, columns: ColumnMap): TableColumns {
  let known = tables.get(columns);
  if (!known) {
    const map = new Map<string, { header: string; letter?: string }>();
    for (const [key, index] of columns) {
      const letter = table.columnLetters?.[index];
      map.set(key, { header: table.headers[index] ?? key, ...(letter !== undefined ? { letter } : {}) });
    }
    tables.set(columns, (known = map));
  }
  return known;
}

export function rowLocation(table: RawTable, columns: ColumnMap, line: number): SourceLocation {
  return table.sheet !== undefined
    ? { file: table.file, sheet: table.sheet, line, columns: tableColumns(table, columns) }
    : { file: table.file, line, columns: tableColumns(table, columns) };
}
