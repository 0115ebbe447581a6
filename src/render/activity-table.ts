/**
 * The terminal's second table (after the summary, render/table.ts): when any measure has a Budget
 * antal, each disposition measure's helårspersoner against Budget antal, the expected and the
 * budget price per helårsperson, and the deviation split into activity and price. Danish amounts;
 * a blank figure (no Budget antal, or no helårspersoner) is shown as "-". Exports: activityTable.
 */
import type { Forecast } from '../model/forecast.js';
import { formatDanishAmount, type Money } from '../model/money.js';

const COLUMNS = ['Foranstaltning', 'Helårspersoner', 'Budget antal', 'Forventet pris', 'Budgetpris', 'Aktivitet', 'Pris'] as const;

/** A count in Danish form with `decimals` decimals (≥ 1): 1.040,7489. */
function count(m: Money, decimals: number): string {
  const [whole, fraction] = m.toFixed(decimals).split('.') as [string, string];
  const negative = whole.startsWith('-');
  return `${negative ? '-' : ''}${(negative ? whole.slice(1) : whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
}
const amount = (m: Money | null): string => (m === null ? '-' : formatDanishAmount(m));

/** The table as lines, or none when no measure has a Budget antal. */
export function activityTable(f: Forecast): string[] {
  const measures = f.measures.filter((m) => m.activity !== null);
  if (!measures.some((m) => m.activity!.budgetPersons !== null)) return [];
  const rows = measures.map((m) => {
    const a = m.activity!;
    return [m.measure.name, count(a.persons, 4), a.budgetPersons === null ? '-' : count(a.budgetPersons, 2), amount(a.price), amount(a.budgetPrice), amount(a.activityEffect), amount(a.priceEffect)];
  });
  const all = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const line = (r: readonly string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [
    'Aktivitet og pris (helårspersoner; priser i kr. pr. helårsperson)',
    '',
    line(COLUMNS),
    rule,
    ...rows.map(line),
    '',
    'Aktivitet = (helårspersoner − budget antal) × budgetpris; pris = afvigelse − aktivitet.',
    '',
  ];
}
