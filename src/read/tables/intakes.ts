/** tilgang → Intake[]. Exports: toIntake. */
import { ZERO } from '../../model/money.js';
import type { Intake } from '../../model/intake.js';
import type { RowCells } from '../row-cells.js';

export function toIntake(cells: RowCells): Intake | undefined {
  const measure = cells.requiredText('measure');
  const month = cells.month('month');
  const intake = cells.number('intake');
  const exit = cells.number('exit');
  const averagePrice = cells.number('averagePrice');
  if (cells.failed || measure === undefined || month == null || intake === undefined || exit === undefined || averagePrice === undefined) return undefined;
  return { measure, month, intake: intake ?? ZERO, exit: exit ?? ZERO, averagePrice, source: cells.location() };
}
