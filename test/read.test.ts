import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../src/read/csv.js';
import { decodeText } from '../src/read/decode.js';
import { readProject } from '../src/read/project.js';
import { columnForHeader, TABLES } from '../src/model/table-schema.js';
import { maskCpr, maskCprsInText } from '../src/model/cpr.js';

async function project(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'prognose-read-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

const MEASURES = 'Konto;Område;Foranstaltning;Metode;Budget\r\n5.38.50;Voksne;Botilbud § 108;disposition;1.234.567,89\r\n';

describe('decoding', () => {
  it('reads windows-1252, UTF-8 and UTF-8 with BOM alike (æøå and § survive)', () => {
    const text = 'Område;Skøn;§ 85 Å';
    expect(decodeText(iconv.encode(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252' });
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toEqual({ text, encoding: 'utf-8' });
  });
});

describe('delimiters', () => {
  it('detects ; , and tab from the header, ignoring quoted text', () => {
    expect(detectDelimiter('CPR;Foranstaltning;Takst')).toBe(';');
    expect(detectDelimiter('CPR,Foranstaltning,Takst')).toBe(',');
    expect(detectDelimiter('CPR\tForanstaltning\tTakst')).toBe('\t');
    expect(detectDelimiter('"a,b,c";d;e')).toBe(';');
  });
});

describe('forgiving headers', () => {
  it.each([
    ['CPR-nr.', 'caseRef'], ['cpr', 'caseRef'], ['Takst (mdl.)', 'rate'], ['startdato', 'start'], ['Start dato', 'start'],
    ['STOPDATO', 'stop'], ['Stop date', 'stop'], ['rate', 'rate'], ['unit', 'unit'], ['Takstenhed', 'unit'], ['status', 'status'],
  ])('%j is the %s column of dispositioner', (header, key) => {
    expect(columnForHeader(header, TABLES.dispositions)?.key).toBe(key);
  });
  it.each([['Varighed (mdr.)', 'duration'], ['Sandsynlighed', 'probability'], ['probability', 'probability'], ['Enhedsudgift (kr./md.)', 'unitCost']])('%j is the %s column of risikosager', (header, key) => {
    expect(columnForHeader(header, TABLES.riskCases)?.key).toBe(key);
  });
  it.each([['Måned', 'month'], ['month', 'month'], ['Beløb', 'amount'], ['Beloeb', 'amount'], ['amount', 'amount']])('%j is the %s column of forbrug', (header, key) => {
    expect(columnForHeader(header, TABLES.actuals)?.key).toBe(key);
  });
});

describe('reading a folder', () => {
  it('reads windows-1252 ; files with Danish numbers, English file names and comma delimiters', async () => {
    const dir = await project({
      'Foranstaltninger.CSV': iconv.encode(MEASURES, 'windows-1252'),
      'dispositions.csv': 'cpr,measure,rate,unit,start,stop,status,Institution\n010203-1234,Botilbud § 108,"62.345,50",dag,01.01.2026,01.01.9999,current,X\n',
      'actuals.csv': 'measure;month;amount\nBotilbud § 108;2026-01;"1.000,00"\n',
    });
    const { inputs, problems } = await readProject(dir);
    expect(problems.errors).toEqual([]);
    expect(inputs.measures[0]!.name).toBe('Botilbud § 108');
    expect(inputs.measures[0]!.budget.toFixed(2)).toBe('1234567.89');
    const d = inputs.dispositions[0]!;
    expect([d.rate.toFixed(2), d.unit, d.stop, d.stopAsWritten?.year, d.status]).toEqual(['62345.50', 'dag', null, 9999, 'aktuel']);
    expect(inputs.actuals[0]!.month).toEqual({ year: 2026, month: 1 });
  });

  it('names file, line and column for an unreadable value, and masks the CPR number', async () => {
    const dir = await project({
      'foranstaltninger.csv': MEASURES,
      'dispositioner.csv': 'CPR-nr.;Foranstaltning;Takst;Startdato\r\n010203-5678;Botilbud § 108;100.000;01.01.2026\r\n010203-5678;Botilbud § 108;mange penge;01.01.2026\r\n',
    });
    const { problems } = await readProject(dir);
    expect(problems.errors).toHaveLength(1);
    const p = problems.errors[0]!;
    expect(p.code).toBe('unreadable-number');
    expect(p.location).toEqual({ file: 'dispositioner.csv', line: 3, column: 'Takst' });
    expect(p.value).toBe('mange penge');
    expect(JSON.stringify(problems.items)).not.toContain('5678');
  });

  it('reports a missing required file and a missing required column', async () => {
    const dir = await project({ 'dispositioner.csv': 'CPR;Foranstaltning;Startdato\r\n' });
    const { problems } = await readProject(dir);
    expect(problems.errors.map((p) => p.code).sort()).toEqual(['missing-column', 'missing-file']);
    expect(problems.errors.find((p) => p.code === 'missing-column')!.message).toContain('Takst');
  });
});

describe('CPR masking', () => {
  it('masks CPR numbers as DDMMYY-xxxx, leaves other references alone', () => {
    expect(maskCpr('0102031234')).toBe('010203-xxxx');
    expect(maskCpr('010203-1234')).toBe('010203-xxxx');
    expect(maskCpr('Cpr. 5')).toBe('Cpr. 5');
    expect(maskCprsInText('sag 010203-1234 og 1102034321.')).toBe('sag 010203-xxxx og 110203-xxxx.');
  });
});
