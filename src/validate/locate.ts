/**
 * A row's location narrowed to one of its table's columns, named by the column's template label
 * (e.g. "CPR", "Takst"), for checks that run on typed rows after reading. Exports: atColumn.
 */
import type { SourceLocation } from '../model/source.js';
import { TABLES, type TableKey } from '../read/table-spec.js';

export function atColumn(source: SourceLocation, table: TableKey, columnKey: string): SourceLocation {
  const label = TABLES[table].columns.find((c) => c.key === columnKey)?.label ?? columnKey;
  return { ...source, column: label };
}
