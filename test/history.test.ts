/**
 * The run archive and `prognose history`: a small project archived by twelve monthly runs
 * (forecast --as-of 2026-01 … 2026-12 --archive), as a scheduled job would; the history's errors,
 * mean absolute error and bias checked by hand; the same month run again replaces its file; and
 * every file in the archive validated: a hand-edited, renamed or foreign file is an error naming it.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { convertWithRecalc, hasSoffice } from './libreoffice.js';
import { formulaCells, loadWorkbook } from './workbook-helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'prognose-history-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const project = join(tmp, 'projekt');
const archive = join(tmp, 'arkiv');

// Advokater (tolvtedele, budget 120.000: 10.000 a month while open) books 10.000 + d in month m;
// Refusion (skøn −60.000: expected = −60.000 while a month is open) books −5.000 a month, −7.500 in December.
const D = [0, 0, 1200, 0, -600, 0, 0, 2400, 0, 0, -4800, 1200];
const dk = (n: number): string => `${n < 0 ? '-' : ''}${String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},00`;
const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

function writeProject(): void {
  mkdirSync(project, { recursive: true });
  const csv = (file: string, rows: string[][]) => writeFileSync(join(project, file), Buffer.from(rows.map((r) => r.join(';')).join('\r\n') + '\r\n', 'latin1'));
  csv('foranstaltninger.csv', [['Konto', 'Område', 'Foranstaltning', 'Metode', 'Budget', 'Skøn'], ['5.28.21', 'Børn og unge', 'Advokater', 'tolvtedele', '120.000', ''], ['5.28.23', 'Børn og unge', 'Refusion', 'skøn', '-60.000', '-60.000']]);
  csv('forbrug.csv', [['Foranstaltning', 'Måned', 'Beløb'], ...months.flatMap((m, i) => [['Advokater', m, dk(10_000 + D[i]!)], ['Refusion', m, dk(i === 11 ? -7_500 : -5_000)]])]);
}

beforeAll(async () => {
  writeProject();
  for (const m of months) {
    const r = await runCli(['forecast', project, '--as-of', m, '--archive', archive, '-q', '--json']);
    expect(r.code, r.stderr).toBe(0);
  }
}, 120_000);

interface Line { expected: (string | null)[]; final: string | null; errors: (string | null)[] | null; meanAbsoluteError: string | null; bias: string | null }
interface HistoryDoc { year: number; runs: { asOf: string; closedMonths: number; file: string; prognose: string }[]; final: string | null; measures: (Line & { measure: string })[]; total: Line; quote: { asOf: string; expected: string; final: string; error: string } | null }

describe('the run archive', () => {
  it('holds one file per month, <year>-<MM>.json, with the JSON summary, the version, the options and each input file\'s SHA-256', async () => {
    expect(readdirSync(archive).sort()).toEqual(months.map((m) => `${m}.json`));
    const file = JSON.parse(readFileSync(join(archive, '2026-05.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'prognose', 'madeAt', 'input', 'options', 'inputs', 'summarySha256', 'summary']);
    expect([file.format, file.formatVersion, file.prognose]).toEqual(['prognose-arkiv', 1, JSON.parse(readFileSync('package.json', 'utf8')).version]);
    expect(file.options).toEqual({ year: null, asOf: '2026-05', json: true, out: null, lang: 'da', maskCpr: false, deterministic: false, compareWith: null });
    const sha = (f: string) => createHash('sha256').update(readFileSync(join(project, f))).digest('hex');
    expect(file.inputs).toEqual([
      { table: 'Foranstaltninger', file: 'foranstaltninger.csv', rows: 2, sha256: sha('foranstaltninger.csv') },
      { table: 'Forbrug', file: 'forbrug.csv', rows: 24, sha256: sha('forbrug.csv') },
    ]);
    const json = await runCli(['forecast', project, '--as-of', '2026-05', '--json', '-q']);
    expect(file.summary).toEqual(JSON.parse(json.stdout));
    expect(file.summarySha256).toBe(createHash('sha256').update(JSON.stringify(file.summary)).digest('hex'));
  });

  it('replaces the month run again, atomically, and says so', async () => {
    const before = readFileSync(join(archive, '2026-05.json'), 'utf8');
    const r = await runCli(['forecast', project, '--as-of', '2026-05', '--archive', archive, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`note: arkivet havde allerede en kørsel for 2026-05; den er erstattet af denne: ${join(archive, '2026-05.json')}`);
    expect(readdirSync(archive).sort()).toEqual(months.map((m) => `${m}.json`)); // no temporary file left
    const after = JSON.parse(readFileSync(join(archive, '2026-05.json'), 'utf8')) as { summary: unknown; madeAt: string };
    expect(after.summary).toEqual((JSON.parse(before) as { summary: unknown }).summary);
    const first = await runCli(['forecast', project, '--as-of', '2026-05', '--archive', join(tmp, 'nyt-arkiv'), '--json']);
    expect(first.stderr).toContain(`Kørslen er arkiveret: ${join(tmp, 'nyt-arkiv', '2026-05.json')}`);
  });
});

describe('a workbook never goes into the archive folder (history would refuse it as foreign)', () => {
  it.each([
    ['forecast --archive with --out there', () => ['forecast', project, '--as-of', '2026-05', '--archive', archive, '--out', join(archive, 'prognose.xlsx')]],
    ['history --out there', () => ['history', archive, '--out', join(archive, 'historik.xlsx')]],
  ])('%s: exit 2, nothing written', async (_what, args) => {
    const r = await runCli(args());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ligger i arkivmappen ${archive}, som kun må rumme arkivfiler`);
    expect(readdirSync(archive).sort()).toEqual(months.map((m) => `${m}.json`));
  });
});

describe('prognose history', () => {
  it('gives each month\'s expected result, its error against the accounts, MAE and bias, by hand', async () => {
    const r = await runCli(['history', archive, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const h = JSON.parse(r.stdout) as HistoryDoc;
    expect(h.year).toBe(2026);
    expect(h.runs.map((x) => x.asOf)).toEqual(months);
    expect(h.final).toBe('2026-12');
    const adv = h.measures.find((m) => m.measure === 'Advokater')!;
    // Final = 12 × 10.000 + Σd (−600) = 119.400. After month k the run expects the booked months plus
    // 10.000 for each open one, so its error is −Σ_{m>k} d:
    expect(adv.final).toBe('119400.00');
    expect(adv.errors).toEqual(['600.00', '600.00', '1800.00', '1800.00', '1200.00', '1200.00', '1200.00', '3600.00', '3600.00', '3600.00', '-1200.00', null]);
    // MAE = (600 + 600 + 1.800 + 1.800 + 1.200 × 3 + 3.600 × 3 + 1.200) / 11 = 20.400 / 11 = 1.854,5454… → 1.854,55
    // bias = (20.400 − 2 × 1.200) / 11 = 18.000 / 11 = 1.636,3636… → 1.636,36
    expect([adv.meanAbsoluteError, adv.bias]).toEqual(['1854.55', '1636.36']);
    const ref = h.measures.find((m) => m.measure === 'Refusion')!;
    // Skøn: −60.000 expected in every run before the accounts; final 11 × −5.000 − 7.500 = −62.500: error +2.500 each.
    expect(ref.expected.slice(0, 11)).toEqual(Array(11).fill('-60000.00'));
    expect([ref.final, ref.meanAbsoluteError, ref.bias]).toEqual(['-62500.00', '2500.00', '2500.00']);
    // Total: final 119.400 − 62.500 = 56.900; errors the sum of the two: 3.100, 3.100, 4.300, 4.300, 3.700 × 3,
    // 6.100 × 3, 1.300; Σ = 45.500, all above 0: MAE = bias = 45.500 / 11 = 4.136,3636… → 4.136,36
    expect(h.total.final).toBe('56900.00');
    expect(h.total.errors).toEqual(['3100.00', '3100.00', '4300.00', '4300.00', '3700.00', '3700.00', '3700.00', '6100.00', '6100.00', '6100.00', '1300.00', null]);
    expect([h.total.meanAbsoluteError, h.total.bias]).toEqual(['4136.36', '4136.36']);
    // The line to quote: the November run (the last before the accounts) expected 118.200 − 60.000 = 58.200: +1.300.
    expect(h.quote).toEqual({ asOf: '2026-11', expected: '58200.00', final: '56900.00', error: '1300.00' });
  });

  it('on the terminal: the runs, the measures and the line to quote', async () => {
    const r = await runCli(['history', archive]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sidste prognose før regnskabet (pr. 2026-11) ramte regnskabet inden for 1.300,00 kr.: forventet 58.200,00, regnskab 56.900,00, fejl +1.300,00.');
    // The total as each run saw it: 56.900 + its error. January: 12 × 10.000 − 60.000 = 60.000.
    expect(r.stdout).toMatch(/^I alt +60\.000,00 +60\.000,00 +61\.200,00 +61\.200,00 +60\.600,00 +60\.600,00 +60\.600,00 +63\.000,00 +63\.000,00 +63\.000,00 +58\.200,00 +56\.900,00 +4\.136,36 +\+4\.136,36$/m);
  });

  it('without the final run: the expected results, no errors', async () => {
    const partial = join(tmp, 'delvis');
    mkdirSync(partial);
    for (const m of months.slice(0, 9)) cpSync(join(archive, `${m}.json`), join(partial, `${m}.json`));
    const h = JSON.parse((await runCli(['history', partial, '--json'])).stdout) as HistoryDoc;
    expect([h.runs.length, h.final, h.quote, h.total.errors, h.total.meanAbsoluteError]).toEqual([9, null, null, null, null]);
    // September: Jan-Sep 90.000 + Σd 3.000 + 3 open × 10.000 = 123.000, and −60.000: 63.000
    expect(h.total.expected[8]).toBe('63000.00');
  });
});

describe('archive files are validated on reading', () => {
  const copy = (name: string): string => {
    const dir = mkdtempSync(join(tmp, `${name}-`));
    for (const m of months) cpSync(join(archive, `${m}.json`), join(dir, `${m}.json`));
    return dir;
  };

  it.each([
    ['a hand-edited summary', (dir: string) => {
      const path = join(dir, '2026-11.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('"expected": "58200.00"', '"expected": "56950.00"'));
      return '2026-11.json';
    }, 'archive-edited', 'resuméet er ændret, efter prognose skrev det'],
    ['a renamed file', (dir: string) => {
      renameSync(join(dir, '2026-03.json'), join(dir, '2025-03.json'));
      return '2025-03.json';
    }, 'archive-name-mismatch', 'filen hedder 2025-03.json, men rummer kørslen for 2026 med sidste lukkede måned 2026-03 (2026-03.json)'],
    ['a foreign file', (dir: string) => {
      writeFileSync(join(dir, 'noter.txt'), 'husk budgetmødet');
      return 'noter.txt';
    }, 'archive-foreign-file', 'ikke et arkivfilnavn'],
    ['JSON of another kind', (dir: string) => {
      writeFileSync(join(dir, '2026-13.json'), '{}');
      return '2026-13.json';
    }, 'archive-foreign-file', 'ikke et arkivfilnavn'],
    ['a file that is not prognose\'s', (dir: string) => {
      writeFileSync(join(dir, '2027-01.json'), JSON.stringify({ year: 2027, measures: [] }));
      return '2027-01.json';
    }, 'archive-invalid', 'ikke en arkivfil fra prognose: format: Invalid input: expected "prognose-arkiv"'],
    ['a file that is not JSON', (dir: string) => {
      writeFileSync(join(dir, '2026-12.json'), readFileSync(join(dir, '2026-12.json'), 'utf8').slice(0, 500));
      return '2026-12.json';
    }, 'archive-invalid', 'filen er ikke gyldig JSON'],
  ])('%s is an error naming it (exit 2), never skipped', async (what, spoil, code, message) => {
    const dir = copy(what.replace(/\W+/g, '-'));
    const file = spoil(dir);
    for (const args of [['history', dir], ['history', dir, '--json']]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`fejl: ${join(dir, file)}: ${message}`);
    }
    expect(code).toMatch(/^archive-/);
  });

  it('with several years: the latest by default (a note names the others), --year for another', async () => {
    const dir = copy('years');
    // A run for 2025 of the same project: no forbrug of 2025, so no month closed: 2025-00.json.
    expect((await runCli(['forecast', project, '--year', '2025', '--archive', dir, '-q', '--json'])).code).toBe(0);
    expect(readdirSync(dir)).toContain('2025-00.json');
    const latest = await runCli(['history', dir, '--json']);
    expect((JSON.parse(latest.stdout) as HistoryDoc).year).toBe(2026);
    expect(latest.stderr).toContain('note: arkivet rummer også 2025; viser 2026 (vælg med --year)');
    const earlier = JSON.parse((await runCli(['history', dir, '--year', '2025', '--json'])).stdout) as HistoryDoc;
    expect([earlier.year, earlier.runs.map((r) => [r.asOf, r.closedMonths, r.file]), earlier.final]).toEqual([2025, [[null, 0, '2025-00.json']], null]);
  });

  it('a missing archive and an empty year are errors too', async () => {
    const missing = await runCli(['history', join(tmp, 'findes-ikke')]);
    expect([missing.code, missing.stderr.includes('findes ikke')]).toEqual([2, true]);
    const other = await runCli(['history', archive, '--year', '2025']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(`arkivet ${archive} har ingen kørsler for 2025 (kun 2026)`);
  });
});

const present = hasSoffice();
if (!present && process.env.PROGNOSE_REQUIRE_SOFFICE === '1') throw new Error('soffice (LibreOffice) is required here but not found');

describe.skipIf(!present)('history --out recalculated by LibreOffice', () => {
  it('the errors, MAE and bias are formulas that give the engine\'s figures', async () => {
    const out = join(tmp, 'historik.xlsx');
    expect((await runCli(['history', archive, '--out', out, '-q'])).code).toBe(0);
    const before = await loadWorkbook(out);
    expect(before.worksheets.map((w) => w.name)).toEqual(['Historik']);
    const cells = formulaCells(before);
    // 3 lines × (11 errors + MAE + bias)
    expect(cells.length).toBe(3 * 13);
    const [recalculated] = await convertWithRecalc([out], 'xlsx', join(tmp, 'lo'));
    const after = await loadWorkbook(recalculated!);
    const wrong = cells.filter((c) => {
      const cell = after.getWorksheet(c.sheet)!.getCell(c.address);
      const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      return typeof value !== 'number' || Math.round(value * 100) !== Math.round((c.result as number) * 100);
    });
    expect(wrong.map((c) => `${c.address} ${c.formula} ${String(c.result)}`)).toEqual([]);
    expect(cells.filter((c) => c.formula.startsWith('ROUND(SUMPRODUCT(ABS(')).map((c) => c.result)).toEqual([1854.55, 2500, 4136.36]);
  }, 240_000);
});
