/**
 * A raw table's header cells matched to its table's columns (model/table-schema.ts): a repeated
 * column is a warning ("duplicate-column"), a missing required one an error ("missing-column").
 * A per-year column (`Budget 2027`) is keyed by its year (yearColumnKey), one column per year.
 * Exports: matchColumns.
 */
import type { ProblemList } from '../model/problem.js';
import { columnForHeader, yearColumnKey, yearOfHeader, type ColumnMap, type TableSpec } from '../model/table-schema.js';
import type { RawTable } from './raw-table.js';

export function matchColumns(table: RawTable, spec: TableSpec, problems: ProblemList): ColumnMap | null {
  const map = new Map<string, number>();
  table.headers.forEach((header, index) => {
    const col = columnForHeader(header, spec);
    if (!col) return;
    const year = yearOfHeader(header, col);
    const key = year === undefined ? col.key : yearColumnKey(col.key, year);
    if (map.has(key)) {
      problems.warning('duplicate-column', `kolonnen "${header}" er en gentagelse af "${table.headers[map.get(key)!]}" og ignoreres`, {
        file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), line: table.headerLine, column: header,
      });
      return;
    }
    map.set(key, index);
  });
  let ok = true;
  for (const col of spec.columns) {
    if (col.required && !map.has(col.key)) {
      ok = false;
      problems.error('missing-column', `kolonnen "${col.label}" mangler`, {
        file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), line: table.headerLine,
      }, { hint: `tilføj en kolonne "${col.label}" (${col.description}); fundne overskrifter: ${table.headers.filter((h) => h !== '').slice(0, 12).join(', ')}` });
    }
  }
  return ok ? map : null;
}
