/**
 * Negative rates on disposition rows and negative unit costs on risk cases are allowed (refunds),
 * but are more often a typo: a warning ("negative-rate") per row, with the case review's others
 * (review-check.ts adds the money at stake). Not raised for a disposition row whose Art says
 * refusion or indtægt (isIncomeKind), nor for a row of a measure whose budget is negative (an
 * income line, such as a refund scheme).
 * Exports: checkNegativeRates, isIncomeKind.
 */
import { maskCpr } from '../model/cpr.js';
import { extraColumnIndex } from '../model/extra-columns.js';
import type { Inputs } from '../model/inputs.js';
import type { Measure } from '../model/measure.js';
import { formatDanishAmount, type Money } from '../model/money.js';
import { normalizeKey } from '../model/names.js';
import type { Finding } from './finding.js';

const HINT = 'en negativ takst trækker fra: er det en refusion eller indtægt, så skriv det i kolonnen Art; ellers fjern minusset';

/** Art as written says the row is income: refusion or indtægt (forgivingly; also refund, income). */
export function isIncomeKind(text: string): boolean {
  const key = normalizeKey(text);
  return key.startsWith('refusion') || key.startsWith('indtaegt') || key.startsWith('refund') || key.startsWith('income');
}

const negative = (m: Money): boolean => m.isNegative() && !m.isZero();

export function checkNegativeRates(inputs: Inputs, measureOf: (name: string) => Measure | undefined, out: Finding[]): void {
  const income = (name: string): boolean => {
    const m = measureOf(name);
    return m !== undefined && negative(m.budget);
  };
  const kind = extraColumnIndex(inputs.dispositionExtras, 'kind');
  inputs.dispositions.forEach((d, index) => {
    if (!negative(d.rate) || income(d.measure) || (kind >= 0 && isIncomeKind(d.extra?.[kind] ?? ''))) return;
    out.push({
      code: 'negative-rate', severity: 'warning', table: 'dispositions', index, column: 'rate',
      message: `negativ takst ${formatDanishAmount(d.rate)} for sag ${maskCpr(d.caseRef)} på "${d.measure}"`, hint: HINT,
    });
  });
  inputs.riskCases.forEach((r, index) => {
    if (!negative(r.unitCost) || income(r.measure)) return;
    out.push({
      code: 'negative-rate', severity: 'warning', table: 'riskCases', index, column: 'unitCost',
      message: `negativ enhedsudgift ${formatDanishAmount(r.unitCost)} for risikosag ${maskCpr(r.caseRef)} på "${r.measure}"`,
      hint: 'en negativ enhedsudgift trækker fra; er det ikke meningen, så fjern minusset',
    });
  });
}
