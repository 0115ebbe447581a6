/**
 * A table's extra columns: every column of the file that no typed field of its rows holds, kept as
 * written. The consultant's own (Institution, Betalingskommune, anything the tool does not know)
 * and the known columns marked `kept` in model/table-schema.ts (Art, Sagsbehandler), in input
 * order. The workbook shows them after its computed columns; the checks and the forecast find a
 * known one by its key. Stored compactly: the column list once per table, and on each row only its
 * cells of these columns (Disposition.extra), and only when the table has any.
 *
 * Exports: ExtraColumns, NO_EXTRA_COLUMNS, extraColumnIndex.
 */

export interface ExtraColumns {
  /** The headers as written, in input order. */
  readonly headers: readonly string[];
  /** Per column, its key in model/table-schema.ts when it is a known (kept) column, else null. */
  readonly keys: readonly (string | null)[];
}

export const NO_EXTRA_COLUMNS: ExtraColumns = { headers: [], keys: [] };

/** The position of the known column `key` among the extra columns, or -1. */
export function extraColumnIndex(columns: ExtraColumns, key: string): number {
  return columns.keys.indexOf(key);
}
