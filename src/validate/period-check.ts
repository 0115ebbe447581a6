/**
 * Checks that need the resolved budget year, run by forecast() and `prognose validate` alike:
 * disposition rows and risk cases dated wholly outside the horizon (the budget year, or with
 * --years the budget year and the years after it) add 0 kr. - harmless, but told as one note per
 * file ("outside-year") listing the lines. Exports: checkPeriodDependent.
 */
import { dayNumber } from '../model/civil-date.js';
import type { Inputs } from '../model/inputs.js';
import type { ProblemList } from '../model/problem.js';
import type { SourceLocation } from '../model/source.js';
import type { Period } from '../model/period.js';
import { riskCasePeriodEnd } from '../methods/risk-case.js';

export function checkPeriodDependent(inputs: Inputs, period: Period, problems: ProblemList): void {
  const first = dayNumber({ year: period.year, month: 1, day: 1 });
  const lastYear = period.year + period.years - 1;
  const last = dayNumber({ year: lastYear, month: 12, day: 31 });
  const span = lastYear === period.year ? `budgetåret ${period.year}` : `årene ${period.year}-${lastYear}`;
  const outside = (start: number, stop: number | null): boolean => start > last || (stop !== null && stop < first && stop >= start);
  noteOutside(
    inputs.dispositions.filter((d) => outside(dayNumber(d.start), d.stop === null ? null : dayNumber(d.stop))).map((d) => d.source),
    ['dispositionsrække', 'dispositionsrækker'], span, problems);
  noteOutside(
    inputs.riskCases.filter((r) => outside(dayNumber(r.start), dayNumber(riskCasePeriodEnd(r, period.year)))).map((r) => r.source),
    ['risikosag', 'risikosager'], span, problems);
}

function noteOutside(rows: readonly SourceLocation[], what: readonly [string, string], span: string, problems: ProblemList): void {
  const byFile = new Map<string, SourceLocation[]>();
  for (const loc of rows) {
    const list = byFile.get(loc.file);
    if (list) list.push(loc);
    else byFile.set(loc.file, [loc]);
  }
  for (const locs of byFile.values()) {
    const lines = locs.map((l) => l.line).filter((l) => l !== undefined);
    problems.note('outside-year', `${locs.length} ${what[locs.length === 1 ? 0 : 1]} ligger helt uden for ${span} og giver 0 kr.`, locs[0]!, {
      hint: `${lines.length > 1 ? `${locs[0]!.sheet !== undefined ? 'række' : 'linje'} ${lines.slice(0, 20).join(', ')}${lines.length > 20 ? ' …' : ''}; ` : ''}det er harmløst; slet rækkerne, når de ikke længere skal med`,
    });
  }
}
