/**
 * A raw table's extra columns (model/extra-columns.ts), for a table whose spec keeps them
 * (dispositioner): every header that names no column of the table, and the known columns marked
 * `kept` (Art, Sagsbehandler), in input order. A blank header, and a repeated header of a known
 * column (matched once, the repeat ignored with a warning), are not extra. Computed from the header
 * alone, once per table.
 * Exports: extraColumnsOf, TableExtras.
 */
import { NO_EXTRA_COLUMNS, type ExtraColumns } from '../model/extra-columns.js';
import { columnForHeader, type TableSpec } from '../model/table-schema.js';
import type { RawTable } from './raw-table.js';

export interface TableExtras {
  readonly columns: ExtraColumns;
  /** The extra columns' indexes in the raw table's cells. */
  readonly indexes: readonly number[];
}

const NONE: TableExtras = { columns: NO_EXTRA_COLUMNS, indexes: [] };
const known = new WeakMap<RawTable, TableExtras>();

export function extraColumnsOf(table: RawTable, spec: TableSpec): TableExtras {
  if (!spec.keepsExtraColumns) return NONE;
  let extras = known.get(table);
  if (extras === undefined) {
    const headers: string[] = [];
    const keys: (string | null)[] = [];
    const indexes: number[] = [];
    const seen = new Set<string>();
    table.headers.forEach((raw, index) => {
      const header = raw.trim();
      if (header === '') return;
      const column = columnForHeader(header, spec);
      if (column !== undefined) {
        const first = !seen.has(column.key);
        seen.add(column.key);
        if (!first || !column.kept) return;
      }
      headers.push(header);
      keys.push(column?.key ?? null);
      indexes.push(index);
    });
    extras = indexes.length === 0 ? NONE : { columns: { headers, keys }, indexes };
    known.set(table, extras);
  }
  return extras;
}
