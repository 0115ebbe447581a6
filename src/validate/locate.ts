/**
 * A row's location narrowed to one of its table's columns, for checks that run on typed rows after
 * reading: the header as written and, in a sheet, the cell (read/column-locations.ts); else the
 * column's template label (e.g. "CPR", "Takst"). Exports: atColumn.
 */
import type { SourceLocation } from '../model/source.js';
import { columnLocation } from '../read/column-locations.js';
import { TABLES, type TableKey } from '../read/table-spec.js';

export function atColumn(source: SourceLocation, table: TableKey, columnKey: string): SourceLocation {
  const label = TABLES[table].columns.find((c) => c.key === columnKey)?.label ?? columnKey;
  return columnLocation(source, columnKey, label);
}
