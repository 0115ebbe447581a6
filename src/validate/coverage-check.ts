/**
 * A measure with method disposition and neither disposition rows, risk cases, intake rows,
 * transitions nor a pool (Pulje or Restpulje) forecasts 0 kr. for every open month - usually a forgotten sheet or a misspelt name:
 * a warning ("disposition-without-rows"). Exports: checkDispositionCoverage.
 */
import type { Inputs } from '../model/inputs.js';
import type { ProblemList } from '../model/problem.js';
import { atColumn } from './locate.js';

export function checkDispositionCoverage(inputs: Inputs, problems: ProblemList): void {
  const used = new Set<string>();
  for (const rows of [inputs.dispositions, inputs.riskCases, inputs.intakes, inputs.transitions]) for (const r of rows) used.add(r.measure);
  for (const m of inputs.measures) {
    if (m.method !== 'disposition' || used.has(m.name)) continue;
    if ((m.pool !== null && !m.pool.isZero()) || (m.restPool !== null && !m.restPool.isZero())) continue;
    problems.warning('disposition-without-rows', `"${m.name}" har metode disposition, men hverken dispositionsrækker, risikosager, tilgang eller pulje; prognosen bliver 0 kr.`,
      atColumn(m.source, 'measures', 'measure'),
      { hint: 'tilføj sagerne i dispositioner (navnet præcis som her), angiv en Pulje, eller vælg en anden metode' });
  }
}
