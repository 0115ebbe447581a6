/**
 * A finance office's words on the workbook: the materiality (--materiality, kr. or % of the
 * budget, default 0,5 %) below which Mer-/mindreforbrug reads "I balance", merforbrug red and
 * mindreforbrug green as conditional formatting in the file, and a type in words for every
 * warning and note code the README lists.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseForecastOptions, parseMateriality } from '../src/cli/options.js';
import { money } from '../src/model/money.js';
import { readZipDirectory, readZipEntry } from '../src/read/zip.js';
import { PROBLEM_TYPES } from '../src/render/workbook/problem-types.js';
import { context, fixtureForecast, renderedWorkbook, rowWith } from './workbook-helpers.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('--materiality', () => {
  it('reads kr. or a percent, Danish or plain, and refuses anything else', () => {
    expect(parseMateriality('0,5 %')).toEqual({ kind: 'percent', value: money('0.5') });
    expect(parseMateriality('2%')).toEqual({ kind: 'percent', value: money('2') });
    expect(parseMateriality('50.000')).toEqual({ kind: 'kr', value: money('50000') });
    expect(parseMateriality('50000 kr.')).toEqual({ kind: 'kr', value: money('50000') });
    for (const bad of ['', '%', 'meget', '-1 %']) expect(parseMateriality(bad), bad).toBeNull();
    expect(parseForecastOptions({ materiality: 'x' })).toEqual({ error: expect.stringContaining('--materiality') });
    expect(parseForecastOptions({})).toEqual({ options: expect.not.objectContaining({ materiality: expect.anything() }) });
  });

  it('writes I balance below it, and the word follows a kr. threshold too', async () => {
    const f = await fixtureForecast('fixtures/eksempel');
    const word = (o: import('exceljs').Worksheet, measure: string): unknown => o.getCell(`K${rowWith(o, 3, measure)}`).result;
    // Default 0,5 %: Efterskoleophold 59.154,24 on 3.100.000 (1,9 %) is merforbrug; Personlig støtte
    // § 85 −18.351,08 on 12.200.000 (0,15 % < 0,5 % × 12.200.000 = 61.000) is in balance.
    const byDefault = (await renderedWorkbook(f)).wb.getWorksheet('Oversigt')!;
    expect(word(byDefault, 'Efterskoleophold')).toBe('Merforbrug');
    expect(word(byDefault, 'Personlig støtte § 85')).toBe('I balance');
    const r = rowWith(byDefault, 3, 'Personlig støtte § 85');
    expect(byDefault.getCell(`K${r}`).formula).toBe(`IF(OR(ROUND(I${r},2)=0,ABS(I${r})<ABS(E${r})*0.005),"I balance",IF(I${r}>0,"Merforbrug","Mindreforbrug"))`);
    // 60.000 kr.: Efterskoleophold 59.154,24 < 60.000 is in balance; Advokatudgifter −41.985,11 too;
    // Sikrede døgninstitutioner 147.699,77 is merforbrug, Personlig støtte § 85 −18.351,08 in balance.
    const kr = (await renderedWorkbook(f, context({ materiality: { kind: 'kr', value: money(60000) } }))).wb.getWorksheet('Oversigt')!;
    expect(['Efterskoleophold', 'Advokatudgifter', 'Sikrede døgninstitutioner', 'Personlig støtte § 85'].map((m) => word(kr, m)))
      .toEqual(['I balance', 'I balance', 'Merforbrug', 'I balance']);
    expect(kr.getCell(`K${rowWith(kr, 3, 'Efterskoleophold')}`).formula).toMatch(/ABS\(I\d+\)<60000\)/);
    expect(kr.getCell('B5').value).toBe('60.000 kr.: en mindre afvigelse står som "I balance"');
  });

  it('is an option of the command line that reaches the workbook', async () => {
    const { main } = await import('../src/cli/main.js');
    const dir = await mkdtemp(join(tmpdir(), 'prognose-materiality-'));
    try {
      const out = join(dir, 'x.xlsx');
      expect(await main(['node', 'prognose', 'forecast', 'fixtures/eksempel', '--quiet', '--materiality', '2 %', '--out', out])).toBe(0);
      const { loadWorkbook } = await import('./workbook-helpers.js');
      const o = (await loadWorkbook(out)).getWorksheet('Oversigt')!;
      // 2 % of 3.100.000 = 62.000 > 59.154,24: Efterskoleophold is in balance now.
      expect(o.getCell(`K${rowWith(o, 3, 'Efterskoleophold')}`).result).toBe('I balance');
      expect(o.getCell('B5').value).toBe('2 % af korrigeret budget: en mindre afvigelse står som "I balance"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('merforbrug red, mindreforbrug green', () => {
  it('is conditional formatting on Oversigt by the word, with a red and a green font', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-cf-'));
    try {
      const { buffer, wb } = await renderedWorkbook(await fixtureForecast('fixtures/eksempel'));
      const path = join(dir, 'x.xlsx');
      await writeFile(path, buffer);
      const entries = await readZipDirectory(path);
      const sheet = (await readZipEntry(path, entries.get('xl/worksheets/sheet1.xml')!)).toString('utf8');
      const o = wb.getWorksheet('Oversigt')!;
      const first = rowWith(o, 1, 'Område') + 1;
      const last = rowWith(o, 1, 'I alt');
      expect(sheet).toContain(`<conditionalFormatting sqref="I${first}:K${last}">`);
      const rules = [...sheet.matchAll(/<cfRule type="expression" dxfId="(\d+)" priority="\d+"><formula>(.*?)<\/formula><\/cfRule>/g)].map(([, dxf, formula]) => ({ dxf: Number(dxf), formula }));
      expect(rules.map((r) => r.formula)).toEqual([`$K${first}=&quot;Merforbrug&quot;`, `$K${first}=&quot;Mindreforbrug&quot;`]);
      const styles = (await readZipEntry(path, entries.get('xl/styles.xml')!)).toString('utf8');
      const dxfs = [...styles.match(/<dxfs count="\d+">(.*?)<\/dxfs>/)![1]!.matchAll(/<dxf>(.*?)<\/dxf>/g)].map(([, d]) => d);
      expect(dxfs[rules[0]!.dxf]).toContain('FFC00000');
      expect(dxfs[rules[1]!.dxf]).toContain('FF00803C');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the Advarsler sheet\'s Type column', () => {
  it('has Danish and English words for every warning and note code in the README', async () => {
    const readme = await readFile('README.md', 'utf8');
    const codes = [...readme.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]+)\|/gm)].filter(([, , severity]) => /warning|note/.test(severity!)).map(([, code]) => code!);
    expect(codes.length).toBeGreaterThanOrEqual(24);
    for (const code of codes) {
      expect(PROBLEM_TYPES[code], code).toBeDefined();
      expect(PROBLEM_TYPES[code]!.da).not.toBe(PROBLEM_TYPES[code]!.en);
    }
  });
});
