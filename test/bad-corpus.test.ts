/**
 * The bad-input corpus (fixtures/bad/<fault>/, made by scripts/make-bad-corpus.mjs): each folder is
 * the clean project fixtures/bad-base with exactly one fault. For each, `prognose validate --json`
 * must report exactly the expected problems (severity, code, file, line, column), and
 * `prognose forecast --out` must exit 2 and leave no file when there are errors, and write the
 * workbook when there are only warnings or notes.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

type Expected = readonly [severity: 'error' | 'warning' | 'note', code: string, file: string, line?: number, column?: string];

const D = 'dispositioner.csv';
const F = 'foranstaltninger.csv';
const R = 'risikosager.csv';

const CORPUS: Readonly<Record<string, readonly Expected[]>> = {
  'missing-file': [['error', 'missing-file', F]],
  'missing-column': [['error', 'missing-column', D, 1]],
  'missing-value': [['error', 'missing-value', D, 3, 'CPR-nr.']],
  'unreadable-number': [['error', 'unreadable-number', D, 2, 'Takst (kr.)']],
  'unreadable-date': [['error', 'unreadable-date', D, 3, 'Startdato']],
  'date-does-not-exist': [['error', 'unreadable-date', D, 3, 'Stopdato']],
  'unreadable-month': [['error', 'unreadable-month', 'forbrug.csv', 3, 'Måned']],
  'unreadable-percent': [['error', 'unreadable-percent', R, 2, 'Sandsynlighed']],
  'probability-out-of-range': [['error', 'probability-out-of-range', R, 2, 'Sandsynlighed']],
  'probability-read-as-percent': [['warning', 'probability-read-as-percent', R, 2, 'Sandsynlighed']],
  'invalid-duration': [['error', 'invalid-duration', R, 2, 'Varighed (mdr.)']],
  'unknown-unit': [['error', 'unknown-unit', D, 2, 'Takstenhed']],
  'unknown-status': [['error', 'unknown-status', D, 4, 'Status']],
  // The forbrug row of the unreadable measure is not also reported as an unknown measure.
  'unknown-method': [['error', 'unknown-method', F, 4, 'Metode']],
  'unknown-measure': [['error', 'unknown-measure', D, 3, 'Foranstaltning']],
  'stop-before-start': [['error', 'stop-before-start', D, 3, 'Stopdato']],
  'duplicate-measure': [['error', 'duplicate-measure', F, 5, 'Foranstaltning']],
  'missing-estimate': [['error', 'missing-estimate', F, 4, 'Skøn']],
  'missing-average-price': [['error', 'missing-average-price', 'tilgang.csv', 2, 'Gennemsnitspris']],
  'cpr-invalid-date': [['error', 'cpr-invalid-date', D, 2, 'CPR-nr.']],
  'cpr-modulus-11': [['warning', 'cpr-modulus-11', D, 2, 'CPR-nr.']],
  // A CPR number typed into the wrong column is still only ever shown masked (see data-safety.test.ts).
  'cpr-in-measure-column': [['error', 'unknown-measure', D, 2, 'Foranstaltning']],
  'overlapping-periods': [['warning', 'overlapping-periods', D, 5, 'Startdato']],
  'negative-rate': [['warning', 'negative-rate', D, 4, 'Takst (kr.)']],
  'outside-year': [['note', 'outside-year', D, 5]],
  'disposition-without-rows': [['warning', 'disposition-without-rows', F, 5, 'Foranstaltning']],
  'extra-cells': [['warning', 'extra-cells', D, 2, 'kolonne 8']],
  'wrong-delimiter': [['error', 'wrong-delimiter', D, 1]],
  'csv-syntax': [['error', 'csv-syntax', D, 3]],
  'duplicate-table': [['error', 'duplicate-table', D]],
  'empty-file': [['error', 'empty-file', D]],
  'header-only': [['warning', 'no-rows', D, 1]],
  'control-characters': [['warning', 'control-character', D, 3, 'Foranstaltning']],
  'formula-text': [],
  'mixed-encoding': [['warning', 'mixed-encoding', D, 2]],
  'xlsx-not-zip': [['error', 'unreadable-workbook', 'dispositioner.xlsx']],
  'xlsx-truncated': [['error', 'unreadable-workbook', 'dispositioner.xlsx']],
  // CPR numbers in other columns and forms are only ever shown masked (data-safety.test.ts scans them).
  'cpr-in-measure-table': [],
  'cpr-forms-in-case-column': [],
  'cpr-control-character': [['warning', 'control-character', D, 3, 'CPR-nr.']],
  // Read through the format 000000-0000: 020709-… keeps its leading zero and is checked.
  'cpr-xlsx-number': [['warning', 'cpr-modulus-11', 'dispositioner.xlsx', 3, 'CPR-nr.']],
  'mixed-line-ends': [],
  'ambiguous-number': [['error', 'unreadable-number', D, 2, 'Takst (kr.)']],
  // Budget 120.000,005 is refused; the rate 45.000,125 may carry more decimals.
  'amount-decimals': [['error', 'invalid-amount', F, 4, 'Budget']],
  'amount-too-large': [['error', 'invalid-amount', 'forbrug.csv', 4, 'Beløb']],
  'year-before-1900': [['error', 'unreadable-date', D, 3, 'Startdato']],
  // C2 "45.000,00" in a number cell is Danish text for 45000; C3 "12abc" is no number.
  'xlsx-number-garbage': [['error', 'unreadable-number', 'dispositioner.xlsx', 3, 'Takst (kr.)']],
  'xlsx-shared-string-range': [['error', 'invalid-cell', 'dispositioner.xlsx', 4]],
  'xlsx-no-r': [],
  'xlsx-duplicate-part': [['error', 'unreadable-workbook', 'dispositioner.xlsx']],
  'xlsx-encrypted': [['error', 'encrypted-workbook', 'dispositioner.xlsx']],
};

interface JsonProblem {
  severity: string;
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: string;
  value?: string;
  hint?: string;
}

const tmp = mkdtempSync(join(tmpdir(), 'prognose-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function validateJson(dir: string): Promise<{ code: number; doc: { valid: boolean; problems: JsonProblem[] } }> {
  const run = await runCli(['validate', dir, '--year', '2026', '--json']);
  return { code: run.code, doc: JSON.parse(run.stdout) as { valid: boolean; problems: JsonProblem[] } };
}

const shape = (p: JsonProblem): Expected => {
  const e: (string | number)[] = [p.severity, p.code, p.file ?? ''];
  if (p.line !== undefined || p.column !== undefined) e.push(p.line ?? -1);
  if (p.column !== undefined) e.push(p.column);
  return e as unknown as Expected;
};

async function expectForecastOutcome(dir: string, hasErrors: boolean, name: string): Promise<void> {
  const out = join(tmp, `${name}.xlsx`);
  const run = await runCli(['forecast', dir, '--year', '2026', '--out', out, '-q']);
  expect(run.code).toBe(hasErrors ? 2 : 0);
  expect(existsSync(out)).toBe(!hasErrors);
  // No temp file is left beside the target either.
  expect(readdirSync(tmp).filter((f) => f.includes(`${name}.xlsx`) && f !== `${name}.xlsx`)).toEqual([]);
}

describe('bad-input corpus', () => {
  it('has at least 25 faults, and every folder is in the table', () => {
    const folders = readdirSync('fixtures/bad').sort();
    expect(folders.length).toBeGreaterThanOrEqual(25);
    expect(folders).toEqual(Object.keys(CORPUS).sort());
  });

  it('the base project itself is clean', async () => {
    const { code, doc } = await validateJson('fixtures/bad-base');
    expect(code).toBe(0);
    expect(doc.problems).toEqual([]);
  });

  for (const [fault, expected] of Object.entries(CORPUS)) {
    it(`${fault}: ${expected.map((e) => e[1]).join(', ') || 'no problem'}`, async () => {
      const dir = join('fixtures/bad', fault);
      const { code, doc } = await validateJson(dir);
      expect(doc.problems.map(shape)).toEqual(expected);
      const hasErrors = expected.some((e) => e[0] === 'error');
      expect(code).toBe(hasErrors ? 2 : 0);
      expect(doc.valid).toBe(!hasErrors);
      for (const p of doc.problems) {
        expect(p.message.length).toBeGreaterThan(0);
        // Every error points at a fix.
        if (p.severity === 'error') expect(p.hint ?? '').not.toBe('');
      }
      await expectForecastOutcome(dir, hasErrors, fault);
    });
  }

  it('--strict turns warnings into exit code 2, notes stay harmless', async () => {
    expect((await runCli(['validate', 'fixtures/bad/negative-rate', '--year', '2026', '--strict'])).code).toBe(2);
    expect((await runCli(['validate', 'fixtures/bad/negative-rate', '--year', '2026'])).code).toBe(0);
    expect((await runCli(['validate', 'fixtures/bad/outside-year', '--year', '2026', '--strict'])).code).toBe(0);
  });

  it('the text report names file, line, column, masked value and fix', async () => {
    const run = await runCli(['validate', 'fixtures/bad/unreadable-number', '--year', '2026']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('fejl: dispositioner.csv, linje 2, kolonne "Takst (kr.)": Takst (kr.): ulæseligt tal [værdi: "45.00,00"] - skriv tallet som 1.234.567,89 eller 1234567,89');
    expect(run.stdout).toContain('Input kan ikke bruges: 1 fejl, 0 advarsler, 0 noter.');
    const cpr = await runCli(['validate', 'fixtures/bad/cpr-invalid-date', '--year', '2026']);
    expect(cpr.stdout).toContain('CPR-nummeret 310226-xxxx har en fødselsdato, der ikke findes [værdi: "310226-xxxx"]');
  });

  it('a typo in a measure name suggests the right one', async () => {
    const { doc } = await validateJson('fixtures/bad/unknown-measure');
    expect(doc.problems[0]!.hint).toBe('mente du "Opholdssteder" (foranstaltninger.csv, linje 2)? Navnet skal stå præcis ens begge steder');
  });

  it('mixed encodings and control characters are read as meant: the same forecast as the clean base', async () => {
    const total = async (dir: string): Promise<string> => {
      const run = await runCli(['forecast', dir, '--year', '2026', '--json', '-q']);
      expect(run.code).toBe(0);
      return (JSON.parse(run.stdout) as { total: { expected: string } }).total.expected;
    };
    expect(await total('fixtures/bad-base')).toBe('1383500.00');
    expect(await total('fixtures/bad/mixed-encoding')).toBe('1383500.00');
    expect(await total('fixtures/bad/control-characters')).toBe('1383500.00');
    // The row appended with LF is read as a row of its own: Plejefamilier 25.000 × 11 open months = 275.000 more.
    expect(await total('fixtures/bad/mixed-line-ends')).toBe('1658500.00');
    // Read with a 0 before every r-less cell, the sheet gives the base's forecast (1.383.500 as above).
    expect(await total('fixtures/bad/xlsx-no-r')).toBe('1383500.00');
  });

  it('tells an encrypted workbook, and a number cell holding Danish text, in plain Danish', async () => {
    const { doc } = await validateJson('fixtures/bad/xlsx-encrypted');
    expect(doc.problems[0]!.message).toBe('regnearket er krypteret (beskyttet med adgangskode) og kan ikke læses');
    const shared = await validateJson('fixtures/bad/xlsx-shared-string-range');
    expect(shared.doc.problems[0]!.message).toBe('cellen peger på tekst nr. 999, som regnearket ikke har; rækken springes over');
  });

  it('formula-looking text is written to the workbook as text, never as a formula', async () => {
    const out = join(tmp, 'formula.xlsx');
    const run = await runCli(['forecast', 'fixtures/bad/formula-text', '--year', '2026', '--out', out, '-q']);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let found = 0;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      // The workbook's own live formulas (sums) are fine; the text from the input never becomes one.
      if (cell.type === ExcelJS.ValueType.Formula) expect(cell.formula).not.toMatch(/HYPERLINK/i);
      if (String(cell.value).startsWith('=HYPERLINK')) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe('=HYPERLINK("http://eksempel.dk";"klik")');
        found++;
      }
    })));
    expect(found).toBeGreaterThanOrEqual(2);
  });
});

describe('big inputs (generated, not committed)', () => {
  const copyBase = (name: string): string => {
    const dir = join(tmp, name);
    mkdirSync(dir);
    cpSync('fixtures/bad-base', dir, { recursive: true });
    return dir;
  };

  it('a dispositioner file with 5.000 columns reads as the base: extra columns are kept out of the maths', async () => {
    const dir = copyBase('many-columns');
    const lines = iconv.decode(readFileSync(join(dir, D)), 'windows-1252').trim().split(/\r\n/);
    const extra = (row: number): string => Array.from({ length: 5000 - 7 }, (_, i) => (row === 0 ? `Ekstra ${i + 8}` : `x${i}`)).join(';');
    writeFileSync(join(dir, D), iconv.encode(lines.map((l, i) => `${l};${extra(i)}`).join('\r\n') + '\r\n', 'windows-1252'));
    const started = Date.now();
    const { code, doc } = await validateJson(dir);
    expect(code).toBe(0);
    expect(doc.problems).toEqual([]);
    const run = await runCli(['forecast', dir, '--year', '2026', '--json', '-q']);
    expect((JSON.parse(run.stdout) as { total: { expected: string } }).total.expected).toBe('1383500.00');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it.each([['without quotes (the simple scanner)', 'x'], ['with quotes (csv-parse)', '"x"']])('a 50 MB line of ; %s: too-many-cells at its line, bounded in time and memory', async (_name, first) => {
    const dir = copyBase(`semicolons-${first.length}`);
    const text = iconv.decode(readFileSync(join(dir, D)), 'windows-1252');
    writeFileSync(join(dir, D), text + first + ';'.repeat(50 * 1024 * 1024) + '\r\n');
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const { code, doc } = await validateJson(dir);
    expect(code).toBe(2);
    expect(doc.problems.map(shape)).toEqual([['error', 'too-many-cells', D, 5]]);
    // 1,55 GB and over a minute before; now the 50 MB text and a pass over it.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(600 * 1024 * 1024);
  }, 60_000);

  it('a 10 MB cell is an error at its cell, shown shortened, and nothing is written', async () => {
    const dir = copyBase('huge-cell');
    const lines = iconv.decode(readFileSync(join(dir, D)), 'windows-1252').trim().split(/\r\n/);
    const cells = lines[2]!.split(';');
    cells[1] = 'A'.repeat(10 * 1024 * 1024);
    lines[2] = cells.join(';');
    writeFileSync(join(dir, D), lines.join('\r\n') + '\r\n');
    const run = await runCli(['validate', dir, '--year', '2026', '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout.length).toBeLessThan(5_000);
    const doc = JSON.parse(run.stdout) as { problems: JsonProblem[] };
    expect(doc.problems.map(shape)).toEqual([['error', 'cell-too-long', D, 3, 'Foranstaltning']]);
    expect(doc.problems[0]!.message).toBe('cellen har 10.485.760 tegn; højst 32.767 er tilladt');
    await expectForecastOutcome(dir, true, 'huge-cell');
  });
});
