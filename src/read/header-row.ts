/**
 * Finding the header row of a sheet: people put titles, dates and notes above it. The header is
 * the first row whose cells name every required column of the table (matched as forgivingly as
 * any header, read/table-spec.ts). When no row does, the row naming the most known columns is
 * taken (the first such), so the missing columns can be reported against it.
 *
 * Exports: headerScore, isCompleteHeader, pickHeaderRow, HEADER_SEARCH_ROWS.
 */
import { columnForHeader, type TableSpec } from '../model/table-schema.js';

/** How many non-empty rows are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

/** The number of distinct known columns the cells name, and whether they include every required one. */
export function headerScore(cells: readonly string[], spec: TableSpec): { known: number; complete: boolean } {
  const keys = new Set<string>();
  for (const cell of cells) {
    const col = columnForHeader(cell, spec);
    if (col) keys.add(col.key);
  }
  const complete = spec.columns.every((c) => !c.required || keys.has(c.key));
  return { known: keys.size, complete };
}

/** True when the cells name every required column (and at least one column). */
export function isCompleteHeader(cells: readonly string[], spec: TableSpec): boolean {
  const score = headerScore(cells, spec);
  return score.complete && score.known > 0;
}

/** The index (into `rows`) of the header row; `rows` are the first non-empty rows. -1 when there are none. */
export function pickHeaderRow(rows: readonly (readonly string[])[], spec: TableSpec): number {
  let best = -1;
  let bestKnown = 0;
  for (let i = 0; i < rows.length; i++) {
    const score = headerScore(rows[i]!, spec);
    if (score.complete && score.known > 0) return i;
    if (score.known > bestKnown) {
      best = i;
      bestKnown = score.known;
    }
  }
  return best >= 0 ? best : rows.length > 0 ? 0 : -1;
}
