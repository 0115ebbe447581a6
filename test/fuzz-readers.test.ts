/**
 * Crash-proof parsing (property-based, fast-check): random bytes, random mutations of the fixture
 * files and random CSV-shaped text are fed through the readers and every check
 * (readAndCheck = read + every check, as `prognose validate` runs them). Each run must
 * end with a list of clean problems - never an uncaught exception, never a hang - and no problem
 * may carry an unmasked CPR number or an over-long value. Runs are bounded (seeded, fixed counts);
 * FUZZ_SEED and FUZZ_SCALE (a multiplier of the run counts) explore further by hand.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Problem } from '../src/model/problem.js';
import { decodeText } from '../src/read/decode.js';
import { parseCsvText } from '../src/read/csv.js';
import { ProblemList } from '../src/model/problem.js';
import { readAndCheck } from '../src/cli/pipeline.js';
import { forecast } from '../src/forecast/forecast.js';
import { maskCprsInText } from '../src/model/cpr.js';
import { problemToJson, forecastToJson } from '../src/render/json.js';
import { forecastToTable } from '../src/render/table.js';
import { formatProblem } from '../src/model/problem.js';
import { sheetRows } from '../src/read/sheet-xml.js';
import { workbookDate1904 } from '../src/read/xlsx.js';
import { cprLeaks } from './helpers/cpr-leaks.js';

const SEED = Number(process.env.FUZZ_SEED ?? 5);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number): { numRuns: number; seed: number } => ({ numRuns: Math.max(1, Math.round(n * SCALE)), seed: SEED });

const tmp = mkdtempSync(join(tmpdir(), 'prognose-fuzz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TABLE_FILES = ['foranstaltninger.csv', 'dispositioner.csv', 'forbrug.csv', 'risikosager.csv', 'tilgang.csv'] as const;
const load = (dir: string): Record<string, Uint8Array> =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]));
const BASE = load('fixtures/bad-base');
const TABEL = load('fixtures/tabel-5-2');
const EKSEMPEL = load('fixtures/eksempel');

const SEVERITIES = new Set(['error', 'warning', 'note']);
const UNMASKED = /(?<!\d)\d{6}-?\d{4}(?!\d)/;

function expectClean(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(SEVERITIES.has(p.severity)).toBe(true);
    expect(p.code).toMatch(/^[a-z0-9-]+$/);
    expect(p.message.length).toBeGreaterThan(0);
    for (const text of [p.message, p.hint ?? '', p.value ?? '']) expect(text).not.toMatch(UNMASKED);
    // 60 characters and "…", plus at most the hyphen of a number masked at the cut.
    if (p.value !== undefined) expect(p.value.length).toBeLessThanOrEqual(62);
    // eslint-disable-next-line no-control-regex
    if (p.value !== undefined) expect(p.value).not.toMatch(/[\u0000-\u001f\u007f]/);
  }
}

let runNo = 0;
/** Writes the project into a fresh folder and validates it; rethrows anything but a clean result. */
async function validateFiles(files: Record<string, Uint8Array>): Promise<readonly Problem[]> {
  const dir = join(tmp, String(runNo++));
  mkdirSync(dir);
  try {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const { problems } = await readAndCheck(dir, { year: 2026, today: { year: 2026 } });
    expectClean(problems);
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const SPECIAL = [';', ',', '\t', '"', '""', '\r', '\n', '\r\n', '\u0000', '\u0007', '=', '-', '%', ' ', 'ÿ', '\uFEFF', '01.01.9999', '31.02.2026',
  '2026-13', '99.999,9', '1.2.3', '-0', '1e9', '170812-7333', '310226-4123', 'NaN', '∞', '\u2212', 'kr.', '=HYPERLINK("x";"y")', 'Opholdssteder', 'disposition', 'skøn'];

/** One edit to a byte array: flip, insert, delete, truncate, or splice in a special token. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('token' as const), at: fc.nat(), token: fc.constantFrom(...SPECIAL), replace: fc.integer({ min: 0, max: 12 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function applyMutation(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1);
  const out = Array.from(bytes);
  switch (m.kind) {
    case 'flip':
      if (out.length > 0) out[at % out.length] = m.byte;
      break;
    case 'insert':
      out.splice(at, 0, ...m.bytes);
      break;
    case 'delete':
      out.splice(at, m.length);
      break;
    case 'truncate':
      out.length = at;
      break;
    case 'token':
      out.splice(at, m.replace, ...enc(m.token));
      break;
  }
  return new Uint8Array(out);
}

describe('readers never crash (property-based)', () => {
  it('random bytes as any one table file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TABLE_FILES), fc.uint8Array({ maxLength: 3000 }), async (file, bytes) => {
        await validateFiles({ ...BASE, [file]: bytes });
      }),
      runs(150),
    );
  });

  it('random bytes as a spreadsheet file named like a table', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('dispositioner.xlsx', 'forbrug.xlsm', 'tilgang.xls'), fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (file, bytes, zipHead) => {
        const content = zipHead ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        // Without the table's CSV beside it, the spreadsheet is the table, and cannot be read.
        const files: Record<string, Uint8Array> = { ...BASE, [file]: content };
        delete files[file.replace(/\.[a-z]+$/, '.csv')];
        const problems = await validateFiles(files);
        expect(problems.some((p) => p.severity === 'error' && p.location?.file === file)).toBe(true);
      }),
      runs(40),
    );
  });

  it('random mutations of the fixture files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(BASE, TABEL),
        fc.array(fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 3 }),
        async (project, edits) => {
          const files = { ...project };
          const names = Object.keys(files);
          for (const [which, muts] of edits) {
            const name = names[which % names.length]!;
            files[name] = muts.reduce(applyMutation, files[name]!);
          }
          await validateFiles(files);
        },
      ),
      runs(300),
    );
  });

  it('random mutations of the example municipality (all five tables, 940 lines)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TABLE_FILES), fc.array(mutation, { minLength: 1, maxLength: 8 }), async (name, muts) => {
        await validateFiles({ ...EKSEMPEL, [name]: muts.reduce(applyMutation, EKSEMPEL[name]!) });
      }),
      runs(25),
    );
  });

  it('random mutations of real .xlsx tables (LibreOffice-written zip archives)', async () => {
    const xlsx = Object.fromEntries(['forbrug', 'risikosager', 'tilgang'].map((n) => [n, new Uint8Array(readFileSync(`fixtures/eksempel-xlsx/${n}.xlsx`))]));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('forbrug', 'risikosager', 'tilgang'), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (name, muts) => {
        const files: Record<string, Uint8Array> = { ...BASE, [`${name}.xlsx`]: muts.reduce(applyMutation, xlsx[name]!) };
        delete files[`${name}.csv`];
        await validateFiles(files);
      }),
      runs(40),
    );
  });

  it('random CSV-shaped text in dispositioner and risikosager', async () => {
    const cell = fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 12 }), fc.integer().map(String), fc.constant(''));
    const row = fc.array(cell, { minLength: 0, maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 12 }), fc.constantFrom(';', ',', '\t'), fc.boolean(), async (rows, delimiter, keepHeader) => {
        const header = 'CPR-nr.;Foranstaltning;Takst;Takstenhed;Startdato;Stopdato;Status'.split(';').join(delimiter);
        const risk = 'Sag;Foranstaltning;Antal;Enhedsudgift;Sandsynlighed;Startdato;Varighed;Stopdato'.split(';').join(delimiter);
        const body = rows.map((r) => r.join(delimiter)).join('\r\n');
        await validateFiles({
          ...BASE,
          'dispositioner.csv': enc(`${keepHeader ? header + '\r\n' : ''}${body}`),
          'risikosager.csv': enc(`${risk}\r\n${body}`),
        });
      }),
      runs(200),
    );
  });

  it('CPR numbers in any written form, in any text column of any table: never in a problem, the JSON or the table', async () => {
    // The text columns of each table (0-based), as fixtures/bad-base writes them.
    const TEXT_COLUMNS: Record<string, number[]> = {
      'foranstaltninger.csv': [0, 1, 2], 'dispositioner.csv': [0, 1, 3, 6], 'forbrug.csv': [0], 'risikosager.csv': [0, 1], 'tilgang.csv': [0],
    };
    const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
    const sep = fc.constantFrom('-', '', ' ', '\u2013', '\u2011', '\u00a0', '/', '\u0000', '\u0007', '\t', '?');
    const cprText = fc.record({
      day: fc.integer({ min: 1, max: 31 }), month: fc.integer({ min: 1, max: 12 }), yy: fc.integer({ min: 0, max: 99 }), serial: fc.integer({ min: 0, max: 9999 }),
      dots: fc.boolean(), sep, inner: fc.tuple(fc.nat(9), fc.constantFrom('', '\u0000', '\u0009', '\u200b', '\u001f')),
      before: fc.constantFrom('', 'Sag ', 'x', '(', '#'), after: fc.constantFrom('', ' (Anna)', '.xlsx', ';', 'y'),
    }).map((c) => {
      const two = (n: number): string => String(n).padStart(2, '0');
      const digits = `${two(c.day)}${two(c.month)}${two(c.yy)}${String(c.serial).padStart(4, '0')}`;
      let body = c.dots ? `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}${c.sep}${digits.slice(6)}` : `${digits.slice(0, 6)}${c.sep}${digits.slice(6)}`;
      // At most one more control or invisible character between two digits.
      const at = body.search(/\d/g) >= 0 ? [...body.matchAll(/\d/g)][c.inner[0]]!.index! + 1 : 0;
      body = body.slice(0, at) + c.inner[1] + body.slice(at);
      return { digits, text: `${c.before}${body}${c.after}` };
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(TEXT_COLUMNS)), fc.nat(), fc.nat(), cprText, async (file, rowPick, colPick, cpr) => {
        const lines = latin1(BASE[file]!).split('\r\n');
        const rows = lines.length - 2; // header, trailing empty
        const line = 1 + (rowPick % rows);
        const cols = TEXT_COLUMNS[file]!;
        const cells = lines[line]!.split(';');
        cells[cols[colPick % cols.length]!] = cpr.text;
        lines[line] = cells.join(';');
        const files = { ...BASE, [file]: new Uint8Array(Buffer.from(lines.join('\r\n'), 'utf8')) };
        const dir = join(tmp, String(runNo++));
        mkdirSync(dir);
        try {
          for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
          const { problems, checked } = await readAndCheck(dir, { year: 2026, today: { year: 2026 } });
          expectClean(problems);
          const cprs = new Set([cpr.digits]);
          const outputs = [JSON.stringify(problems.map(problemToJson)), maskCprsInText(problems.map(formatProblem).join('\n'))];
          if (checked) {
            const f = forecast(checked);
            outputs.push(forecastToJson(f), forecastToTable(f));
          }
          for (const out of outputs) expect(cprLeaks(out, cprs)).toEqual([]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      runs(150),
    );
  });

  it('mixed line ends, chosen line by line: the same forecast as the CRLF base', async () => {
    const base = await readAndCheck('fixtures/bad-base', { year: 2026, today: { year: 2026 } });
    const expected = forecastToJson(forecast(base.checked!));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 40, maxLength: 40 }), async (breaks) => {
        let k = 0;
        const files = Object.fromEntries(Object.entries(BASE).map(([name, bytes]) => [name, new Uint8Array(Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\r\n/g, () => breaks[k++ % breaks.length]!), 'latin1'))]));
        const dir = join(tmp, String(runNo++));
        mkdirSync(dir);
        try {
          for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
          const { problems, checked } = await readAndCheck(dir, { year: 2026, today: { year: 2026 } });
          expect(problems).toEqual([]);
          // The same figures; the files' names and lines are the same too.
          expect(forecastToJson(forecast(checked!))).toBe(expected);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      runs(60),
    );
  });

  it('numeric xlsx cells: an xsd number is that number, any other text is handed on as text, never parseFloat', async () => {
    const text = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer().map(String),
      fc.constantFrom('45.000,00', '12abc', '1e400', '-', '.', '1.2.3', ' 7 ', '0x10', 'Infinity', 'NaN', '4,5', '', '+.5', '1E-3'),
      fc.string({ maxLength: 10 }).map((s) => s.replace(/[<&]/g, '')),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (v, withR) => {
        const xml = `<worksheet><sheetData><row${withR ? ' r="3"' : ''}><c${withR ? ' r="B3"' : ''}><v>${v}</v></c></row></sheetData></worksheet>`;
        const rows = [];
        for await (const row of sheetRows((async function* () { yield xml; })(), { sharedStrings: [], numFmt: () => undefined })) rows.push(row);
        expect(rows).toHaveLength(1);
        expect(rows[0]!.number).toBe(withR ? 3 : 1);
        const cell = rows[0]!.cells[0];
        if (v.trim() === '') {
          expect(Number.isNaN(cell!.value as number)).toBe(true);
          return;
        }
        expect(cell!.column).toBe(withR ? 2 : 1);
        const xsd = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(v) && Number.isFinite(Number(v));
        expect(cell!.value).toBe(xsd ? Number(v) : v);
      }),
      runs(400),
    );
  });

  it('the quadratic shapes, of random size up to 400.000 units, each read within its time bound', async () => {
    const shape = fc.record({ kind: fc.constantFrom('workbookPr', 'no-gt', 'c-in-comment', 'lt-run', 'digits'), n: fc.integer({ min: 1, max: 400_000 }) });
    await fc.assert(
      fc.asyncProperty(shape, async ({ kind, n }) => {
        const started = performance.now();
        if (kind === 'workbookPr') {
          expect(workbookDate1904(`<workbook>${'<workbookPr '.repeat(n)}`)).toBe(false);
          expect(workbookDate1904(`<workbook><!--${'<x '.repeat(n)}--><workbookPr date1904="true"/></workbook>`)).toBe(true);
        } else if (kind === 'digits') {
          // The CPR mask over long runs of digits and separators.
          maskCprsInText('0207.09.50 '.repeat(n >> 2));
        } else {
          const unit = kind === 'no-gt' ? 'a' : kind === 'c-in-comment' ? '<c t="d" ' : '<';
          const xml = `<worksheet><!--${unit.repeat(n).replace(/--/g, '- ')}--><sheetData><row r="1"><c r="A1" t="d"><v>2026-01-01</v></c></row></sheetData></worksheet>`;
          const rows = [];
          try {
            for await (const row of sheetRows((async function* () { yield xml.slice(0, xml.length >> 1); yield xml.slice(xml.length >> 1); })(), { sharedStrings: [], numFmt: () => undefined })) rows.push(row);
            expect(rows[0]!.cells[0]!.value).toBe('2026-01-01');
          } catch (err) {
            // A comment holding "<" runs is still well-formed XML; anything else would be an XML error, never a hang.
            expect(err).toBeInstanceOf(Error);
          }
        }
        expect(performance.now() - started).toBeLessThan(3000);
      }),
      runs(30),
    );
  });

  it('decodeText and parseCsvText take any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        const problems = new ProblemList();
        const { text } = decodeText(bytes);
        const table = parseCsvText(text, { file: 'x.csv', path: 'x.csv', sha256: '' }, problems);
        if (table === null) expect(problems.hasErrors).toBe(true);
        else for (const r of table.rows) expect(Number.isInteger(r.line)).toBe(true);
        expectClean(problems.items);
      }),
      runs(1000),
    );
  });
});
