/**
 * Checks of the horizon's inputs (--years, overgange, prisfremskrivning, Budget ÅÅÅÅ):
 * - transitions (overgange): a target measure that does not exist ("unknown-measure", error), one
 *   whose method is not disposition ("transition-not-disposition", error: a transition becomes a
 *   disposition row of it), a stop before the start ("stop-before-start", error), and CPR numbers
 *   as in dispositioner (cpr-check.ts);
 * - price changes: the same year twice ("duplicate-price-year", error); a year not after the budget
 *   year ("price-change-unused", note: the budget year's prices are the base, a change applies to
 *   the years after it);
 * - a `Budget ÅÅÅÅ` column for the budget year or before ("budget-column-unused", note: the budget
 *   year's budget is the Budget column), once per column.
 * Exports: checkTransitions, checkPriceChanges, checkLaterBudgetColumns.
 */
import { dayNumber, formatDate } from '../model/civil-date.js';
import { maskCpr } from '../model/cpr.js';
import type { Inputs } from '../model/inputs.js';
import type { Measure } from '../model/measure.js';
import type { Period } from '../model/period.js';
import type { ProblemList } from '../model/problem.js';
import { locateColumn } from '../model/source.js';
import { yearColumnKey } from '../model/table-schema.js';
import { atColumn } from './locate.js';

/** `index`: the measures by name (check-inputs.ts measureIndex); unknown names are reported there. */
export function checkTransitions(inputs: Inputs, index: ReadonlyMap<string, Measure>, problems: ProblemList): void {
  for (const t of inputs.transitions) {
    const target = index.get(t.measure);
    if (target !== undefined && target.method !== 'disposition') {
      problems.error('transition-not-disposition', `overgangen for sag ${maskCpr(t.caseRef)} går til "${t.measure}", som har metode ${target.method}; en overgang bliver en dispositionsrække`,
        atColumn(t.source, 'transitions', 'measure'), { hint: `vælg en voksenforanstaltning med metode disposition, eller skift metode for "${t.measure}" til disposition` });
    }
    if (t.stop !== null && dayNumber(t.stop) < dayNumber(t.start)) {
      problems.error('stop-before-start', `stopdato ${formatDate(t.stop)} ligger før startdato ${formatDate(t.start)}${t.startFromCpr ? ' (18-årsdagen)' : ''} (sag ${maskCpr(t.caseRef)})`,
        atColumn(t.source, 'transitions', 'stop'), { hint: 'ret start- eller stopdatoen' });
    }
  }
}

export function checkPriceChanges(inputs: Inputs, period: Period, problems: ProblemList): void {
  const seen = new Map<number, number | undefined>();
  for (const c of inputs.priceChanges) {
    if (seen.has(c.year)) {
      const line = seen.get(c.year);
      problems.error('duplicate-price-year', `året ${c.year} står der to gange i prisfremskrivningen${line !== undefined ? ` (også linje ${line})` : ''}`, atColumn(c.source, 'priceChanges', 'year'),
        { hint: 'skriv hvert år én gang med årets samlede prisændring' });
      continue;
    }
    seen.set(c.year, c.source.line);
    if (c.year <= period.year) {
      problems.note('price-change-unused', `prisændringen for ${c.year} bruges ikke: budgetåret ${period.year} er grundlaget, og fremskrivningen gælder årene efter`, atColumn(c.source, 'priceChanges', 'year'),
        { hint: `slet rækken, eller ret året til et år efter ${period.year}` });
    }
  }
}

export function checkLaterBudgetColumns(inputs: Inputs, period: Period, problems: ProblemList): void {
  const noted = new Set<number>();
  for (const m of inputs.measures) {
    for (const year of m.laterBudgets.keys()) {
      if (year > period.year || noted.has(year)) continue;
      noted.add(year);
      // The column, not a row: the file and the header as written.
      const { line: _line, ...file } = m.source;
      const where = locateColumn(file, yearColumnKey('laterBudget', year), `Budget ${year}`);
      problems.note('budget-column-unused', `kolonnen "${where.column}" bruges ikke: ${year} er ${year === period.year ? 'budgetåret, hvis budget er kolonnen Budget' : 'før budgetåret'}`, where,
        { hint: year === period.year ? `flyt beløbene til Budget, hvis ${year} skal have dem som korrigeret budget` : 'slet kolonnen, når den ikke længere skal bruges' });
    }
  }
}
