/**
 * The JSON renderer of a Comparison (`prognose compare --json`): amounts are strings with two
 * decimals and a point, as in `forecast --json`; months "2026-10"; case references masked
 * (DDMMYY-xxxx), also a Sag that is a CPR number. README "prognose compare" names every field.
 * Exports: comparisonToJson.
 */
import { COMPONENTS, type ChangeSums, type Comparison } from '../model/comparison.js';
import { formatYearMonth, type YearMonth } from '../model/civil-date.js';
import { maskCpr } from '../model/cpr.js';
import { formatAmount } from '../model/money.js';
import { problemToJson } from './json.js';

const month = (ym: YearMonth | null): string | null => (ym === null ? null : formatYearMonth(ym));

const sums = (s: ChangeSums) => ({
  previousExpected: formatAmount(s.previousExpected),
  expected: formatAmount(s.expected),
  change: formatAmount(s.change),
  ...Object.fromEntries(COMPONENTS.map((c) => [c, formatAmount(s[c])])),
  budgetChange: formatAmount(s.budgetChange),
});

export function comparisonToJson(c: Comparison): string {
  const doc = {
    year: c.year,
    previousAsOf: month(c.previousAsOf),
    asOf: month(c.asOf),
    measures: c.measures.map((m) => ({ measure: m.measure, ...sums(m) })),
    total: sums(c.total),
    cases: c.cases.map((x) => ({ case: maskCpr(x.caseRef), measure: x.measure, kind: x.kind, fields: x.fields, change: formatAmount(x.change) })),
    riskCases: c.riskCases.map((x) => ({ case: maskCpr(x.caseRef), measure: x.measure, kind: x.kind, fields: x.fields, change: formatAmount(x.change) })),
    intake: c.intakes.map((x) => ({ measure: x.measure, month: formatYearMonth(x.month), kind: x.kind, fields: x.fields, change: formatAmount(x.change) })),
    warnings: c.problems.filter((p) => p.problem.severity !== 'error').map((p) => ({ run: p.run, ...problemToJson(p.problem) })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
