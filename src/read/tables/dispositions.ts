/**
 * dispositioner → Disposition[]. Stop dates in year 9999 (or blank) mean no known stop; the cells
 * of the extra columns are kept as written (read/extra-columns.ts). Exports: toDisposition.
 */
import { knownStop } from '../../model/civil-date.js';
import { DISPOSITION_STATUSES, STATUS_ALIASES, type Disposition } from '../../model/disposition.js';
import { matchAlias } from '../../model/names.js';
import type { RowCells } from '../row-cells.js';

export function toDisposition(cells: RowCells): Disposition | undefined {
  const caseRef = cells.requiredText('caseRef');
  const measure = cells.requiredText('measure');
  const rate = cells.number('rate');
  const unit = cells.unit('unit');
  const statusText = cells.text('status');
  const status = statusText === '' ? 'aktuel' : matchAlias(statusText, STATUS_ALIASES);
  if (status === undefined) cells.fail('status', 'unknown-status', 'ukendt status', statusText, `brug en af: ${DISPOSITION_STATUSES.join(', ')}`);
  const start = cells.date('start');
  const stopAsWritten = cells.date('stop');
  if (cells.failed || caseRef === undefined || measure === undefined || rate == null || unit === undefined || status === undefined || start == null || stopAsWritten === undefined) {
    return undefined;
  }
  const stop = knownStop(stopAsWritten);
  const source = cells.location();
  const extra = cells.extraCells();
  // Two literals, not a spread: a million rows, each without a throw-away object.
  return extra === undefined
    ? { caseRef, measure, rate, unit, start, status, stopAsWritten, stop, source }
    : { caseRef, measure, rate, unit, start, status, stopAsWritten, stop, source, extra };
}
