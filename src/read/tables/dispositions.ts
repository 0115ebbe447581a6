/** dispositioner → Disposition[]. Stop dates in year 9999 (or blank) mean no known stop. Exports: toDisposition. */
import { NO_STOP_YEAR } from '../../model/civil-date.js';
import { DISPOSITION_STATUSES, RATE_UNIT_ALIASES, RATE_UNITS, STATUS_ALIASES, type Disposition } from '../../model/disposition.js';
import { matchAlias } from '../../model/names.js';
import type { RowCells } from '../row-cells.js';

export function toDisposition(cells: RowCells): Disposition | undefined {
  const caseRef = cells.requiredText('caseRef');
  const measure = cells.requiredText('measure');
  const rate = cells.number('rate');
  const unitText = cells.text('unit');
  const unit = unitText === '' ? 'måned' : matchAlias(unitText, RATE_UNIT_ALIASES);
  if (unit === undefined) cells.fail('unit', 'unknown-unit', 'ukendt takstenhed', unitText, `brug en af: ${RATE_UNITS.join(', ')}`);
  const statusText = cells.text('status');
  const status = statusText === '' ? 'aktuel' : matchAlias(statusText, STATUS_ALIASES);
  if (status === undefined) cells.fail('status', 'unknown-status', 'ukendt status', statusText, `brug en af: ${DISPOSITION_STATUSES.join(', ')}`);
  const start = cells.date('start');
  const stopAsWritten = cells.date('stop');
  if (cells.failed || caseRef === undefined || measure === undefined || rate == null || unit === undefined || status === undefined || start == null || stopAsWritten === undefined) {
    return undefined;
  }
  return {
    caseRef, measure, rate, unit, start, status, stopAsWritten,
    stop: stopAsWritten === null || stopAsWritten.year === NO_STOP_YEAR ? null : stopAsWritten,
    source: cells.location(),
  };
}
