/**
 * The JSON renderer of a History (`prognose history --json`): amounts are strings with two
 * decimals and a point, months "2026-09"; one entry per run in each `expected` and `errors` array,
 * in the order of `runs`. README "prognose history" names every field. Exports: historyToJson.
 */
import { formatYearMonth, type YearMonth } from '../model/civil-date.js';
import type { History, HistoryLine } from '../model/history.js';
import { formatAmount, type Money } from '../model/money.js';

const amount = (m: Money | null): string | null => (m === null ? null : formatAmount(m));
const month = (ym: YearMonth | null): string | null => (ym === null ? null : formatYearMonth(ym));

const lineJson = (h: History, l: HistoryLine) => ({
  expected: l.expected.map(amount),
  final: amount(l.final),
  errors: h.hasFinal ? l.errors.map(amount) : null,
  meanAbsoluteError: amount(l.meanAbsoluteError),
  bias: amount(l.bias),
});

export function historyToJson(h: History): string {
  const final = h.runs.find((r) => r.closedMonths === 12);
  const doc = {
    year: h.year,
    runs: h.runs.map((r) => ({ asOf: month(r.asOf), closedMonths: r.closedMonths, file: r.file, prognose: r.version })),
    final: final ? month(final.asOf) : null,
    measures: h.measures.map((m) => ({ measure: m.measure, ...lineJson(h, m) })),
    total: lineJson(h, h.total),
    quote: h.quote === null ? null : { asOf: month(h.quote.asOf), expected: formatAmount(h.quote.expected), final: formatAmount(h.quote.final), error: formatAmount(h.quote.error) },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
