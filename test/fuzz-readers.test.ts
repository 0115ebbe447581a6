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
