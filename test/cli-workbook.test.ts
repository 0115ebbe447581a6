import { cp, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { resolveRunTime } from '../src/cli/run-time.js';
import { loadWorkbook } from './workbook-helpers.js';

describe('prognose forecast --out', () => {
  let stderr: string;
  beforeEach(() => {
    stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      stderr += String(s);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    delete process.env.SOURCE_DATE_EPOCH;
  });

  it('writes byte-identical workbooks with --deterministic', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-cli-'));
    expect(await main(['node', 'prognose', 'forecast', 'fixtures/eksempel', '--deterministic', '--out', join(dir, 'a.xlsx')])).toBe(0);
    expect(await main(['node', 'prognose', 'forecast', 'fixtures/eksempel', '--deterministic', '--out', join(dir, 'b.xlsx')])).toBe(0);
    expect(Buffer.compare(await readFile(join(dir, 'a.xlsx')), await readFile(join(dir, 'b.xlsx')))).toBe(0);
    const wb = await loadWorkbook(join(dir, 'a.xlsx'));
    expect(wb.getWorksheet('Oversigt')!.getCell('B6').value).toBe('udeladt (--deterministic)');
    expect((await readdir(dir)).sort()).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('writes byte-identical workbooks with a fixed SOURCE_DATE_EPOCH and shows that time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-cli-'));
    process.env.SOURCE_DATE_EPOCH = '1790000000';
    expect(await main(['node', 'prognose', 'forecast', 'fixtures/eksempel', '--lang', 'en', '--mask-cpr', '--out', join(dir, 'a.xlsx')])).toBe(0);
    expect(await main(['node', 'prognose', 'forecast', 'fixtures/eksempel', '--lang', 'en', '--mask-cpr', '--out', join(dir, 'b.xlsx')])).toBe(0);
    expect(Buffer.compare(await readFile(join(dir, 'a.xlsx')), await readFile(join(dir, 'b.xlsx')))).toBe(0);
    const wb = await loadWorkbook(join(dir, 'a.xlsx'));
    // 1.790.000.000 s = 21.09.2026 14:13:20 UTC, shown as 16:13:20 Copenhagen summer time with its zone.
    expect((wb.getWorksheet('Overview')!.getCell('B6').value as Date).toISOString()).toBe('2026-09-21T16:13:20.000Z');
    expect(wb.getWorksheet('Overview')!.getCell('B6').numFmt).toBe('dd-mm-yyyy hh:mm "CEST, Danish time (UTC+2)"');
    expect(wb.getWorksheet('Dispositions')!.getCell('A5').value).toMatch(/^\d{6}-xxxx$/);
  });

  it('refuses to overwrite an input file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-cli-'));
    await cp('fixtures/eksempel', dir, { recursive: true });
    const before = await readFile(join(dir, 'forbrug.csv'));
    expect(await main(['node', 'prognose', 'forecast', dir, '--out', join(dir, 'forbrug.csv')])).toBe(2);
    expect(stderr).toContain('er en af inputfilerne');
    expect(Buffer.compare(await readFile(join(dir, 'forbrug.csv')), before)).toBe(0);
  });

  it('exits 2 with a plain message when --out cannot be written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-cli-'));
    expect(await main(['node', 'prognose', 'forecast', 'fixtures/eksempel', '--out', join(dir, 'findes-ikke', 'a.xlsx')])).toBe(2);
    expect(stderr).toContain('kan ikke skrive --out');
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects an unknown --lang', async () => {
    expect(await main(['node', 'prognose', 'forecast', 'fixtures/eksempel', '--lang', 'de'])).toBe(2);
    expect(stderr).toContain('--lang skal være da eller en');
  });
});

describe('resolveRunTime', () => {
  const now = new Date(Date.UTC(2026, 10, 23, 9, 30, 15, 700));
  it('uses SOURCE_DATE_EPOCH first, then --deterministic, then now', () => {
    expect(resolveRunTime('0', true, now)).toEqual({ madeAt: new Date(0), fileTime: new Date(0) });
    expect(resolveRunTime(undefined, true, now)).toEqual({ madeAt: null, fileTime: new Date(Date.UTC(1980, 0, 1)) });
    expect(resolveRunTime(undefined, false, now)).toEqual({ madeAt: new Date(Date.UTC(2026, 10, 23, 9, 30, 15)), fileTime: new Date(Date.UTC(2026, 10, 23, 9, 30, 15)) });
    expect(resolveRunTime('yesterday', false, now)).toHaveProperty('error');
  });
});
