/**
 * The terminal renderer of a History: the total per archived run with its error against the
 * accounts; per measure the expected result as each run saw it, with MAE and bias once the year's
 * final run is archived; and the line to quote. Formatting only. Exports: historyToTable, quoteLine.
 */
import { formatYearMonth, type YearMonth } from '../model/civil-date.js';
import type { History, HistoryQuote } from '../model/history.js';
import { formatDanishAmount, type Money } from '../model/money.js';
import { colour } from './colour.js';

const amount = (m: Money | null): string => (m === null ? '-' : formatDanishAmount(m));
const signed = (m: Money | null): string => (m === null ? '-' : (m.isPositive() && !m.isZero() ? '+' : '') + formatDanishAmount(m));
const asOfText = (ym: YearMonth | null): string => (ym === null ? 'budget' : formatYearMonth(ym));

function table(head: readonly string[], rows: readonly (readonly string[])[], total?: readonly string[]): string[] {
  const all = [head, ...rows, ...(total ? [total] : [])];
  const widths = head.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const line = (r: readonly string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [colour.bold(line(head)), rule, ...rows.map(line), ...(total ? [rule, colour.bold(line(total))] : [])];
}

/** "Sidste prognose før regnskabet (pr. 2026-11) ramte det inden for 12.000,00 kr. …" */
export function quoteLine(q: HistoryQuote): string {
  return `Sidste prognose før regnskabet (pr. ${asOfText(q.asOf)}) ramte regnskabet inden for ${formatDanishAmount(q.error.abs())} kr.: ` +
    `forventet ${formatDanishAmount(q.expected)}, regnskab ${formatDanishAmount(q.final)}, fejl ${signed(q.error)}.`;
}

export function historyToTable(h: History): string {
  const final = h.runs.find((r) => r.closedMonths === 12);
  const out = [
    colour.bold(`Forventet regnskab ${h.year}, som hver arkiveret kørsel så det (${h.runs.length} ${h.runs.length === 1 ? 'kørsel' : 'kørsler'})`),
    final ? `Årets sidste kørsel (pr. ${asOfText(final.asOf)}) er regnskabet; fejl = forventet dengang − regnskab.` : 'Arkivet har endnu ikke årets sidste kørsel (pr. december), så fejlen kan ikke gøres op endnu.',
    '',
    ...table(
      ['Pr.', 'Forventet regnskab', ...(final ? ['Fejl'] : [])],
      h.runs.map((r, i) => [asOfText(r.asOf), amount(h.total.expected[i]!), ...(final ? [r === final ? 'regnskab' : signed(h.total.errors[i]!)] : [])]),
    ),
  ];
  if (final) out.push(`Middel absolut fejl (MAE) ${amount(h.total.meanAbsoluteError)}, middelfejl (bias) ${signed(h.total.bias)} over ${h.runs.length - 1} prognoser.`);
  out.push('', 'Pr. foranstaltning:');
  out.push(...table(
    ['Foranstaltning', ...h.runs.map((r) => asOfText(r.asOf)), ...(final ? ['MAE', 'Bias'] : [])],
    h.measures.map((m) => [m.measure, ...m.expected.map(amount), ...(final ? [amount(m.meanAbsoluteError), signed(m.bias)] : [])]),
    ['I alt', ...h.total.expected.map(amount), ...(final ? [amount(h.total.meanAbsoluteError), signed(h.total.bias)] : [])],
  ));
  if (h.quote) out.push('', colour.bold(quoteLine(h.quote)));
  if (final) out.push('', 'Bias > 0: prognoserne lå i gennemsnit over regnskabet (forbruget blev ikke undervurderet); bias < 0: under.');
  return out.join('\n') + '\n';
}
