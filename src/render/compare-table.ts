/**
 * The terminal renderer of a Comparison: per measure the previous and current expected result,
 * the change and its largest components; the total with every component, the budget's and the
 * deviation's change; then the ten largest case changes and the changed risk cases and intake
 * rows (case references masked: DDMMYY-xxxx). Formatting only: every amount is the Comparison's.
 * Exports: comparisonToTable, COMPONENT_TEXT.
 */
import { COMPONENTS, type CaseField, type ChangeKind, type ChangeSums, type Comparison, type Component, type IntakeField, type RiskCaseField } from '../model/comparison.js';
import { formatYearMonth, type YearMonth } from '../model/civil-date.js';
import { maskCpr } from '../model/cpr.js';
import { formatDanishAmount, type Money } from '../model/money.js';
import { colour } from './colour.js';

/** Each component in a few Danish words. */
export const COMPONENT_TEXT: Readonly<Record<Component, string>> = {
  closedActuals: 'ombogført i lukkede mdr.',
  newlyClosed: 'nyt forbrug mod prognose',
  activeDispositions: 'aktuelle disp.',
  expectedDispositions: 'forventede disp.',
  riskCases: 'risikosager',
  intake: 'tilgang/afgang',
  pool: 'pulje',
  transitions: 'overgange',
  method: 'anden metode',
  added: 'ny foranstaltning',
  removed: 'udgået foranstaltning',
};

const KIND_TEXT: Readonly<Record<ChangeKind, string>> = { new: 'ny', removed: 'fjernet', changed: 'ændret' };
const FIELD_TEXT: Readonly<Record<CaseField | RiskCaseField | IntakeField, string>> = {
  rate: 'takst', unit: 'enhed', start: 'start', stop: 'stop', status: 'status', rows: 'rækker',
  count: 'antal', unitCost: 'enhedsudgift', probability: 'sandsynlighed', duration: 'varighed',
  intake: 'tilgang', exit: 'afgang', price: 'pris', closed: 'måned lukket',
};
const LISTED = 10;
const LARGEST_COMPONENTS = 3;

const signed = (m: Money): string => (m.isPositive() && !m.isZero() ? '+' : '') + formatDanishAmount(m);
// eslint-disable-next-line no-control-regex
const visible = (s: string): number => s.replace(/\u001b\[[0-9;]*m/g, '').length;
const asOfText = (ym: YearMonth | null): string => (ym === null ? 'ingen lukket måned' : formatYearMonth(ym));

/** Aligned columns: left-aligned where `left[c]`, right-aligned otherwise. */
function aligned(rows: readonly (readonly string[])[], left: readonly boolean[]): { widths: number[]; line: (r: readonly string[]) => string } {
  const widths = left.map((_, c) => Math.max(...rows.map((r) => visible(r[c] ?? ''))));
  const line = (r: readonly string[]): string =>
    r.map((cell, c) => (left[c] ? cell + ' '.repeat(widths[c]! - visible(cell)) : ' '.repeat(widths[c]! - visible(cell)) + cell)).join('  ').trimEnd();
  return { widths, line };
}

/** A table: a bold header with a rule under it, the rows, and a bold total row after a rule. */
function table(head: readonly string[], rows: readonly (readonly string[])[], left: readonly boolean[], totalRow?: readonly string[]): string[] {
  const { widths, line } = aligned([head, ...rows, ...(totalRow ? [totalRow] : [])], left);
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [colour.bold(line(head)), rule, ...rows.map(line), ...(totalRow ? [rule, colour.bold(line(totalRow))] : [])];
}

/** The largest non-zero components of a change, largest first. */
function largest(s: ChangeSums, n: number): string {
  const parts = COMPONENTS.filter((c) => !s[c].isZero()).sort((a, b) => s[b].abs().cmp(s[a].abs()));
  return parts.slice(0, n).map((c) => `${COMPONENT_TEXT[c]} ${signed(s[c])}`).join('; ');
}

export function comparisonToTable(c: Comparison): string {
  const split = [
    ...COMPONENTS.filter((k) => !c.total[k].isZero()).map((k) => [`  ${COMPONENT_TEXT[k]}`, signed(c.total[k])]),
    ['  = ændring', signed(c.total.change)],
    ['  budgetændring', signed(c.total.budgetChange)],
    ['  ændring i afvigelse', signed(c.total.deviationChange)],
  ];
  const splitLine = aligned(split, [true, false]).line;
  const out: string[] = [
    colour.bold(`Ændringer i forventet regnskab ${c.year}: fra ${asOfText(c.previousAsOf)} til ${asOfText(c.asOf)}`),
    '',
    ...table(
      ['Foranstaltning', 'Forrige', 'Nu', 'Ændring', 'Største bidrag'],
      c.measures.map((m) => [m.measure, formatDanishAmount(m.previousExpected), formatDanishAmount(m.expected), signed(m.change), largest(m, LARGEST_COMPONENTS)]),
      [true, false, false, false, true],
      ['I alt', formatDanishAmount(c.total.previousExpected), formatDanishAmount(c.total.expected), signed(c.total.change), ''],
    ),
    '',
    'Ændringen i alt fordelt:',
    ...split.map(splitLine),
  ];
  const fields = (f: readonly string[]): string => f.map((x) => FIELD_TEXT[x as CaseField]).join(', ');
  out.push('');
  if (c.cases.length === 0) out.push('Ingen sager er ændret.');
  else {
    out.push(`Største ændringer pr. sag (${Math.min(LISTED, c.cases.length)} af ${c.cases.length}):`);
    out.push(...table(['Sag', 'Foranstaltning', 'Art', 'Felter', 'Ændring'],
      c.cases.slice(0, LISTED).map((x) => [maskCpr(x.caseRef), x.measure, KIND_TEXT[x.kind], fields(x.fields), signed(x.change)]), [true, true, true, true, false]));
  }
  if (c.riskCases.length > 0) {
    out.push('', `Risikosager (${Math.min(LISTED, c.riskCases.length)} af ${c.riskCases.length}):`);
    out.push(...table(['Sag', 'Foranstaltning', 'Art', 'Felter', 'Ændring'],
      c.riskCases.slice(0, LISTED).map((x) => [maskCpr(x.caseRef), x.measure, KIND_TEXT[x.kind], fields(x.fields), signed(x.change)]), [true, true, true, true, false]));
  }
  if (c.intakes.length > 0) {
    out.push('', `Tilgang og afgang (${Math.min(LISTED, c.intakes.length)} af ${c.intakes.length}):`);
    out.push(...table(['Foranstaltning', 'Måned', 'Art', 'Felter', 'Ændring'],
      c.intakes.slice(0, LISTED).map((x) => [x.measure, formatYearMonth(x.month), KIND_TEXT[x.kind], fields(x.fields), signed(x.change)]), [true, true, true, true, false]));
  }
  const warnings = c.problems.filter((p) => p.problem.severity === 'warning').length;
  out.push('', 'Ændring = forventet regnskab nu − forrige; bidragene summerer til den til øren. Ændring i afvigelse = ændring − budgetændring.');
  if (warnings > 0) out.push(colour.yellow(`${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'} (se stderr)`));
  return out.join('\n') + '\n';
}
