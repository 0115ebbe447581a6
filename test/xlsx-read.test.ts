import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forecast } from '../src/forecast/forecast.js';
import { readAndCheck } from '../src/cli/pipeline.js';
import { formatProblem, ProblemList } from '../src/model/problem.js';
import { readProject } from '../src/read/project.js';
import { TABLES } from '../src/model/table-schema.js';
import { cellToText, columnLetter, isDateFormat, isoDateCellsAsText, readXlsxTable, serialToDate } from '../src/read/xlsx.js';
import { forecastToJson } from '../src/render/json.js';
import { withoutLocations } from './helpers/same-forecast.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prognose-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function jsonFor(input: string): Promise<string> {
  const { checked, problems } = await readAndCheck(input, { today: { year: 2026 } });
  expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  return forecastToJson(forecast(checked!));
}

describe('fixtures/eksempel as LibreOffice-written xlsx', () => {
  it('gives the same JSON from CSV, a folder of xlsx and one workbook (warnings at their own file and line)', async () => {
    const csv = await jsonFor('fixtures/eksempel');
    // 174.683.422,90: the pools' open quarter (1.000.000 + 600.000 + 800.000) × 3/12 = 600.000, not 2.400.000
    // (175.456.398,90), less the age limit's cuts in the open months (Opholdssteder and Døgninstitutioner at 18), 772.976,00
    // (test/horizon.test.ts adds up its notes)
    expect(JSON.parse(csv).total.expected).toBe('174683422.90');
    expect(withoutLocations(await jsonFor('fixtures/eksempel-xlsx'))).toEqual(withoutLocations(csv));
    expect(withoutLocations(await jsonFor('fixtures/eksempel.xlsx'))).toEqual(withoutLocations(csv));
  });

  it('reads a LibreOffice workbook in the 1904 date system (date1904="true") to the same dates and JSON', async () => {
    const { copyFile, mkdir } = await import('node:fs/promises');
    const folder = join(dir, 'eksempel-1904');
    await mkdir(folder);
    for (const name of ['foranstaltninger', 'forbrug', 'risikosager', 'tilgang', 'overgange', 'prisfremskrivning']) await copyFile(`fixtures/eksempel/${name}.csv`, join(folder, `${name}.csv`));
    await copyFile('fixtures/eksempel-1904/dispositioner.xlsx', join(folder, 'dispositioner.xlsx'));
    const { inputs } = await readProject(folder);
    expect(inputs.dispositions[0]!.start).toEqual({ year: 2026, month: 10, day: 1 });
    expect(inputs.dispositions[0]!.stopAsWritten).toEqual({ year: 9999, month: 1, day: 1 });
    expect(withoutLocations(await jsonFor(folder))).toEqual(withoutLocations(await jsonFor('fixtures/eksempel')));
  });

  it('holds typed cells as a spreadsheet stores them (numbers, date serials, percent), not text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile('fixtures/eksempel-xlsx/dispositioner.xlsx');
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('C2').value).toBe(44398);
    expect(ws.getCell('E2').value).toBeInstanceOf(Date);
    expect((ws.getCell('E2').value as Date).toISOString()).toBe('2026-10-01T00:00:00.000Z');
    const risk = new ExcelJS.Workbook();
    await risk.xlsx.readFile('fixtures/eksempel-xlsx/risikosager.xlsx');
    expect(risk.worksheets[0]!.getCell('E2').value).toBe(0.4);
    // The one-workbook form has formulas saved with their results, and a merged title.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile('fixtures/eksempel.xlsx');
    const disp = book.getWorksheet('Dispositioner')!;
    expect(disp.getCell('C4').formula).toBe('44398*1');
    expect(disp.getCell('F4').formula).toBe('DATE(9999,1,1)');
    expect(disp.getCell('A1').isMerged).toBe(true);
    expect(book.getWorksheet('Intake')!.state).toBe('hidden');
  });

  it('reads the workbook form with the sheet named in each source, skipping the title rows', async () => {
    const { inputs } = await readProject('fixtures/eksempel.xlsx');
    expect(inputs.sources.map((s) => [s.table, s.sheet, s.rows])).toEqual([
      ['Foranstaltninger', 'Foranstaltninger', 12],
      ['Dispositioner', 'Dispositioner', 614], // 613 generated rows and the case review's row with rate 0
      ['Forbrug', 'Forbrug', 296],
      ['Risikosager', 'Risikosager', 7],
      ['Tilgang', 'Tilgang', 7],
      ['Overgange', 'Overgange', 6],
      ['Prisfremskrivning', 'Prisfremskrivning', 3],
    ]);
    // The title (row 1) and a blank row sit above the header in row 3, so the first case is row 4.
    const source = inputs.dispositions[0]!.source;
    expect(source).toEqual({ file: 'eksempel.xlsx', sheet: 'Dispositioner', line: 4, columns: expect.any(Map) });
    // The row carries its table's columns explicitly: a check can point at the cell (here CPR-nr. in A4).
    expect(source.columns!.get('caseRef')).toEqual({ header: 'CPR-nr.', letter: 'A' });
    expect(source.columns).toBe(inputs.dispositions[1]!.source.columns);
  });
});

describe('zip directory', () => {
  it('lists every part of a workbook wherever it lies in the file, and refuses a non-zip', async () => {
    const { readZipDirectory, readZipEntry } = await import('../src/read/zip.js');
    const parts = await readZipDirectory('fixtures/eksempel.xlsx');
    expect([...parts.keys()].filter((n) => n.startsWith('xl/worksheets/')).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `xl/worksheets/sheet${n}.xml`),
    );
    const workbook = (await readZipEntry('fixtures/eksempel.xlsx', parts.get('xl/workbook.xml')!)).toString('utf8');
    expect(workbook).toContain('<sheet name="Intake" sheetId="8" state="hidden"');
    await expect(readZipDirectory('fixtures/eksempel/forbrug.csv')).rejects.toThrow('ikke et zip-arkiv');
  });
});

describe('cell conversion', () => {
  it('turns date serials into civil dates in the 1900 and 1904 systems', () => {
    expect(serialToDate(1, false)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(serialToDate(59, false)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(serialToDate(60, false)).toBeUndefined(); // Excel's 29.02.1900
    expect(serialToDate(61, false)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialToDate(46296, false)).toEqual({ year: 2026, month: 10, day: 1 });
    expect(serialToDate(46296.75, false)).toEqual({ year: 2026, month: 10, day: 1 });
    expect(serialToDate(2958101, false)).toEqual({ year: 9999, month: 1, day: 1 });
    expect(serialToDate(0, true)).toEqual({ year: 1904, month: 1, day: 1 });
    expect(serialToDate(44834, true)).toEqual({ year: 2026, month: 10, day: 1 });
  });

  it('writes numbers as plain decimals with no float artefacts', () => {
    expect(cellToText(11169.34, undefined, false).text).toBe('11169.34');
    expect(cellToText(0.1 + 0.2, undefined, false).text).toBe('0.3');
    expect(cellToText(1234567.89, 'General', false).text).toBe('1234567.89');
    expect(cellToText(-4200000, '#,##0.00 "kr."', false).text).toBe('-4200000');
    expect(cellToText(1e21, undefined, false).text).toBe('1000000000000000000000');
    expect(cellToText(0.0000001, undefined, false).text).toBe('0.0000001');
    expect(cellToText(-0, undefined, false).text).toBe('0');
  });

  it('recognises date formats but not number formats', () => {
    expect(isDateFormat('dd-mm-yyyy')).toBe(true);
    expect(isDateFormat('mmm yy')).toBe(true);
    expect(isDateFormat('[$-406]d. mmmm yyyy')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('#,##0.00 "kr."')).toBe(false);
    expect(isDateFormat('#,##0.00\\ "md"')).toBe(false);
    expect(isDateFormat('0 %')).toBe(false);
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(27)).toBe('AA');
  });

  it('turns ISO date cells (t="d") into text cells, also when a tag is split between chunks', async () => {
    const xml = '<row r="2"><c r="A2" s="1" t="d"><v>2026-10-01T00:00:00</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" t=\'d\'><v>9999-01-01</v></c></row>';
    for (const at of [5, 14, 20, 23, 60, 100]) {
      async function* chunks() {
        yield Buffer.from(xml.slice(0, at));
        yield Buffer.from(xml.slice(at));
      }
      let out = '';
      for await (const piece of isoDateCellsAsText(chunks())) out += piece;
      expect(out).toBe(xml.replace('t="d"', 't="str"').replace("t='d'", "t='str'"));
    }
  });

  it('takes formulas by their cached result and rich text by its text', () => {
    expect(cellToText({ formula: 'C2*2', result: 88796 }, undefined, false).text).toBe('88796');
    expect(cellToText({ formula: 'DATE(2026,10,1)', result: 46296 }, 'dd.mm.yyyy', false).text).toBe('2026-10-01');
    expect(cellToText({ formula: 'DATE(2026,10,1)', result: 44834 }, 'dd.mm.yyyy', true).text).toBe('2026-10-01');
    expect(cellToText({ formula: 'A1&"x"', result: 'Opholdssteder' }, undefined, false).text).toBe('Opholdssteder');
    expect(cellToText({ formula: 'X1', result: { error: '#N/A' } }, undefined, false).text).toBe('#N/A');
    expect(cellToText({ formula: 'SUM(A1:A3)' }, undefined, false)).toEqual({ text: '=SUM(A1:A3)', missingResult: true });
    expect(cellToText({ formula: '1/0', result: Number.NaN }, undefined, false).text).toBe('#FEJL');
    expect(cellToText(Number.NaN, undefined, false).text).toBe('');
    expect(cellToText({ richText: [{ text: 'Ophold' }, { text: 'ssteder' }] }, undefined, false).text).toBe('Opholdssteder');
    expect(cellToText(new Date(Date.UTC(2026, 9, 1)), 'dd-mm-yyyy', false).text).toBe('2026-10-01');
  });
});

const DISPOSITION_HEADER = ['CPR-nr.', 'Foranstaltning', 'Takst (kr.)', 'Takstenhed', 'Startdato', 'Stopdato', 'Status'];

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('reading sheets as people keep them (workbooks built with exceljs)', () => {
  it('reads serial dates in a 1904 workbook, Danish text in cells, formulas, and skips a merged title', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Ark1');
    ws.getCell('A1').value = 'Dispositionsark 2026';
    ws.mergeCells('A1:G1');
    ws.getRow(3).values = DISPOSITION_HEADER;
    ws.getRow(4).values = ['010190-1234', 'Opholdssteder', 44398, 'måned', 44834, 2956639, 'aktuel'];
    ws.getCell('E4').numFmt = 'dd-mm-yyyy';
    ws.getCell('F4').numFmt = 'dd-mm-yyyy';
    ws.getRow(5).values = ['020290-2345', 'Opholdssteder', '1.912,61', 'dag', '01.06.2026', '31-12-2026', 'forventet'];
    ws.getRow(6).values = ['030390-3456', 'Opholdssteder', { formula: 'C4/2', result: 22199 }, 'måned', { formula: 'E4+31', result: 44865 }, null, 'aktuel'];
    ws.getCell('E6').numFmt = 'dd.mm.yyyy';
    // trailing empty rows and columns that only carry formatting
    ws.getCell('J9').numFmt = '0.00';
    ws.getCell('A12').value = '';
    ws.getCell('K4').value = null;
    const path = await save(wb, 'dispositioner-1904.xlsx');

    const problems = new ProblemList();
    const raw = await readXlsxTable(path, TABLES.dispositions, problems);
    expect(problems.items).toEqual([]);
    expect(raw!.sheet).toBe('Ark1');
    expect(raw!.headerLine).toBe(3);
    expect(raw!.headers).toEqual(DISPOSITION_HEADER);
    expect(raw!.columnLetters).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(raw!.rows).toEqual([
      { line: 4, cells: ['010190-1234', 'Opholdssteder', '44398', 'måned', '2026-10-01', '9999-01-01', 'aktuel'] },
      { line: 5, cells: ['020290-2345', 'Opholdssteder', '1.912,61', 'dag', '01.06.2026', '31-12-2026', 'forventet'] },
      { line: 6, cells: ['030390-3456', 'Opholdssteder', '22199', 'måned', '2026-11-01', '', 'aktuel'] },
    ]);
  });

  it('reads typed Date cells in a 1900 workbook to the same civil dates', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dispositioner');
    ws.addRow(DISPOSITION_HEADER);
    ws.addRow(['010190-1234', 'Opholdssteder', 44398, 'måned', new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(9999, 0, 1)), 'aktuel']);
    ws.getCell('E2').numFmt = 'dd-mm-yyyy';
    ws.getCell('F2').numFmt = 'dd-mm-yyyy';
    ws.addRow(['020290-2345', 'Opholdssteder', 1000, 'måned', 46296, null, 'aktuel']);
    ws.getCell('E3').numFmt = 'd. mmmm yyyy';
    const path = await save(wb, 'dispositioner-1900.xlsx');
    const problems = new ProblemList();
    const raw = await readXlsxTable(path, TABLES.dispositions, problems);
    expect(raw!.rows.map((r) => r.cells.slice(4, 6))).toEqual([['2026-10-01', '9999-01-01'], ['2026-10-01', '']]);
  });

  it('keeps æøå intact in large sheets and shared strings, wherever the chunks split them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Forbrug');
    ws.addRow(['Foranstaltning', 'Måned', 'Beløb', 'Bemærkning']);
    const note = (i: number) => `${'æøåÆØÅ'.repeat(8)} ${i}`;
    for (let i = 0; i < 3000; i++) ws.addRow(['Plejefamilier', '2026-01', i, note(i)]);
    const path = await save(wb, 'aeoeaa.xlsx');
    const problems = new ProblemList();
    const raw = await readXlsxTable(path, TABLES.actuals, problems);
    expect(raw!.rows).toHaveLength(3000);
    const wrong = raw!.rows.filter((r, i) => r.cells[3] !== note(i) || r.cells[2] !== String(i));
    expect(wrong).toEqual([]);
  });

  it('ignores hidden sheets: a single-table workbook reads its first visible sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet('Gammel', { state: 'hidden' });
    hidden.addRow(['Foranstaltning', 'Måned', 'Beløb']);
    hidden.addRow(['Opholdssteder', '2026-01', 'gammelt']);
    const ws = wb.addWorksheet('Forbrug 2026');
    ws.addRow(['Foranstaltning', 'Måned', 'Beløb']);
    ws.addRow(['Opholdssteder', '2026-01', 2249018.25]);
    const path = await save(wb, 'forbrug.xlsx');
    const problems = new ProblemList();
    const raw = await readXlsxTable(path, TABLES.actuals, problems);
    expect(raw!.sheet).toBe('Forbrug 2026');
    expect(raw!.rows).toEqual([{ line: 2, cells: ['Opholdssteder', '2026-01', '2249018.25'] }]);
  });

  it('names file, sheet and cell in errors, e.g. Dispositioner!E17, and masks CPR numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const m = wb.addWorksheet('Measures');
    m.addRow(['Konto', 'Foranstaltning', 'Metode', 'Budget']);
    m.addRow(['5.28.20', 'Opholdssteder', 'disposition', 29000000]);
    const d = wb.addWorksheet('Dispositioner');
    d.addRow(['Dispositionsark']);
    d.addRow(DISPOSITION_HEADER);
    for (let r = 3; r <= 16; r++) d.addRow([`0101${String(r).padStart(2, '0')}-1234`, 'Opholdssteder', 1000, 'måned', '01.01.2026', '', 'aktuel']);
    d.addRow(['170190-1234', 'Opholdssteder', 1000, 'måned', '31.02.2026', '', 'aktuel']);
    d.addRow(['180190-1234', 'Opholdssteder', '12,3,4', 'måned', '01.01.2026', '', 'aktuel']);
    const om = wb.addWorksheet('Noter');
    om.addRow(['ikke en tabel']);
    const path = await save(wb, 'model.xlsx');

    const { problems } = await readProject(path);
    const lines = problems.items.map(formatProblem);
    expect(lines).toContain('model.xlsx Dispositioner!E17 ("Startdato"): Startdato: datoen findes ikke [værdi: "31.02.2026"] - skriv datoen som dd.mm.åååå, fx 01.03.2026');
    expect(lines.some((l) => l.startsWith('model.xlsx Dispositioner!C18 ("Takst (kr.)"): Takst (kr.): ulæseligt tal'))).toBe(true);
    expect(problems.items.find((p) => p.code === 'unknown-sheet')?.location).toEqual({ file: 'model.xlsx', sheet: 'Noter' });
    expect(lines.join('\n')).not.toMatch(/\d{6}-\d{4}/);
  });

  it('treats a hidden duplicate sheet as absent and a visible duplicate as an error', async () => {
    const make = async (state: 'visible' | 'hidden', name: string) => {
      const wb = new ExcelJS.Workbook();
      const m = wb.addWorksheet('Foranstaltninger');
      m.addRow(['Foranstaltning', 'Metode', 'Budget']);
      m.addRow(['Advokatudgifter', 'tolvtedele', 1200]);
      const a = wb.addWorksheet('Forbrug');
      a.addRow(['Foranstaltning', 'Måned', 'Beløb']);
      a.addRow(['Advokatudgifter', '2026-01', 100]);
      const b = wb.addWorksheet('Actuals', { state });
      b.addRow(['Foranstaltning', 'Måned', 'Beløb']);
      b.addRow(['Advokatudgifter', '2026-01', 999]);
      return save(wb, name);
    };
    const ok = await readProject(await make('hidden', 'hidden-dup.xlsx'));
    expect(ok.problems.items).toEqual([]);
    expect(ok.inputs.actuals.map((a) => a.amount.toFixed(2))).toEqual(['100.00']);
    const bad = await readProject(await make('visible', 'visible-dup.xlsx'));
    expect(bad.problems.errors.map((p) => p.code)).toEqual(['duplicate-table']);
  });

  it('ignores Excel lock files in a folder, and a table both as CSV and as xlsx is an error', async () => {
    const { copyFile, mkdir, writeFile } = await import('node:fs/promises');
    const folder = join(dir, 'mixed');
    await mkdir(folder);
    for (const name of ['foranstaltninger.csv', 'forbrug.csv']) await copyFile(join('fixtures/eksempel', name), join(folder, name));
    await copyFile('fixtures/eksempel-xlsx/dispositioner.xlsx', join(folder, 'dispositioner.xlsx'));
    await writeFile(join(folder, '~$dispositioner.xlsx'), 'lock');
    const mixed = await readProject(folder);
    expect(mixed.problems.errors).toEqual([]);
    expect(mixed.inputs.sources.map((s) => s.file)).toEqual(['dispositioner.xlsx', 'foranstaltninger.csv', 'forbrug.csv']);
    expect(mixed.inputs.dispositions).toHaveLength(614);
    await copyFile('fixtures/eksempel-xlsx/forbrug.xlsx', join(folder, 'forbrug.xlsx'));
    const twice = await readProject(folder);
    expect(twice.problems.errors.map((p) => [p.code, p.message])).toEqual([['duplicate-table', 'både forbrug.csv og forbrug.xlsx er forbrug']]);
  });

  it('skips an empty optional sheet with a note, and reports missing columns against the likeliest header row', async () => {
    const wb = new ExcelJS.Workbook();
    const m = wb.addWorksheet('Foranstaltninger');
    m.addRow(['Budgetopfølgning 2026']);
    m.addRow(['Foranstaltning', 'Budget', 'Bemærkning']);
    m.addRow(['Advokatudgifter', 1200, '']);
    wb.addWorksheet('Risikosager');
    const { problems } = await readProject(await save(wb, 'tom.xlsx'));
    expect(problems.items.map((p) => [p.severity, p.code, p.location?.sheet, p.location?.line])).toEqual([
      ['note', 'empty-sheet', 'Risikosager', undefined],
      ['error', 'missing-column', 'Foranstaltninger', 2],
    ]);
    expect(problems.items[1]!.message).toBe('kolonnen "Metode" mangler');
  });

  it('reads a table that starts in column B, skipping comment rows (first filled cell starts with #)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Forbrug');
    ws.getRow(2).values = [null, 'Foranstaltning', 'Måned', 'Beløb'];
    ws.getRow(3).values = [null, '# Opholdssteder', '2026-01', 2249018];
    ws.getRow(4).values = [null, 'Opholdssteder', '2026-01', 'ti kroner'];
    ws.getRow(5).values = [null, 'Opholdssteder', new Date(Date.UTC(2026, 1, 1)), 1500.5]; // Excel made "2026-02" a date
    ws.getCell('C5').numFmt = 'mmm-yy';
    const m = wb.addWorksheet('Foranstaltninger');
    m.addRow(['Foranstaltning', 'Metode', 'Budget']);
    m.addRow(['Opholdssteder', 'glidende', 1200]);
    const { inputs, problems } = await readProject(await save(wb, 'kolonne-b.xlsx'));
    expect(problems.items.map(formatProblem)).toEqual([
      'kolonne-b.xlsx Forbrug!D4 ("Beløb"): Beløb: ulæseligt tal [værdi: "ti kroner"] - skriv tallet som 1.234.567,89 eller 1234567,89',
    ]);
    expect(inputs.sources.find((s) => s.table === 'Forbrug')!.rows).toBe(2);
    expect(inputs.actuals.map((a) => [a.month, a.amount.toFixed(2)])).toEqual([[{ year: 2026, month: 2 }, '1500.50']]);
  });

  it('reports a workbook without the measures sheet, and a file that is not a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Forbrug').addRow(['Foranstaltning', 'Måned', 'Beløb']);
    const missing = await readProject(await save(wb, 'uden.xlsx'));
    expect(missing.problems.errors.map((p) => p.code)).toEqual(['missing-sheet']);
    const { writeFile } = await import('node:fs/promises');
    const fake = join(dir, 'fake.xlsx');
    await writeFile(fake, 'Konto;Foranstaltning\n');
    const broken = await readProject(fake);
    expect(broken.problems.errors.map((p) => p.code)).toEqual(['unreadable-workbook']);
  });
});

describe('a formula whose saved result is 0', () => {
  it('reads as 0, not as a formula without a result (exceljs leaves a falsy result out of the cell\'s value)', async () => {
    // fixtures/eksempel.xlsx: LibreOffice wrote the rate of the row with rate 0 as <f>0*1</f><v>0</v>.
    const { inputs, problems } = await readProject('fixtures/eksempel.xlsx');
    expect(problems.items.filter((p) => p.code === 'formula-without-result' || p.severity === 'error')).toEqual([]);
    const zero = inputs.dispositions.find((r) => r.source.line === 617)!;
    expect([zero.measure, zero.rate.toString(), zero.unit]).toEqual(['Botilbud § 108', '0', 'måned']);
  });
});
