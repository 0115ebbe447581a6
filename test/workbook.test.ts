import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Forecast } from '../src/model/forecast.js';
import { writeWorkbook } from '../src/render/workbook.js';
import { PROBLEM_TYPES } from '../src/render/workbook/problem-types.js';
import { writeFileSafely } from '../src/render/write-safely.js';
import { context, edgeForecast, fixtureForecast, formulaAt, formulaCells, loadWorkbook, numberAt, renderedWorkbook, rowWith } from './workbook-helpers.js';

const SHEETS_DA = ['Oversigt', 'Grafer', 'Flerårsoversigt', 'Måneder', 'Dispositioner', 'Risikosager', 'Tilgang og afgang', 'Overgange', 'Afstemning', 'Aktivitet og pris', 'Nøgletal', 'Undringssager', 'Sagsbehandlere', 'Forudsætninger', 'Advarsler'];
const SHEETS_EN = ['Overview', 'Charts', 'Multi-year overview', 'Months', 'Dispositions', 'Risk cases', 'Intake and exit', 'Transitions', 'Bridge', 'Activity and price', 'Key figures', 'Cases to review', 'Caseworkers', 'Assumptions', 'Warnings'];
const ore = (x: number): string => x.toFixed(2);
const MONTH_COLS = ['H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'];

describe('workbook for fixtures/eksempel', async () => {
  const f = await fixtureForecast('fixtures/eksempel');
  const { wb } = await renderedWorkbook(f);
  const overview = wb.getWorksheet('Oversigt')!;
  const months = wb.getWorksheet('Måneder')!;

  it('has the thirteen sheets in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS_DA);
  });

  it('shows every measure on Oversigt with the engine figures, Forventet regnskab and Afvigelse as formulas', () => {
    for (const m of f.measures) {
      const r = rowWith(overview, 3, m.measure.name);
      expect(ore(numberAt(overview, `E${r}`))).toBe(m.budget.toFixed(2));
      expect(ore(numberAt(overview, `F${r}`))).toBe(m.actual.toFixed(2));
      expect(ore(numberAt(overview, `G${r}`))).toBe(m.forecast.toFixed(2));
      expect(ore(numberAt(overview, `H${r}`))).toBe(m.expected.toFixed(2));
      expect(ore(numberAt(overview, `I${r}`))).toBe(m.deviation.toFixed(2));
      expect(formulaAt(overview, `H${r}`)).toBe(`F${r}+G${r}`);
      expect(formulaAt(overview, `I${r}`)).toBe(`H${r}-E${r}`);
      const mr = rowWith(months, 2, m.measure.name);
      expect(formulaAt(overview, `F${r}`)).toBe(`SUM('Måneder'!C${mr}:K${mr})`);
      expect(formulaAt(overview, `G${r}`)).toBe(`SUM('Måneder'!L${mr}:N${mr})`);
    }
    // The figures of the run (see the terminal table): 174.683.422,90 expected, 1.266.577,10 under budget (175.950.000 − 174.683.422,90).
    // The three pools (1.000.000 + 600.000 + 800.000) give only the open quarter, × 3/12 = 600.000: 1.800.000 less than
    // the whole pools would (177.256.398,90 − 1.800.000 = 175.456.398,90), and the age limit of 18 on the
    // placements cuts 772.976,00 from the open months (its six notes: 202.200 + 141.300 + 0 + 227.260 + 0 +
    // 202.216; Plejefamilier's Aldersgrænse 23 cuts nothing in 2026): 175.456.398,90 − 772.976,00 = 174.683.422,90.
    const t = rowWith(overview, 1, 'I alt');
    expect(ore(numberAt(overview, `E${t}`))).toBe('175950000.00');
    expect(ore(numberAt(overview, `F${t}`))).toBe('130109997.61');
    // Prognose (open months): 174.683.422,90 − 130.109.997,61 forbrug = 44.573.425,29.
    expect(ore(numberAt(overview, `G${t}`))).toBe('44573425.29');
    expect(ore(numberAt(overview, `H${t}`))).toBe('174683422.90');
    expect(ore(numberAt(overview, `I${t}`))).toBe('-1266577.10');
    // |−1.266.577,10| is above the materiality 0,5 % × 175.950.000,00 = 879.750,00: mindreforbrug.
    expect(overview.getCell(`K${t}`).result).toBe('Mindreforbrug');
  });

  it('subtotals each Område with SUBTOTAL formulas that add up to the grand total, which the autofilter leaves out', () => {
    const groups = f.areas;
    expect(groups.map((g) => g.area)).toEqual(['Børn og unge', 'Voksne']);
    const subRows = groups.map((g) => rowWith(overview, 1, `I alt ${g.area}`));
    groups.forEach((g, i) => {
      const r = subRows[i]!;
      expect(formulaAt(overview, `E${r}`)).toMatch(/^SUBTOTAL\(9,E\d+:E\d+\)$/);
      expect(ore(numberAt(overview, `H${r}`))).toBe(g.totals.expected.toFixed(2));
    });
    expect(ore(numberAt(overview, `H${subRows[0]}`) + numberAt(overview, `H${subRows[1]}`))).toBe('174683422.90');
    const t = rowWith(overview, 1, 'I alt');
    // SUBTOTAL over every row above, subtotals included: it leaves out the subtotals (and rows a filter hides).
    expect(formulaAt(overview, `E${t}`)).toBe(`SUBTOTAL(9,E11:E${t - 1})`);
    expect(overview.autoFilter).toBe(`A10:K${t - 1}`);
  });

  it('gives Afvigelse in % of |budget| with the sign of the deviation, also for income', () => {
    const r = rowWith(overview, 3, 'Central refusionsordning');
    // expected −3.950.000 against −4.200.000: 250.000 merforbrug = +5,95 %.
    expect(numberAt(overview, `J${r}`)).toBeCloseTo(250000 / 4200000, 12);
    expect(overview.getCell(`J${r}`).numFmt).toBe('0.0%');
    expect(overview.getCell(`K${r}`).result).toBe('Merforbrug');
    const frame = rowWith(overview, 3, 'Kommunens eget børnehjem');
    expect(overview.getCell(`K${frame}`).result).toBe('I balance');
  });

  it('writes the header block: year, last closed month, Forbrug til dato, materiality, Danish time and inputs', () => {
    expect(overview.getCell('A1').value).toBe('Forventet regnskab 2026');
    expect(overview.getCell('B2').value).toBe(2026);
    expect(overview.getCell('B3').value).toBe('2026-09');
    expect([overview.getCell('A4').value, overview.getCell('B4').value]).toEqual(['Forbrug til dato', 'pr. 30.09.2026']);
    expect([overview.getCell('A5').value, overview.getCell('B5').value]).toEqual(['Væsentlighed', '0,5 % af korrigeret budget: en mindre afvigelse står som "I balance"']);
    // 15.10.2026 08:30 UTC is 10:30 in Copenhagen (summer time until 25.10.2026), the zone named.
    expect(overview.getCell('A6').value).toBe('Dannet');
    expect((overview.getCell('B6').value as Date).toISOString()).toBe('2026-10-15T10:30:00.000Z');
    expect(overview.getCell('B6').numFmt).toBe('dd-mm-yyyy hh:mm "CEST, dansk tid (UTC+2)"');
    expect(String(overview.getCell('B7').value)).toContain('dispositioner.csv');
    // The column heads: Forbrug til dato, Restprognose of the open months, Forventet regnskab.
    const header = rowWith(overview, 1, 'Område');
    expect(['F', 'G', 'H'].map((c) => overview.getCell(`${c}${header}`).value)).toEqual(['Forbrug til dato', 'Restprognose (okt.–dec.)', 'Forventet regnskab']);
  });

  it('marks closed and open months differently on Måneder, with a legend', () => {
    const r = rowWith(months, 2, 'Opholdssteder');
    const m = f.measures.find((x) => x.measure.name === 'Opholdssteder')!;
    for (let i = 0; i < 12; i++) expect(ore(numberAt(months, `${String.fromCharCode(67 + i)}${r}`))).toBe(m.months[i]!.toFixed(2));
    const fillOf = (a: string): string => JSON.stringify(months.getCell(a).fill);
    expect(fillOf(`K${r}`)).toBe(fillOf('A2'));
    expect(fillOf(`L${r}`)).toBe(fillOf('B2'));
    expect(fillOf(`K${r}`)).not.toBe(fillOf(`L${r}`));
    expect(months.getCell('A2').value).toBe('Lukket måned: faktisk forbrug');
    expect(formulaAt(months, `O${r}`)).toBe(`SUM(C${r}:N${r})`);
  });

  it('formats money, dates and percentages and sets up every table for screen and print', () => {
    expect(overview.getCell('H11').numFmt).toBe('#,##0.00;-#,##0.00');
    const disp = wb.getWorksheet('Dispositioner')!;
    const start = disp.getCell('E5');
    expect(start.value).toBeInstanceOf(Date);
    expect(start.numFmt).toBe('dd-mm-yyyy');
    for (const name of ['Oversigt', 'Måneder', 'Dispositioner', 'Risikosager', 'Tilgang og afgang', 'Advarsler']) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.views[0]?.state, name).toBe('frozen');
      expect(ws.autoFilter, name).toBeTruthy();
      expect(ws.pageSetup.printTitlesRow, name).toMatch(/^\d+:\d+$/);
    }
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.orientation, ws.name).toBe('landscape');
      // One page wide, or (too wide for A3 at 70 %) column groups at 75 % with the frozen columns repeated.
      if (ws.pageSetup.fitToPage) expect([ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight], ws.name).toEqual([1, 0]);
      else expect([ws.pageSetup.scale, ws.pageSetup.printTitlesColumn], ws.name).toEqual([75, `A:${String.fromCharCode(64 + (ws.views[0] as { xSplit: number }).xSplit)}`]);
    }
  });

  it('gives every formula a cached result', () => {
    const cells = formulaCells(wb);
    expect(cells.length).toBeGreaterThan(1000);
    for (const c of cells) expect(c.result, `${c.sheet}!${c.address}`).not.toBeUndefined();
  });

  it('lists each input file with rows and SHA-256 on Forudsætninger', () => {
    const ws = wb.getWorksheet('Forudsætninger')!;
    for (const s of f.sources) {
      const r = rowWith(ws, 3, s.file);
      expect(ws.getCell(`D${r}`).value).toBe(s.rows);
      expect(ws.getCell(`E${r}`).value).toBe(s.sha256);
    }
    const r = rowWith(ws, 2, 'Efterskoleophold');
    expect(ws.getCell(`H${r}`).value).toBe('2025-10 – 2026-09');
    expect(ws.getCell(`I${r}`).value).toBe(12);
  });

  it('says so on Advarsler when the run had none', async () => {
    // The example's own run tells of the rows outside 2026, then the case review's flags (README: Case review), and the
    // six rows the age limit cuts.
    const counts = new Map<string, number>();
    for (const p of f.problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
    expect(f.problems[0]!.code).toBe('outside-year');
    expect(Object.fromEntries(counts)).toEqual({ 'outside-year': 1, 'expected-started': 14, 'past-age-limit': 9, 'age-for-measure': 3, 'rate-outlier': 1, 'long-open-case': 118, 'negative-rate': 1, 'age-limit-cut': 6 });
    const { wb: none } = await renderedWorkbook({ ...f, problems: [] });
    expect(none.getWorksheet('Advarsler')!.getCell('A4').value).toBe('Ingen advarsler i denne kørsel.');
  });

  it('shows CPR numbers in full by default and masked with maskCpr, nowhere else in full', async () => {
    const disp = wb.getWorksheet('Dispositioner')!;
    expect(disp.getCell('A5').value).toMatch(/^\d{6}-\d{4}$/);
    const masked = await renderedWorkbook(f, context({ maskCpr: true }));
    const texts: string[] = [];
    masked.wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.text)))));
    expect(texts.filter((t) => /(?<![0-9a-z])\d{6}-?\d{4}(?![0-9a-z])/.test(t))).toEqual([]);
    expect(masked.wb.getWorksheet('Dispositioner')!.getCell('A5').value).toMatch(/^\d{6}-xxxx$/);
    // The 18-year list too: its cases in full in the user's own workbook, masked with maskCpr.
    expect(wb.getWorksheet('Overgange')!.getCell('A6').value).toMatch(/^\d{6}-\d{4}$/);
    expect(masked.wb.getWorksheet('Overgange')!.getCell('A6').value).toMatch(/^\d{6}-xxxx$/);
  });
});

describe('workbook for Tabel 5.2 (DOMAIN.md)', async () => {
  const f = await fixtureForecast('fixtures/tabel-5-2', { year: 2017 });
  const { wb } = await renderedWorkbook(f, context({ input: 'fixtures/tabel-5-2' }));
  const ws = wb.getWorksheet('Dispositioner')!;

  it('has the rows, their year totals and the subtotals of the report', () => {
    const totals = ['Cpr. 1', 'Cpr. 2', 'Cpr. 3', 'Cpr. 4', 'Cpr. 5', 'Cpr. 6'].map((c) => ore(numberAt(ws, `T${rowWith(ws, 1, c)}`)));
    expect(totals).toEqual(['1200000.00', '600000.00', '450000.00', '200000.00', '450000.00', '1000000.00']);
    const current = rowWith(ws, 1, 'I alt aktuelle: Anbringelser');
    const expected = rowWith(ws, 1, 'I alt forventede: Anbringelser');
    const both = rowWith(ws, 1, 'I alt aktuelle + forventede: Anbringelser');
    expect(MONTH_COLS.map((c) => ore(numberAt(ws, `${c}${current}`)))).toEqual([
      '325000.00', '325000.00', '225000.00', '225000.00', '225000.00', '225000.00', ...Array(6).fill('150000.00'),
    ]);
    expect(ore(numberAt(ws, `T${current}`))).toBe('2450000.00');
    expect(ore(numberAt(ws, `T${expected}`))).toBe('1450000.00');
    expect(MONTH_COLS.map((c) => ore(numberAt(ws, `${c}${both}`)))).toEqual(Array(12).fill('325000.00'));
    expect(ore(numberAt(ws, `T${both}`))).toBe('3900000.00');
    expect(formulaAt(ws, `H${current}`)).toBe(`SUBTOTAL(9,H${rowWith(ws, 1, 'Cpr. 1')}:H${rowWith(ws, 1, 'Cpr. 4')})`);
    expect(formulaAt(ws, `H${both}`)).toBe(`H${current}+H${expected}`);
  });

  it('keeps 01.01.9999 visible as the stop date and shows the stop of Cpr. 3', () => {
    const stop = ws.getCell(`F${rowWith(ws, 1, 'Cpr. 1')}`).value as Date;
    expect(stop.toISOString().slice(0, 10)).toBe('9999-01-01');
    const stop3 = ws.getCell(`F${rowWith(ws, 1, 'Cpr. 3')}`).value as Date;
    expect(stop3.toISOString().slice(0, 10)).toBe('2017-06-30');
  });

  it('gives 4.900.000 with the pool on Oversigt', () => {
    const o = wb.getWorksheet('Oversigt')!;
    expect(ore(numberAt(o, `H${rowWith(o, 3, 'Anbringelser')}`))).toBe('4900000.00');
  });
});

describe('workbook with every month closed, a zero budget and an income line', async () => {
  const f = edgeForecast();
  const { wb } = await renderedWorkbook(f);
  const o = wb.getWorksheet('Oversigt')!;

  it('writes Prognose 0 as a value and leaves % empty for a zero budget', () => {
    const r = rowWith(o, 3, 'Skøn uden budget');
    expect(o.getCell(`G${r}`).value).toBe(0);
    expect(formulaAt(o, `F${r}`)).toMatch(/^SUM\('Måneder'!C\d+:N\d+\)$/);
    expect(ore(numberAt(o, `H${r}`))).toBe('120000.12');
    expect(ore(numberAt(o, `I${r}`))).toBe('120000.12');
    expect(formulaAt(o, `J${r}`)).toBe(`IF(E${r}=0,"",I${r}/ABS(E${r}))`);
    // The cached result is the empty text; exceljs reads an empty cached text back as undefined.
    expect(o.getCell(`J${r}`).result ?? '').toBe('');
    expect(o.getCell(`J${r}`).result).not.toBe(0);
    const income = rowWith(o, 3, 'Refusion');
    expect(ore(numberAt(o, `H${income}`))).toBe('-500.04');
    expect(ore(numberAt(o, `I${income}`))).toBe('0.01');
    // 0,01 kr. on a budget of −500,05 is below 0,5 % × 500,05 = 2,50: in balance.
    expect(o.getCell(`K${income}`).result).toBe('I balance');
    // Every month closed: no open months to name, and Forbrug til dato runs to 31.12.2026.
    expect(o.getCell(`G${rowWith(o, 1, 'Område')}`).value).toBe('Restprognose');
    expect(o.getCell('B4').value).toBe('pr. 31.12.2026');
    expect(o.getCell(`B3`).value).toBe('2026-12');
  });

  it('groups by Område in order of first appearance', () => {
    expect(rowWith(o, 1, 'I alt Voksne')).toBeLessThan(rowWith(o, 1, 'I alt Børn og unge'));
  });
});

describe('workbook options and writing', async () => {
  const f = await fixtureForecast('fixtures/eksempel');

  it('uses English labels with lang en', async () => {
    const { wb } = await renderedWorkbook(f, context({ lang: 'en' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS_EN);
    const o = wb.getWorksheet('Overview')!;
    expect(o.getCell('A1').value).toBe('Expected result 2026');
    expect(formulaAt(o, `F${rowWith(o, 3, 'Opholdssteder')}`)).toMatch(/^SUM\('Months'!C\d+:K\d+\)$/);
    expect(ore(numberAt(o, `H${rowWith(o, 1, 'Total')}`))).toBe('174683422.90');
  });

  it('gives identical bytes for the same inputs and time, and the same cell values for another time', async () => {
    const a = await renderedWorkbook(f);
    const b = await renderedWorkbook(f);
    expect(Buffer.compare(a.buffer, b.buffer)).toBe(0);
    const later = new Date(Date.UTC(2026, 10, 1, 12, 0, 0));
    const c = await renderedWorkbook(f, context({ madeAt: later, fileTime: later }));
    expect(Buffer.compare(a.buffer, c.buffer)).not.toBe(0);
    expect(formulaCells(c.wb)).toEqual(formulaCells(a.wb));
  });

  it('lists the warnings of a run with file, line and column, CPR masked', async () => {
    const warned = await fixtureForecast('fixtures/eksempel', { asOf: { year: 2026, month: 10 } });
    expect(warned.problems.length).toBeGreaterThan(0);
    const withCpr: Forecast = {
      ...warned,
      problems: [...warned.problems, { severity: 'warning', code: 'test', message: 'sag 010203-1234 tjekkes', location: { file: 'dispositioner.csv', line: 7, column: 'CPR-nr.' }, value: '0102031234' }],
    };
    const { wb } = await renderedWorkbook(withCpr);
    const ws = wb.getWorksheet('Advarsler')!;
    // The first problem is the note on the rows outside 2026: its type in Danish words; the code in the last column.
    expect(warned.problems[0]!.severity).toBe('note');
    expect(ws.getCell('A4').value).toBe('note');
    expect([ws.getCell('B3').value, ws.getCell('K3').value]).toEqual(['Type', 'Kode']);
    expect(ws.getCell('B4').value).toBe(PROBLEM_TYPES[warned.problems[0]!.code]!.da);
    expect(ws.getCell('K4').value).toBe(warned.problems[0]!.code);
    const last = 4 + warned.problems.length;
    expect([ws.getCell(`C${last}`).value, ws.getCell(`D${last}`).value, ws.getCell(`F${last}`).value, ws.getCell(`G${last}`).value, ws.getCell(`I${last}`).value, ws.getCell(`K${last}`).value])
      .toEqual(['sag 010203-xxxx tjekkes', 'dispositioner.csv', 7, 'CPR-nr.', '010203-xxxx', 'test']);
  });

  it('writes through a temporary file and leaves the old file whole when writing fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-wb-'));
    const target = join(dir, 'prognose.xlsx');
    await writeWorkbook(f, target, context());
    const wb = await loadWorkbook(target);
    expect(wb.worksheets).toHaveLength(SHEETS_DA.length);
    await writeFile(join(dir, 'old.xlsx'), 'old');
    await expect(writeFileSafely(join(dir, 'old.xlsx'), async (temp) => {
      await writeFile(temp, 'half');
      throw new Error('crash');
    })).rejects.toThrow('crash');
    expect(await readFile(join(dir, 'old.xlsx'), 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['old.xlsx', 'prognose.xlsx']);
  });
});
