/** forbrug → Actual[]. Exports: toActual. */
import type { Actual } from '../../model/actual.js';
import type { RowCells } from '../row-cells.js';

export function toActual(cells: RowCells): Actual | undefined {
  const measure = cells.requiredText('measure');
  const month = cells.month('month');
  const amount = cells.number('amount');
  if (cells.failed || measure === undefined || month == null || amount == null) return undefined;
  return { measure, month, amount, source: cells.location() };
}
