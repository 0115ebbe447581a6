/**
 * The terminal's tables of the later years (render/table.ts puts them after the budget year's):
 * one table per year of the horizon after the budget year, each measure's budget (Budget ÅÅÅÅ),
 * expected, deviation, and the expected split into known (aktuel rows) and estimated, with the
 * total; a year's heading says which prices its amounts are in. Danish amounts; a missing budget
 * (and so deviation) is "-". Exports: yearTables.
 */
import type { Forecast, HorizonYear } from '../model/forecast.js';
import { formatDanishAmount, type Money } from '../model/money.js';
import { colour } from './colour.js';

const COLUMNS = ['Foranstaltning', 'Metode', 'Budget', 'Forventet', 'Afvigelse', 'Kendt', 'Skønnet'] as const;

const amount = (m: Money | null): string => (m === null ? '-' : formatDanishAmount(m));

function deviationText(d: Money | null): string {
  if (d === null) return '-';
  const text = formatDanishAmount(d);
  if (d.isZero()) return text;
  return d.isPositive() ? colour.red(text) : colour.green(text);
}

// eslint-disable-next-line no-control-regex
const visibleLength = (s: string): number => s.replace(/\u001b\[[0-9;]*m/g, '').length;

/** "i 2026-priser" without a prisfremskrivning, else the year's own prices and its factor. */
function pricesText(f: Forecast, y: HorizonYear): string {
  return f.indexed ? `i ${y.year}-priser: fremskrevet med faktor ${y.factor.toFixed().replace('.', ',')}` : `i ${f.period.year}-priser`;
}

function yearTable(f: Forecast, y: HorizonYear): string[] {
  const rows = y.measures.map((m) => [m.measure.name, m.measure.method, amount(m.budget), amount(m.expected), deviationText(m.deviation), amount(m.known), amount(m.estimated)]);
  const t = y.total;
  const total = ['I alt', '', amount(t.budget), amount(t.expected), deviationText(t.deviation), amount(t.known), amount(t.estimated)];
  const all = [[...COLUMNS], ...rows, total];
  const widths = COLUMNS.map((_, c) => Math.max(...all.map((r) => visibleLength(r[c]!))));
  const line = (r: readonly string[]): string =>
    r.map((cell, c) => (c < 2 ? cell + ' '.repeat(widths[c]! - visibleLength(cell)) : ' '.repeat(widths[c]! - visibleLength(cell)) + cell)).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [
    colour.bold(`Overslagsår ${y.year} (${pricesText(f, y)})`),
    '',
    colour.bold(line(COLUMNS)),
    rule,
    ...rows.map(line),
    rule,
    colour.bold(line(total)),
    '',
  ];
}

/** The later years' tables as lines, with a closing note; none with one year. */
export function yearTables(f: Forecast): string[] {
  if (f.years.length === 0) return [];
  return [
    ...f.years.flatMap((y) => yearTable(f, y)),
    'Kendt = aktuelle dispositioner; skønnet = forventede dispositioner, risikosager, tilgang, pulje, overgange og andre metoder.',
    'Et år uden Budget ÅÅÅÅ i foranstaltninger har intet budget og ingen afvigelse (-).',
    '',
  ];
}
