/**
 * overgange → Transition[]. A blank Startdato is the 18th birthday from a valid CPR number
 * (model/age.ts, model/cpr.ts); without one it is required. A blank Sandsynlighed is 100 %, a blank
 * Takstenhed måned; a stop in year 9999 (or blank) means no known stop. Exports: toTransition.
 */
import { birthdayOf } from '../../model/age.js';
import { knownStop } from '../../model/civil-date.js';
import { cprBirthDate } from '../../model/cpr.js';
import { money } from '../../model/money.js';
import { TRANSITION_AGE, type Transition } from '../../model/transition.js';
import type { RowCells } from '../row-cells.js';

export function toTransition(cells: RowCells): Transition | undefined {
  const caseRef = cells.requiredText('caseRef');
  const measure = cells.requiredText('measure');
  const rate = cells.number('rate');
  const unit = cells.unit('unit');
  const probability = cells.percent('probability');
  if (probability?.readAsPercent) {
    cells.warn('probability', 'probability-read-as-percent', `sandsynligheden er læst som ${cells.text('probability')} %`, cells.text('probability'), 'skriv 60 % eller 0,6 for at undgå tvivl');
  }
  const given = cells.date('start');
  const birth = caseRef === undefined ? null : cprBirthDate(caseRef);
  if (given === null && caseRef !== undefined && birth === null) {
    cells.fail('start', 'missing-value', `${cells.label('start')} mangler, og sagen har intet gyldigt CPR-nummer at finde 18-årsdagen ud fra`, '', 'udfyld Startdato, eller skriv sagens CPR-nummer');
  }
  const stopAsWritten = cells.date('stop');
  if (cells.failed || caseRef === undefined || measure === undefined || rate == null || unit === undefined || probability === undefined || given === undefined || stopAsWritten === undefined) {
    return undefined;
  }
  const start = given ?? birthdayOf(birth!, TRANSITION_AGE);
  return {
    caseRef, measure, start, startFromCpr: given === null, rate, unit, probability: probability === null ? money(1) : probability.fraction,
    stop: knownStop(stopAsWritten),
    source: cells.location(),
  };
}
