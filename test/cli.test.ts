import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { execCli } from './helpers/run-cli.js';

const cli = execCli;

const CPR_SHAPE = /(?<!\d)\d{6}-?\d{4}(?!\d)/;

describe('prognose forecast (end to end)', () => {
  it('tabel-5-2: 325.000 a month from dispositions, 4.900.000 with the pool', async () => {
    const { code, stdout } = await cli('forecast', 'fixtures/tabel-5-2', '--year', '2017', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.year).toBe(2017);
    expect(json.asOf).toBeNull();
    expect(json.measures[0].expected).toBe('4900000.00');
    expect(json.measures[0].months).toEqual([...Array(11).fill('408333.33'), '408333.37']);
    expect(json.total.expected).toBe('4900000.00');
  });

  it('eksempel: JSON with every measure in file order, totals, warnings, and no CPR number anywhere', async () => {
    const { code, stdout, stderr } = await cli('forecast', 'fixtures/eksempel', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.year).toBe(2026);
    expect(json.asOf).toBe('2026-09');
    expect(json.measures).toHaveLength(12);
    expect(json.measures.map((m: { method: string }) => m.method)).toEqual(expect.arrayContaining(['disposition', 'glidende', 'tolvtedele', 'ramme', 'skøn']));
    for (const m of [...json.measures, json.total]) {
      expect(m.months).toHaveLength(12);
      const sum = m.months.reduce((s: bigint, v: string) => s + BigInt(v.replace('.', '')), 0n);
      expect(sum).toBe(BigInt(m.expected.replace('.', '')));
      expect(BigInt(m.expected.replace('.', '')) - BigInt(m.budget.replace('.', ''))).toBe(BigInt(m.deviation.replace('.', '')));
      for (const k of ['budget', 'actual', 'forecast', 'expected', 'deviation']) expect(m[k]).toMatch(/^-?\d+\.\d{2}$/);
    }
    const skoen = json.measures.find((m: { method: string }) => m.method === 'skøn');
    expect(skoen.expected).toBe('-3950000.00');
    const ramme = json.measures.find((m: { method: string }) => m.method === 'ramme');
    expect(ramme.expected).toBe(ramme.budget);
    expect(stdout + stderr).not.toMatch(CPR_SHAPE);
  });

  it('prints a readable table without --json and writes a workbook with --out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-cli-'));
    const out = join(dir, 'prognose.xlsx');
    const { code, stdout } = await cli('forecast', 'fixtures/eksempel', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('Forventet regnskab 2026');
    expect(stdout).toContain('Botilbud § 107');
    expect(stdout).toMatch(/I alt\s+175\.950\.000,00/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(2);
  });

  it('exits 2 on invalid input and usage, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-bad-'));
    await writeFile(join(dir, 'foranstaltninger.csv'), 'Foranstaltning;Metode;Budget\r\nA;gætværk;100\r\n');
    const out = join(dir, 'ud.xlsx');
    const bad = await cli('forecast', dir, '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('foranstaltninger.csv, linje 2, kolonne "Metode": ukendt metode');
    expect(existsSync(out)).toBe(false);
    expect((await cli('forecast', 'fixtures/eksempel', '--as-of', 'sidste måned')).code).toBe(2);
    expect((await cli('forecast')).code).toBe(2);
    expect((await cli('forecast', join(dir, 'findes-ikke'))).code).toBe(2);
    expect((await cli('forecast', 'fixtures/tabel-5-2', '--out', 'fixtures/tabel-5-2/dispositioner.csv')).code).toBe(2);
  });
});
