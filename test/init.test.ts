import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInit } from '../src/cli/init-command.js';
import { UsageError } from '../src/cli/usage-error.js';
import { readAndCheck } from '../src/cli/pipeline.js';
import { forecast } from '../src/forecast/forecast.js';
import { formatProblem } from '../src/model/problem.js';
import { readProject } from '../src/read/project.js';
import { TABLES } from '../src/model/table-schema.js';
import { forecastToJson } from '../src/render/json.js';
import { templateExamples } from '../src/render/template.js';
import { withoutLocations } from './helpers/same-forecast.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prognose-init-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function forecastJson(input: string): Promise<string> {
  const { checked, problems } = await readAndCheck(input, { today: { year: 2026 } });
  expect(problems.map(formatProblem)).toEqual([]);
  return forecastToJson(forecast(checked!));
}

describe('prognose init', () => {
  it('has an example for every column of every table', () => {
    const examples = templateExamples(2026);
    for (const spec of Object.values(TABLES)) {
      expect(Object.keys(examples[spec.key]).sort()).toEqual(spec.columns.map((c) => c.key).sort());
    }
  });

  it('writes CSV in Danish Excel form: windows-1252, ";", CRLF, headers from the table specs, a commented example', async () => {
    const folder = join(dir, 'csv');
    expect(await runInit(folder, { year: 2026 })).toBe(0);
    expect((await readdir(folder)).sort()).toEqual(['dispositioner.csv', 'foranstaltninger.csv', 'forbrug.csv', 'overgange.csv', 'prisfremskrivning.csv', 'risikosager.csv', 'tilgang.csv']);
    const bytes = await readFile(join(folder, 'dispositioner.csv'));
    expect(bytes.subarray(0, 3).toString('hex')).not.toBe('efbbbf');
    expect(bytes.includes(0xe5)).toBe(true); // å in "måned", windows-1252
    expect(bytes.toString('latin1')).toBe(
      'CPR;Foranstaltning;Takst;Takstenhed;Startdato;Stopdato;Status;Art;Sagsbehandler\r\n# 010114-4003;Opholdssteder;44.398,00;m\u00e5ned;01.10.2026;01.01.9999;aktuel;;Mette Kj\u00e6r\r\n',
    );
    const measures = (await readFile(join(folder, 'foranstaltninger.csv'))).toString('latin1').split('\r\n')[0];
    // The per-year column is written for the year after the budget year.
    expect(measures).toBe(TABLES.measures.columns.map((c) => (c.perYear ? 'Budget 2027' : c.label)).join(';'));
    // The transition's case turns 18 on 1 March 2027 (Startdato blank: the 18th birthday); 60 %.
    expect((await readFile(join(folder, 'overgange.csv'))).toString('latin1')).toBe(
      'CPR;Til foranstaltning;Startdato;Takst;Takstenhed;Sandsynlighed;Stopdato\r\n# 010309-4003;Opholdssteder;;52.000,00;m\u00e5ned;60 %;\r\n',
    );
    expect((await readFile(join(folder, 'prisfremskrivning.csv'))).toString('latin1')).toBe('\u00c5r;Procent\r\n# 2027;3,25\r\n');
  });

  it('explains plainly what is missing when the untouched template is run', async () => {
    for (const input of [join(dir, 'csv'), join(dir, 'xlsx', 'model.xlsx')]) {
      if (input.endsWith('.xlsx')) expect(await runInit(join(dir, 'xlsx'), { xlsx: true, year: 2026 })).toBe(0);
      const { problems } = await readProject(input);
      expect(problems.items.map((p) => p.code)).toEqual(['no-measures']);
      expect(problems.items[0]!.message).toBe('foranstaltninger har ingen rækker endnu');
      expect(problems.items[0]!.hint).toContain('rækker hvis første udfyldte celle begynder med # er eksempler og læses ikke');
    }
  });

  it('round-trips: the uncommented examples forecast to the same figures as CSV and as a workbook', async () => {
    const csvFolder = join(dir, 'csv-filled');
    await runInit(csvFolder, { year: 2026 });
    for (const name of await readdir(csvFolder)) {
      const text = (await readFile(join(csvFolder, name))).toString('latin1');
      await writeFile(join(csvFolder, name), Buffer.from(text.replace('\r\n# ', '\r\n'), 'latin1'));
    }
    const csv = await forecastJson(csvFolder);
    const doc = JSON.parse(csv);
    // Last closed month 2026-01 (the one forbrug row); 11 open months. The pool's share of them,
    // 1.000.000 × 11/12 = 916.666,67, is 83.333,33 a month (December the rest, 83.333,37); from
    // October the disposition 44.398, the risk case 1 × 62.500 × 40 % = 25.000 and from November
    // the intake 1 × 59.100.
    expect(doc.asOf).toBe('2026-01');
    expect(doc.measures[0].months).toEqual([
      '2249018.00', '83333.33', '83333.33', '83333.33', '83333.33', '83333.33', '83333.33', '83333.33', '83333.33',
      '152731.33', '211831.33', '211831.37',
    ]);
    // 8 × 83.333,33 + 152.731,33 + 211.831,33 + 211.831,37
    expect(doc.measures[0].forecast).toBe('1243060.67');
    expect(doc.total.expected).toBe('3492078.67'); // 2.249.018 + 1.243.060,67

    const xlsxFolder = join(dir, 'xlsx-filled');
    await runInit(xlsxFolder, { xlsx: true, year: 2026 });
    const path = join(xlsxFolder, 'model.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om', 'Foranstaltninger', 'Dispositioner', 'Forbrug', 'Risikosager', 'Tilgang', 'Overgange', 'Prisfremskrivning']);
    const om: string[] = [];
    wb.getWorksheet('Om')!.eachRow((row) => om.push((row.values as unknown[]).slice(1).map(String).join('|')));
    for (const spec of Object.values(TABLES)) {
      for (const col of spec.columns) expect(om).toContain(`${spec.name}|${col.label}|${col.required ? 'ja' : 'nej'}|${col.description}`);
    }
    for (const method of ['disposition', 'glidende', 'tolvtedele', 'ramme', 'skøn']) expect(om.some((line) => line.startsWith(`${method}|`))).toBe(true);
    const disp = wb.getWorksheet('Dispositioner')!;
    expect(disp.getCell('E2').value).toEqual(new Date(Date.UTC(2026, 9, 1)));
    expect(disp.getCell('C2').value).toBe(44398);
    for (const ws of wb.worksheets.slice(1)) {
      const cell = ws.getCell('A2');
      expect(String(cell.value).startsWith('# ')).toBe(true);
      cell.value = String(cell.value).slice(2);
    }
    await wb.xlsx.writeFile(path);
    expect(withoutLocations(await forecastJson(path))).toEqual(withoutLocations(csv));
  });

  it('refuses to overwrite: nothing is written when a table file or the workbook exists', async () => {
    const folder = join(dir, 'existing');
    await mkdir(folder);
    await writeFile(join(folder, 'Dispositioner.xlsx'), 'mine');
    await expect(runInit(folder, {})).rejects.toThrow(UsageError);
    await expect(runInit(folder, {})).rejects.toThrow(/indeholder allerede Dispositioner\.xlsx/);
    expect(await readdir(folder)).toEqual(['Dispositioner.xlsx']);
    await runInit(join(dir, 'again'), { xlsx: true });
    await expect(runInit(join(dir, 'again'), { xlsx: true })).rejects.toThrow(/model\.xlsx/);
    expect(await readFile(join(folder, 'Dispositioner.xlsx'), 'utf8')).toBe('mine');
    await expect(runInit(join(folder, 'Dispositioner.xlsx'), {})).rejects.toThrow(/mappen .* kan ikke oprettes \(EEXIST\)/);
  });
});
