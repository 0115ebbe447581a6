/**
 * A row's location narrowed to one of its table's columns, for checks that run on typed rows after
 * reading: the header as written and, in a sheet, the cell (model/source.ts locateColumn); else the
 * column's template label (e.g. "CPR", "Takst"). Exports: atColumn.
 */
import { locateColumn, type SourceLocation } from '../model/source.js';
import { TABLES, type TableKey } from '../model/table-schema.js';

export function atColumn(source: SourceLocation, table: TableKey, columnKey: string): SourceLocation {
  const label = TABLES[table].columns.find((c) => c.key === columnKey)?.label ?? columnKey;
  return locateColumn(source, columnKey, label);
}
