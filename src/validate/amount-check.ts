/**
 * Negative rates on disposition rows and negative unit costs on risk cases are allowed (refunds),
 * but are more often a typo: a warning ("negative-rate") per row. Exports: checkNegativeRates.
 */
import { formatDanishAmount } from '../model/money.js';
import type { Inputs } from '../model/inputs.js';
import { maskCpr } from '../model/cpr.js';
import type { ProblemList } from '../model/problem.js';
import { atColumn } from './locate.js';

const HINT = 'en negativ takst trækker fra (refusion); er det ikke meningen, så fjern minusset';

export function checkNegativeRates(inputs: Inputs, problems: ProblemList): void {
  for (const d of inputs.dispositions) {
    if (d.rate.isNegative() && !d.rate.isZero()) {
      problems.warning('negative-rate', `negativ takst ${formatDanishAmount(d.rate)} for sag ${maskCpr(d.caseRef)} på "${d.measure}"`, atColumn(d.source, 'dispositions', 'rate'), { hint: HINT });
    }
  }
  for (const r of inputs.riskCases) {
    if (r.unitCost.isNegative() && !r.unitCost.isZero()) {
      problems.warning('negative-rate', `negativ enhedsudgift ${formatDanishAmount(r.unitCost)} for risikosag ${maskCpr(r.caseRef)} på "${r.measure}"`, atColumn(r.source, 'riskCases', 'unitCost'), { hint: HINT });
    }
  }
}
