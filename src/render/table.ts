/**
 * The terminal renderer: a readable summary table of the Forecast (Danish amounts), coloured with
 * chalk when the stream supports it (render/colour.ts), and the activity/price table
 * (render/activity-table.ts) when a measure has a Budget antal; with --years, a table per later
 * year (render/years-table.ts); under it the count of the warnings and notes printed on stderr
 * ("2 advarsler og 1 note"). Exports: forecastToTable, problemCount.
 */
import { maskCprsInText } from '../model/cpr.js';
import { formatYearMonth } from '../model/civil-date.js';
import { formatDanishAmount, type Money } from '../model/money.js';
import type { Forecast } from '../model/forecast.js';
import { lastClosedMonth } from '../model/period.js';
import { activityTable } from './activity-table.js';
import { colour } from './colour.js';
import { yearTables } from './years-table.js';

const COLUMNS = ['Foranstaltning', 'Metode', 'Budget', 'Forbrug', 'Prognose', 'Forventet', 'Afvigelse'] as const;

function deviationText(d: Money): string {
  const text = formatDanishAmount(d);
  if (d.isZero()) return text;
  return d.isPositive() ? colour.red(text) : colour.green(text);
}

/** Visible length, ignoring colour codes. */
function visibleLength(s: string): number {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*m/g, '').length;
}

/** "2 advarsler og 1 note": what was reported on stderr, counted as it was printed; '' with none. */
export function problemCount(problems: readonly { readonly severity: string }[]): string {
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const notes = problems.filter((p) => p.severity === 'note').length;
  const parts = [
    ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}`] : []),
    ...(notes > 0 ? [`${notes} ${notes === 1 ? 'note' : 'noter'}`] : []),
  ];
  return parts.join(' og ');
}

/** `quiet`: the warnings and notes were not printed (--quiet), and the count says so. */
export function forecastToTable(f: Forecast, options: { readonly quiet?: boolean } = {}): string {
  const { year } = f.period;
  const lastClosed = lastClosedMonth(f.period);
  const head = `Forventet regnskab ${year}` + (lastClosed ? ` (forbrug til og med ${formatYearMonth(lastClosed)})` : ' (ingen lukkede måneder)');
  const rows: string[][] = f.measures.map((m) => [
    m.measure.name, m.measure.method, formatDanishAmount(m.budget), formatDanishAmount(m.actual), formatDanishAmount(m.forecast),
    formatDanishAmount(m.expected), deviationText(m.deviation),
  ]);
  const total = ['I alt', '', formatDanishAmount(f.total.budget), formatDanishAmount(f.total.actual), formatDanishAmount(f.total.forecast),
    formatDanishAmount(f.total.expected), deviationText(f.total.deviation)];
  const all = [[...COLUMNS], ...rows, total];
  const widths = COLUMNS.map((_, c) => Math.max(...all.map((r) => visibleLength(r[c]!))));
  const line = (r: string[]): string =>
    r.map((cell, c) => (c < 2 ? cell + ' '.repeat(widths[c]! - visibleLength(cell)) : ' '.repeat(widths[c]! - visibleLength(cell)) + cell)).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const count = problemCount(f.problems);
  return maskCprsInText([
    colour.bold(head),
    '',
    colour.bold(line([...COLUMNS])),
    rule,
    ...rows.map(line),
    rule,
    colour.bold(line(total)),
    '',
    'Afvigelse = forventet regnskab − korrigeret budget (positiv = merforbrug, negativ = mindreforbrug).',
    ...(count !== '' ? [colour.yellow(`${count} ${options.quiet ? '(ikke vist: --quiet)' : '(se stderr)'}`)] : []),
    '',
    ...activityTable(f),
    ...yearTables(f),
  ].join('\n'));
}
