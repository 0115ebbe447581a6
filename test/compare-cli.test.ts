/**
 * `prognose compare` as a user runs it, on fixtures/eksempel-forrige (the August run, as-of
 * 2026-08) and fixtures/eksempel (September, as-of 2026-09): the JSON's shape and exact sums, its
 * errors (exit 2), the sheet Ændringer (compare --out, forecast --compare-with) with CPR numbers in
 * full or masked, and LibreOffice recalculating its formulas to the engine's figures.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { money, sumMoney, type Money } from '../src/model/money.js';
import { runCli } from './helpers/run-cli.js';
import { convertWithRecalc, hasSoffice } from './libreoffice.js';
import { formulaCells, loadWorkbook, numberAt, rowWith } from './workbook-helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'prognose-compare-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PREVIOUS = 'fixtures/eksempel-forrige';
const CURRENT = 'fixtures/eksempel';
const COMPONENTS = ['closedActuals', 'newlyClosed', 'activeDispositions', 'expectedDispositions', 'riskCases', 'intake', 'pool', 'transitions', 'method', 'added', 'removed'] as const;
const SUMS = ['previousExpected', 'expected', 'change', ...COMPONENTS, 'budgetChange'];

type Sums = Record<string, string>;
interface Listed { case?: string; measure: string; month?: string; kind: string; fields: string[]; change: string }
interface Doc { year: number; previousAsOf: string; asOf: string; measures: (Sums & { measure: string })[]; total: Sums; cases: Listed[]; riskCases: Listed[]; intake: Listed[]; warnings: { run: string; code: string }[] }

async function doc(...extra: string[]): Promise<Doc> {
  const r = await runCli(['compare', PREVIOUS, CURRENT, '--json', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Doc;
}
const m$ = (s: string): Money => money(s);
const sum = (xs: readonly string[]): string => sumMoney(xs.map(m$)).toFixed(2);

describe('compare --json on the example, August → September', () => {
  it('has the documented shape, in order', async () => {
    const d = await doc();
    expect(Object.keys(d)).toEqual(['year', 'previousAsOf', 'asOf', 'measures', 'total', 'cases', 'riskCases', 'intake', 'warnings']);
    expect([d.year, d.previousAsOf, d.asOf]).toEqual([2026, '2026-08', '2026-09']);
    expect(Object.keys(d.measures[0]!)).toEqual(['measure', ...SUMS]);
    expect(Object.keys(d.total)).toEqual(SUMS);
    expect(Object.keys(d.cases[0]!)).toEqual(['case', 'measure', 'kind', 'fields', 'change']);
    expect(Object.keys(d.riskCases[0]!)).toEqual(['case', 'measure', 'kind', 'fields', 'change']);
    expect(Object.keys(d.intake[0]!)).toEqual(['measure', 'month', 'kind', 'fields', 'change']);
    // Measures in the current run's file order (both runs have the same twelve).
    expect(d.measures.map((m) => m.measure)).toEqual(['Opholdssteder', 'Forebyggende foranstaltninger', 'Efterskoleophold', 'Advokatudgifter', 'Plejefamilier',
      'Døgninstitutioner', 'Kommunens eget børnehjem', 'Central refusionsordning', 'Sikrede døgninstitutioner', 'Personlig støtte § 85', 'Botilbud § 108', 'Botilbud § 107']);
    for (const m of [...d.measures, d.total]) for (const k of SUMS) expect(m[k]).toMatch(/^-?\d+\.\d{2}$/);
    // Warnings of both runs, each saying which (the previous run's first). Each run's outside-year note, its case
    // review (README: Case review; the August run has 10 forventet rows already started, September 4 more) and the
    // six rows Aldersgrænse 18 cuts.
    const counts = new Map<string, number>();
    for (const w of d.warnings) counts.set(`${w.run} ${w.code}`, (counts.get(`${w.run} ${w.code}`) ?? 0) + 1);
    expect(d.warnings.map((w) => w.run)).toEqual([...Array<string>(149).fill('previous'), ...Array<string>(153).fill('current')]);
    expect(Object.fromEntries(counts)).toEqual({
      'previous outside-year': 1, 'previous expected-started': 10, 'previous past-age-limit': 9, 'previous age-for-measure': 3, 'previous rate-outlier': 1, 'previous long-open-case': 118, 'previous negative-rate': 1, 'previous age-limit-cut': 6,
      'current outside-year': 1, 'current expected-started': 14, 'current past-age-limit': 9, 'current age-for-measure': 3, 'current rate-outlier': 1, 'current long-open-case': 118, 'current negative-rate': 1, 'current age-limit-cut': 6,
    });
  });

  it('sums exactly: components to the change, measures to the total, lists to their components', async () => {
    const d = await doc();
    for (const m of [...d.measures, d.total]) {
      expect(sum(COMPONENTS.map((k) => m[k]!))).toBe(m.change);
      expect(m$(m.expected!).minus(m$(m.previousExpected!)).toFixed(2)).toBe(m.change);
    }
    for (const k of SUMS) expect(sum(d.measures.map((m) => m[k]!)), k).toBe(d.total[k]);
    expect(sum(d.cases.map((c) => c.change))).toBe(m$(d.total.activeDispositions!).plus(m$(d.total.expectedDispositions!)).toFixed(2));
    expect(sum(d.riskCases.map((c) => c.change))).toBe(d.total.riskCases);
    expect(sum(d.intake.map((c) => c.change))).toBe(d.total.intake);
    // Per measure too.
    for (const m of d.measures) {
      const own = d.cases.filter((c) => c.measure === m.measure).map((c) => c.change);
      expect(sum(own), m.measure).toBe(m$(m.activeDispositions!).plus(m$(m.expectedDispositions!)).toFixed(2));
    }
    const abs = d.cases.map((c) => m$(c.change).abs());
    for (let i = 1; i < abs.length; i++) expect(abs[i - 1]!.gte(abs[i]!)).toBe(true);
  });

  it('splits a transition (overgange) exactly: its own component, in a budget year where the transitions start', async () => {
    // Budget year 2027: fixtures/eksempel has overgange, eksempel-forrige has none, and no month of 2027 is closed in
    // either run, so each measure's transitions component is the current run's whole year of them (forecast's
    // eksempel-year-2027 golden case): Botilbud § 108 6/31 × 65.900 + 11 × 65.900 = 737.654,84; Botilbud § 107
    // 2/31 × 31.260 + 9 × 31.260 = 283.356,77; Personlig støtte § 85 6 × 10.640 = 63.840,00.
    const d = await doc('--year', '2027');
    const transitions = Object.fromEntries(d.measures.filter((m) => m.transitions !== '0.00').map((m) => [m.measure, m.transitions]));
    expect(transitions).toEqual({ 'Personlig støtte § 85': '63840.00', 'Botilbud § 108': '737654.84', 'Botilbud § 107': '283356.77' });
    expect(d.total.transitions).toBe('1084851.61'); // 63.840,00 + 737.654,84 + 283.356,77
    for (const m of [...d.measures, d.total]) expect(sum(COMPONENTS.map((k) => m[k]!)), m.measure ?? 'total').toBe(m.change);
  });

  it('gives the changes the fixture was made with (scripts/make-eksempel-forrige.mjs), by hand', async () => {
    const d = await doc();
    const m = (name: string) => d.measures.find((x) => x.measure === name)!;
    // Re-bookings: June of Opholdssteder +18.450,00, July of Botilbud § 108 −12.300,00.
    expect([m('Opholdssteder').closedActuals, m('Botilbud § 108').closedActuals, d.total.closedActuals]).toEqual(['18450.00', '-12300.00', '6150.00']);
    // Plejefamilier's pool 750.000 → 600.000: now 600.000 × 3/12 = 150.000; then 750.000 × 4/12 = 250.000,
    // 62.500 a month, 3 × 62.500 = 187.500 of it in Oct-Dec: −37.500.
    expect(m('Plejefamilier').pool).toBe('-37500.00');
    expect(m('Døgninstitutioner').budgetChange).toBe('500000.00'); // 27.300.000 − 26.800.000
    const c = (ref: string) => d.cases.find((x) => x.case === ref)!;
    // New: 3.167,00 a day from 27.09: Oct-Dec 31 + 30 + 31 = 92 days × 3.167 = 291.364,00.
    expect(c('301112-xxxx')).toEqual({ case: '301112-xxxx', measure: 'Døgninstitutioner', kind: 'new', fields: [], change: '291364.00' });
    // Did not come: 55.000 a month from 01.10, 3 × 55.000.
    expect(c('140910-xxxx')).toEqual({ case: '140910-xxxx', measure: 'Opholdssteder', kind: 'removed', fields: [], change: '-165000.00' });
    // Renegotiated: 2.000 a month more, 3 × 2.000.
    expect(c('170778-xxxx')).toEqual({ case: '170778-xxxx', measure: 'Botilbud § 107', kind: 'changed', fields: ['rate'], change: '6000.00' });
    // Ended 25.11 (no stop in August): November keeps 25 of its 30 days and loses 64.700 × 5/30 = 10.783,33;
    // December loses 64.700: −75.483,33.
    expect(c('131112-xxxx')).toEqual({ case: '131112-xxxx', measure: 'Opholdssteder', kind: 'changed', fields: ['stop'], change: '-75483.33' });
    // forventet → aktuel on the same row: no money, but listed with status.
    expect(c('050311-xxxx')).toEqual({ case: '050311-xxxx', measure: 'Plejefamilier', kind: 'changed', fields: ['status'], change: '0.00' });
    // August wrote 300914-5086 without its hyphen: one case, not listed.
    expect(d.cases.some((x) => x.case === '300914-xxxx')).toBe(false);
    expect(d.riskCases.map((x) => [x.case, x.kind, x.fields.join(','), x.change])).toEqual([
      ['R-2026-014', 'changed', 'probability', '-37500.00'], // 62.500 × (40 % − 60 %) × 3 months
      ['R-2026-019', 'removed', '', '-142500.00'], // 95.000 × 50 % × 3 months
      ['R-2026-031', 'new', '', '43200.00'], // 54.000 × 80 % in December
    ]);
    expect(d.intake.map((x) => [x.measure, x.month, x.kind, x.fields.join(','), x.change])).toEqual([
      ['Opholdssteder', '2026-11', 'new', '', '118200.00'], // 1 × 59.100 × 2 months
      ['Personlig støtte § 85', '2026-09', 'removed', '', '-28500.00'], // 1 × 9.500 × 3 months
      ['Botilbud § 107', '2026-10', 'changed', 'intake', '156300.00'], // 1 more × 52.100 × 3 months
    ]);
  });

  it('masks every case reference that is a CPR number', async () => {
    const d = await doc();
    expect(d.cases.length).toBeGreaterThan(10);
    for (const c of d.cases) expect(c.case).toMatch(/^\d{6}-xxxx$/);
  });
});

describe('compare on the terminal', () => {
  it('prints what the README shows for the example, to the character', async () => {
    const r = await runCli(['compare', PREVIOUS, CURRENT]);
    expect(r.code).toBe(0);
    const readme = readFileSync('README.md', 'utf8');
    const shown = /```sh\nprognose compare fixtures\/eksempel-forrige fixtures\/eksempel\n```\n\n```\n([\s\S]*?)\n```/.exec(readme)![1]!;
    expect(r.stdout).toBe(shown + '\n');
    // The total, the split of it and the ten largest cases of 18. Both runs cut by the placements' Aldersgrænse
    // (Opholdssteder and Døgninstitutioner at 18): 174.683.422,90 − 174.375.120,86 = +308.302,04.
    expect(r.stdout).toMatch(/^I alt +174\.375\.120,86 +174\.683\.422,90 +\+308\.302,04$/m);
    expect(r.stdout).toContain('Største ændringer pr. sag (10 af 18):');
    expect(r.stdout).toMatch(/^ {2}= ændring +\+308\.302,04$/m);
    expect(r.stderr).toMatch(/^\[forrige kørsel\] advarsel: dispositioner\.csv/m);
  });
});

describe('compare refuses what cannot be compared (exit 2)', () => {
  it.each([
    ['different budget years', [PREVIOUS, CURRENT, '--as-of-previous', '2025-12', '--as-of', '2026-09'], 'forskellige budgetår (2025 og 2026)'],
    ['a current as-of before the previous one', [CURRENT, PREVIOUS], 'denne kørsels sidste lukkede måned (2026-08) ligger før den forrige kørsels (2026-09)'],
    ['an invalid previous project', ['fixtures/bad/unknown-unit', CURRENT, '--year', '2026'], 'forrige kørsel (fixtures/bad/unknown-unit) har 1 fejl i input; intet er sammenlignet.'],
    ['an invalid current project', [PREVIOUS, 'fixtures/bad/unknown-unit', '--year', '2026'], 'denne kørsel (fixtures/bad/unknown-unit) har 1 fejl i input; intet er sammenlignet.'],
    ['a wrong --as-of-previous', [PREVIOUS, CURRENT, '--as-of-previous', 'august'], '--as-of-previous skal være en måned som 2026-08'],
  ])('%s', async (_what, args, message) => {
    const out = join(tmp, 'refused.xlsx');
    const r = await runCli(['compare', ...args, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('an invalid project is listed under its run', async () => {
    const r = await runCli(['compare', 'fixtures/bad/unknown-unit', CURRENT, '--year', '2026']);
    expect(r.stderr).toMatch(/^\[forrige kørsel\] fejl: dispositioner\.csv, linje \d+, kolonne "Takstenhed"/m);
  });
});

async function changesSheet(path: string): Promise<ExcelJS.Worksheet> {
  return (await loadWorkbook(path)).getWorksheet('Ændringer')!;
}

describe('the sheet Ændringer', () => {
  it('compare --out: a waterfall per measure whose components SUM to the change, and the cases with CPR in full', async () => {
    const out = join(tmp, 'changes.xlsx');
    const r = await runCli(['compare', PREVIOUS, CURRENT, '--out', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    const wb = await loadWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ændringer']);
    const ws = wb.getWorksheet('Ændringer')!;
    const d = await doc();
    for (const m of d.measures) {
      const row = rowWith(ws, 1, m.measure);
      // Eleven components in E:O, the change in P, the expected result now in Q.
      expect(ws.getCell(`P${row}`).formula).toBe(`SUM(E${row}:O${row})`);
      expect(numberAt(ws, `P${row}`).toFixed(2)).toBe(m.change);
      expect(ws.getCell(`Q${row}`).formula).toBe(`D${row}+P${row}`);
      expect(numberAt(ws, `Q${row}`).toFixed(2)).toBe(m.expected);
      expect(numberAt(ws, `D${row}`).toFixed(2)).toBe(m.previousExpected);
      expect(['E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O'].map((c) => numberAt(ws, `${c}${row}`).toFixed(2))).toEqual(COMPONENTS.map((k) => m[k]));
    }
    const total = rowWith(ws, 1, 'I alt');
    expect(numberAt(ws, `P${total}`).toFixed(2)).toBe(d.total.change);
    // The case list shows the CPR number as Dispositioner does (it is the consultant's own workbook).
    const caseRow = rowWith(ws, 2, '301112-6447');
    expect(ws.getCell(`A${caseRow}`).value).toBe('Døgninstitutioner');
    expect(numberAt(ws, `E${caseRow}`)).toBe(291364);
  });

  it('--mask-cpr masks the case list', async () => {
    const out = join(tmp, 'masked.xlsx');
    expect((await runCli(['compare', PREVIOUS, CURRENT, '--out', out, '-q', '--mask-cpr'])).code).toBe(0);
    const ws = await changesSheet(out);
    expect(ws.getCell(`A${rowWith(ws, 2, '301112-xxxx')}`).value).toBe('Døgninstitutioner');
    ws.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toMatch(/(?<!\d)\d{6}-?\d{4}(?!\d)/)));
  });

  it('forecast --compare-with adds it to the follow-up workbook, after Nøgletal; it needs --out', async () => {
    const out = join(tmp, 'full.xlsx');
    const r = await runCli(['forecast', CURRENT, '--compare-with', PREVIOUS, '--out', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    const wb = await loadWorkbook(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(names.indexOf('Nøgletal'))).toEqual(['Nøgletal', 'Ændringer', 'Undringssager', 'Sagsbehandlere', 'Forudsætninger', 'Advarsler']);
    const ws = wb.getWorksheet('Ændringer')!;
    expect(numberAt(ws, `P${rowWith(ws, 1, 'I alt')}`).toFixed(2)).toBe((await doc()).total.change);
    const english = join(tmp, 'english.xlsx');
    expect((await runCli(['forecast', CURRENT, '--compare-with', PREVIOUS, '--out', english, '-q', '--lang', 'en'])).code).toBe(0);
    expect((await loadWorkbook(english)).worksheets.map((w) => w.name)).toContain('Changes');
    const without = await runCli(['forecast', CURRENT, '--compare-with', PREVIOUS]);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('--compare-with tilføjer arket Ændringer til regnearket: angiv også --out');
  });
});

const present = hasSoffice();
if (!present && process.env.PROGNOSE_REQUIRE_SOFFICE === '1') throw new Error('soffice (LibreOffice) is required here but not found');

describe.skipIf(!present)('the sheet Ændringer recalculated by LibreOffice', () => {
  it('gives every formula cell the engine figure', async () => {
    const files = [join(tmp, 'lo-changes.xlsx'), join(tmp, 'lo-full.xlsx')];
    expect((await runCli(['compare', PREVIOUS, CURRENT, '--out', files[0]!, '-q'])).code).toBe(0);
    expect((await runCli(['forecast', CURRENT, '--compare-with', PREVIOUS, '--out', files[1]!, '-q'])).code).toBe(0);
    const outs = await convertWithRecalc(files, 'xlsx', join(tmp, 'recalculated'));
    for (const [source, out] of files.map((f, i) => [f, outs[i]!] as const)) {
      const cells = formulaCells(await loadWorkbook(source)).filter((c) => c.sheet === 'Ændringer');
      // 12 measures × 3 formulas (change, expected now, deviation's change) + 16 totals (previous, 11 components,
      // change, expected now, budget change, deviation's change) + the three lists' sums
      expect(cells.length).toBe(12 * 3 + 16 + 3);
      const after = await loadWorkbook(out);
      const wrong = cells.filter((c) => {
        const cell = after.getWorksheet(c.sheet)!.getCell(c.address);
        const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
        return typeof value !== 'number' || Math.round(value * 100) !== Math.round((c.result as number) * 100);
      });
      expect(wrong.map((c) => `${c.address} ${c.formula}`), source).toEqual([]);
    }
  }, 240_000);
});
