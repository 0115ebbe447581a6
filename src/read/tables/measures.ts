/** foranstaltninger → Measure[]; the per-year columns `Budget ÅÅÅÅ` become laterBudgets. Exports: toMeasure. */
import type { Measure } from '../../model/measure.js';
import type { Money } from '../../model/money.js';
import { yearColumnKey } from '../../model/table-schema.js';
import { METHOD_ALIASES, METHODS } from '../../model/method.js';
import { matchAlias } from '../../model/names.js';
import type { RowCells } from '../row-cells.js';

export function toMeasure(cells: RowCells): Measure | undefined {
  const name = cells.requiredText('measure');
  const methodText = cells.requiredText('method');
  const method = methodText === undefined ? undefined : matchAlias(methodText, METHOD_ALIASES);
  if (methodText !== undefined && method === undefined) {
    cells.fail('method', 'unknown-method', `ukendt metode`, methodText, `brug en af: ${METHODS.join(', ')}`);
  }
  const budget = cells.number('budget');
  const laterBudgets = new Map<number, Money>();
  let laterFailed = false;
  for (const year of cells.years('laterBudget')) {
    const value = cells.number(yearColumnKey('laterBudget', year));
    if (value === undefined) laterFailed = true;
    else if (value !== null) laterBudgets.set(year, value);
  }
  const pool = cells.number('pool');
  const restPool = cells.number('restPool');
  const budgetPersons = cells.number('budgetPersons');
  const ageLimit = cells.number('ageLimit');
  if (ageLimit != null && (!ageLimit.isInteger() || ageLimit.lessThan(1) || ageLimit.greaterThan(120))) {
    cells.fail('ageLimit', 'invalid-age-limit', 'aldersgrænsen skal være et helt antal år fra 1 til 120', cells.text('ageLimit'), 'skriv fx 18, eller 23 for efterværn');
  }
  const estimate = cells.number('estimate');
  const averagePrice = cells.number('averagePrice');
  if (cells.failed || laterFailed || name === undefined || method === undefined || budget == null || pool === undefined || restPool === undefined || budgetPersons === undefined || ageLimit === undefined || estimate === undefined || averagePrice === undefined) {
    return undefined;
  }
  return {
    name, account: cells.text('account'), area: cells.text('area'), method, budget, laterBudgets, pool, restPool, budgetPersons, ageLimit: ageLimit === null ? null : ageLimit.toNumber(), estimate, averagePrice, source: cells.location(),
  };
}
