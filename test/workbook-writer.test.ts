/**
 * The Dispositioner sheet as the one workbook writer writes it (render/workbook/line-rows.ts: line
 * rows as bytes; head and subtotals as exceljs cells, render/workbook/dispositions-sheet.ts), read back cell by cell and checked
 * against the Forecast and the layout rules of the README: every row, value, formula, cached
 * figure, number format, fill, font and border, the column widths, frozen panes, autofilter and
 * print set-up, and the case review's columns after the year total (age, age limit, the input's
 * extra columns, Bemærkning) with the lines wholly outside the year left off unless --all-rows.
 * Then the same sheet split over several sheets before the row limit, the parts
 * of the file itself (title, creator, times, full recalculation on load, print set-up), and the
 * writer's place for parts exceljs does not make (a native chart).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { lineMonthNumber, lineTotalNumber, type Forecast } from '../src/model/forecast.js';
import { ageOn, birthdayOf } from '../src/model/age.js';
import { cprBirthDate, maskCpr } from '../src/model/cpr.js';
import { careAreaOf } from '../src/model/measure.js';
import { readZipDirectory, readZipEntry } from '../src/read/zip.js';
import { buildWorkbook, writeWorkbook } from '../src/render/workbook.js';
import { lineRowsWritten } from '../src/render/workbook/line-rows.js';
import { labelsFor } from '../src/render/workbook/labels.js';
import { Book } from '../src/render/workbook/book.js';
import { writeXlsx } from '../src/render/workbook/xlsx-writer.js';
import { context, edgeForecast, FIXED_TIME, fixtureForecast, loadWorkbook } from './workbook-helpers.js';
import { disposition, measure, run } from './helpers.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function written(f: Forecast, options: { maxRows?: number } = {}, ctx = context()): Promise<{ path: string; wb: ExcelJS.Workbook }> {
  const dir = await mkdtemp(join(tmpdir(), 'prognose-stream-'));
  dirs.push(dir);
  const path = join(dir, 'out.xlsx');
  await writeWorkbook(f, path, ctx, options);
  return { path, wb: await loadWorkbook(path) };
}

// The layout rules (README "The workbook"; render/workbook/layout.ts), written out here.
const MONEY = '#,##0.00;-#,##0.00';
const MONTH_MONEY = '#,##0.00;-#,##0.00;"-"';
const DATE = 'dd-mm-yyyy';
const CLOSED = 'FFE2EFDA';
const OPEN = 'FFFFF2CC';
const HEADER = 'FFD9E1F2';
const TOTAL = 'FFF2F2F2';
const OPEN_COLOUR = 'FF1F4E79';
/**
 * The months and the year total hold the total rows' room for 10 mia. kr.: "10.000.000.000,00" is
 * 13 digits × 1.038 + 3 × 517 + 511 = 15.556 Calibri units × 14,667 px / 2.048 = 111,4 px, + 8 px
 * padding = 119,4 px ÷ 7 px = 17,06 → 17,25 (to the quarter). The rate column (13) holds 128.400,00 already.
 */
const WIDTHS = [14, 26, 13, 8, 12, 12, 10, ...Array<number>(12).fill(17.25), 17.25];
const MONTH_COLS = ['H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'];
/** The year total's column, T. */
const TOTAL_COL = 20;
/** The sheet's width: the year total, age and age limit, the extra columns, Bemærkning. */
const widthOf = (f: Forecast): number => TOTAL_COL + 2 + f.dispositionExtras.headers.length + 1;
const letter = (c: number): string => (c > 26 ? String.fromCharCode(64 + Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));
/** Wholly outside the budget year, by its dates as written. */
const outsideYear = (f: Forecast, line: number): boolean => {
  const d = f.dispositionLines.rows[line]!;
  return d.start.year > f.period.year || (d.stopAsWritten !== null && d.stopAsWritten.year < f.period.year);
};

/** What a reader sees in a cell: its value (a formula's cached result), formula and look. */
interface Look {
  readonly value: unknown;
  readonly formula?: string;
  readonly numFmt?: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly colour?: string;
  readonly fill?: string;
  readonly top?: string;
  readonly bottom?: string;
  readonly align?: string;
}

function lookOf(cell: ExcelJS.Cell): Look {
  const isFormula = cell.type === ExcelJS.ValueType.Formula;
  const raw = isFormula ? cell.result : cell.value;
  const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? cell.fill.fgColor?.argb : undefined;
  return tidy({
    value: raw instanceof Date ? raw.toISOString().slice(0, 10) : (raw ?? null),
    formula: isFormula ? cell.formula : undefined,
    numFmt: cell.numFmt,
    bold: cell.font?.bold ?? false,
    italic: cell.font?.italic ?? false,
    colour: cell.font?.color?.argb,
    fill,
    top: cell.border?.top?.style,
    bottom: cell.border?.bottom?.style,
    align: cell.alignment?.horizontal,
  });
}

/** Drops the undefined keys, so that a look compares by what it has. */
function tidy(look: Look): Look {
  return Object.fromEntries(Object.entries(look).filter(([, v]) => v !== undefined)) as unknown as Look;
}

const EMPTY: Look = { value: null, bold: false, italic: false };
const iso = (d: { year: number; month: number; day: number }): string => `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const ore = (x: number): number => Math.round(x * 100);

/**
 * The rows the Dispositioner sheet must have below its header (row 5 on), built from the Forecast
 * alone: per measure in measure order its aktuelle lines, their subtotal, its forventede lines,
 * their subtotal, the subtotal of both, the pool's row when the measure has a Pulje or Restpulje
 * (its pool part per month, as values) and a blank row; the grand total (without the pools) last. Subtotals are the
 * øre sums of the lines' own month amounts.
 */
function expectedRows(f: Forecast, maskCprs: boolean, allRows = false): { rows: Look[][]; lines: number } {
  const l = labelsFor('da');
  const closed = f.period.closedMonths;
  const year = f.period.year;
  const width = widthOf(f);
  // The case review's columns: the age on the first open day, the birthday of the measure's age
  // limit (Aldersgrænse, else 18 on the children's area) when in the year, the extra cells as written.
  const firstOpen = closed < 12 ? { year, month: closed + 1, day: 1 } : { year: year + 1, month: 1, day: 1 };
  const limitOf = (name: string): number | null => {
    const m = f.measures.find((x) => x.measure.name === name)!.measure;
    return m.ageLimit ?? (careAreaOf(m) === 'children' ? 18 : null);
  };
  const reviewLooks = (line: number): Look[] => {
    const d = f.dispositionLines.rows[line]!;
    const birth = cprBirthDate(d.caseRef);
    const age = birth === null ? -1 : ageOn(birth, firstOpen);
    const limit = limitOf(d.measure);
    const limitDay = birth === null || limit === null ? null : birthdayOf(birth, limit);
    return [
      age >= 0 ? { ...EMPTY, value: age } : EMPTY,
      limitDay !== null && limitDay.year === year ? { ...EMPTY, value: iso(limitDay), numFmt: DATE } : EMPTY,
      ...f.dispositionExtras.headers.map((_h, k) => (d.extra?.[k] ? { ...EMPTY, value: d.extra[k] } : EMPTY)),
      EMPTY,
    ];
  };
  const rows: Look[][] = [];
  const next = (): number => 5 + rows.length;
  const monthLook = (m: number, bold: boolean, extra: Partial<Look>): Look =>
    tidy({ value: null, ...extra, numFmt: MONTH_MONEY, bold, italic: m >= closed, colour: m >= closed ? OPEN_COLOUR : undefined, fill: m < closed ? CLOSED : OPEN });
  const lineRow = (line: number): void => {
    const r = next();
    const d = f.dispositionLines.rows[line]!;
    rows.push([
      { ...EMPTY, value: maskCprs ? maskCpr(d.caseRef) : d.caseRef },
      { ...EMPTY, value: d.measure },
      { ...EMPTY, value: d.rate.toNumber(), numFmt: MONEY },
      { ...EMPTY, value: l.units[d.unit], align: 'center' },
      { ...EMPTY, value: iso(d.start), numFmt: DATE },
      d.stopAsWritten ? { ...EMPTY, value: iso(d.stopAsWritten), numFmt: DATE } : EMPTY,
      { ...EMPTY, value: l.statuses[d.status], align: 'center' },
      ...MONTH_COLS.map((_, m) => monthLook(m, false, { value: lineMonthNumber(f.dispositionLines, line, m) })),
      { value: lineTotalNumber(f.dispositionLines, line), formula: `SUM(H${r}:S${r})`, numFmt: MONTH_MONEY, bold: true, italic: false },
      ...reviewLooks(line),
    ]);
  };
  /** A subtotal row; `formula` gives a month column's formula, null = values. Returns its row. */
  const totalRow = (label: string, monthsOre: readonly number[], formula: ((c: string) => string) | null, grand = false): number => {
    const r = next();
    const border = { top: 'thin', ...(grand ? { bottom: 'double' } : {}) };
    const plain = { ...EMPTY, bold: true, fill: TOTAL, ...border };
    rows.push([
      { ...plain, value: label },
      ...Array.from({ length: 6 }, () => plain),
      ...MONTH_COLS.map((c, m) => monthLook(m, true, { value: monthsOre[m]! / 100, ...(formula ? { formula: formula(c) } : {}), ...border })),
      { ...plain, value: monthsOre.reduce((a, b) => a + b, 0) / 100, formula: `SUM(H${r}:S${r})`, numFmt: MONTH_MONEY },
      ...Array.from({ length: width - TOTAL_COL }, () => plain),
    ]);
    return r;
  };
  const sumOre = (lines: readonly number[]): number[] => MONTH_COLS.map((_, m) => lines.reduce((a, x) => a + ore(lineMonthNumber(f.dispositionLines, x, m)), 0));
  const block = (lines: readonly number[]): ((c: string) => string) | null => {
    const first = next();
    lines.forEach(lineRow);
    return lines.length > 0 ? (c) => `SUBTOTAL(9,${c}${first}:${c}${next() - 1})` : null;
  };

  let lines = 0;
  const both: number[] = [];
  const grand = Array<number>(12).fill(0);
  for (const m of f.measures) {
    const all = f.dispositionLines.rows.map((_, i) => i);
    // Lines wholly outside the year add 0 kr. in every month: left off (unless allRows), the subtotals unchanged.
    const mine = all.filter((x) => f.dispositionLines.rows[x]!.measure === m.measure.name && (allRows || !outsideYear(f, x)));
    const pooled = m.measure.method === 'disposition' && (m.measure.pool !== null || m.measure.restPool !== null);
    if (mine.length === 0 && !pooled) continue;
    lines += mine.length;
    const current = mine.filter((x) => f.dispositionLines.rows[x]!.status === 'aktuel');
    const expected = mine.filter((x) => f.dispositionLines.rows[x]!.status === 'forventet');
    const currentSum = block(current);
    const currentRow = totalRow(l.currentTotal(m.measure.name), sumOre(current), currentSum);
    const expectedSum = block(expected);
    const expectedRow = totalRow(l.expectedTotal(m.measure.name), sumOre(expected), expectedSum);
    const bothOre = sumOre(mine);
    both.push(totalRow(l.bothTotal(m.measure.name), bothOre, (c) => `${c}${currentRow}+${c}${expectedRow}`));
    if (pooled) totalRow(l.poolTotal(m.measure.name), m.parts.pool.map((x) => ore(x.toNumber())), null);
    bothOre.forEach((x, i) => (grand[i]! += x));
    rows.push(Array<Look>(width).fill(EMPTY));
  }
  totalRow(l.allDispositions, grand, (c) => both.map((b) => `${c}${b}`).join('+'), true);
  return { rows, lines };
}

function rowsOf(ws: ExcelJS.Worksheet, from: number, to: number, width: number): Look[][] {
  const rows: Look[][] = [];
  for (let r = from; r <= to; r++) {
    const row = ws.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => lookOf(row.getCell(c + 1))));
  }
  return rows;
}

/** The head, widths, frozen panes, autofilter and print set-up every Dispositioner sheet has. */
function expectSheetSetUp(ws: ExcelJS.Worksheet, f: Forecast, title: string): void {
  const l = labelsFor('da');
  const closed = f.period.closedMonths;
  expect(lookOf(ws.getCell('A1')), ws.name).toEqual({ ...EMPTY, value: title, bold: true });
  expect(ws.getCell('A1').font.size).toBe(14);
  expect(lookOf(ws.getCell('A2'))).toEqual({ ...EMPTY, value: l.dispositionsNote, italic: true });
  const width = widthOf(f);
  expect(rowsOf(ws, 3, 3, width)).toEqual([Array<Look>(width).fill(EMPTY)]);
  const h = l.dispositionHeaders;
  const header = { ...EMPTY, bold: true, fill: HEADER, bottom: 'thin' };
  expect(rowsOf(ws, 4, 4, width)[0]).toEqual([
    ...[h.caseRef, h.measure, h.rate, h.unit, h.start, h.stop, h.status].map((value) => ({ ...header, value, ...(value === h.rate ? { align: 'right' } : {}) })),
    ...MONTH_COLS.map((_, m) => tidy({ ...header, value: `${l.monthNames[m]} ${f.period.year}`, fill: m < closed ? CLOSED : OPEN, italic: m >= closed, colour: m >= closed ? OPEN_COLOUR : undefined, align: 'right' })),
    { ...header, value: l.total, align: 'right' },
    ...['Alder (første åbne dag)', 'Aldersgrænse nås', ...f.dispositionExtras.headers, 'Bemærkning'].map((value) => ({ ...header, value })),
  ]);
  // "Alder (første åbne dag)" wraps at its spaces to three lines in 13 characters: 3 × 15 + 2 = 47 pt.
  expect(ws.getRow(4).height).toBe(47);
  // "Aldersgrænse" (bold) is wider than 13 characters: its column widens to hold the word whole.
  expect(ws.columns.map((c) => c.width)).toEqual([...WIDTHS, 13, 14.25, ...f.dispositionExtras.headers.map(() => 24), 30]);
  expect(ws.views).toHaveLength(1);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4, topLeftCell: 'B5', activeCell: 'A1' });
  // Down to the last row used, but above the grand total on the sheet that has it.
  const grand = ws.getCell(`A${ws.rowCount}`).value === l.allDispositions;
  expect(ws.autoFilter).toBe(`A4:${letter(width)}${ws.rowCount - (grand ? 1 : 0)}`);
  // Too wide for A3 at 70 % (PAGE_CHARS.a3 160 characters at 100 %), so column groups at 75 % on A3, the CPR column repeated.
  expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 8, scale: 75, fitToPage: false, printTitlesRow: '4:4', printTitlesColumn: 'A:A', margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 } });
  expect(ws.headerFooter.oddFooter).toBe(`&L&A&R${l.page}`);
}

/** Evaluates the formulas the dispositions sheets use: SUM(range) (a row's year), SUBTOTAL(9,range) (no row is hidden here) and cell references joined by +. */
function evaluate(wb: ExcelJS.Workbook, sheet: string, formula: string): number {
  const numberOf = (cell: ExcelJS.Cell): number => (cell.type === ExcelJS.ValueType.Formula ? (cell.result as number) : (cell.value as number));
  return formula.split('+').reduce((total, term) => {
    const m = /^(?:SUM\(|SUBTOTAL\(9,)?(?:'((?:[^']|'')+)'!)?([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\)?$/.exec(term);
    if (!m) throw new Error(`unexpected term ${term}`);
    const ws = wb.getWorksheet(m[1] ? m[1].replace(/''/g, "'") : sheet)!;
    const column = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const [c1, r1, c2, r2] = [column(m[2]!), Number(m[3]), column(m[4] ?? m[2]!), Number(m[5] ?? m[3])];
    let sum = 0;
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) sum += ore(numberOf(ws.getCell(r, c)));
    return total + sum;
  }, 0) / 100;
}

describe('the Dispositioner sheet of fixtures/eksempel', async () => {
  const f = await fixtureForecast('fixtures/eksempel');

  it.each([false, true])('has every line and subtotal of the Forecast, cell for cell, with its formulas and looks (CPR masked: %s)', async (maskCprs) => {
    const { wb } = await written(f, {}, context({ maskCpr: maskCprs }));
    const ws = wb.getWorksheet('Dispositioner')!;
    const { rows, lines } = expectedRows(f, maskCprs);
    // 614 lines, 50 of them wholly outside 2026 (README: Forudsætninger counts them): 564 on the sheet.
    expect(f.dispositionLines.rows.length).toBe(614);
    expect(f.lineFacts.outsideYearCount).toBe(50);
    expect(lines).toBe(564);
    expect(lineRowsWritten()).toBe(564);
    expect(ws.rowCount).toBe(4 + rows.length);
    expect(rowsOf(ws, 5, ws.rowCount, widthOf(f))).toEqual(rows);
    expectSheetSetUp(ws, f, 'Dispositioner 2026 (CPR-niveau)');
    // The input's extra columns, in input order, after the age columns.
    expect(f.dispositionExtras.headers).toEqual(['Art', 'Institution', 'Sagsbehandler']);
    if (maskCprs) for (let r = 5; r <= ws.rowCount; r++) expect(String(ws.getCell(`A${r}`).value)).not.toMatch(/^\d{6}-?\d{4}$/);
  });

  it('keeps the lines wholly outside the year with --all-rows, every one of the 614', async () => {
    const { wb } = await written(f, {}, context({ allRows: true }));
    const ws = wb.getWorksheet('Dispositioner')!;
    const { rows, lines } = expectedRows(f, false, true);
    expect(lines).toBe(614);
    expect(lineRowsWritten()).toBe(614);
    expect(rowsOf(ws, 5, ws.rowCount, widthOf(f))).toEqual(rows);
  });

  it('shows the age on the first open day and the age limit\'s day where the fixture has them', async () => {
    const { wb } = await written(f);
    const ws = wb.getWorksheet('Dispositioner')!;
    const byCase = new Map<string, ExcelJS.Row>();
    ws.eachRow((row) => void (typeof row.getCell(1).value === 'string' && byCase.set(`${row.getCell(1).value as string} ${row.getCell(2).value as string}`, row)));
    // 160608-9585 (born 16.06.2008) on Opholdssteder (Aldersgrænse 18): 18 on 01.10.2026, the limit reached 16.06.2026.
    const a = byCase.get('160608-9585 Opholdssteder')!;
    expect([a.getCell(21).value, (a.getCell(22).value as Date).toISOString().slice(0, 10), a.getCell(24).value, a.getCell(25).value]).toEqual([18, '2026-06-16', 'Opholdsstedet Solsikken', 'Åse Nørgaard']);
    // 140415-4202 (born 14.04.2015) on Botilbud § 108 (adults': no limit): 11, no limit's day.
    const b = byCase.get('140415-4202 Botilbud § 108')!;
    expect([b.getCell(21).value, b.getCell(22).value]).toEqual([11, null]);
    // 190785-1113's refund says Refusion in Art (column W).
    expect(byCase.get('190785-1113 Personlig støtte § 85')!.getCell(23).value).toBe('Refusion');
  });

  it('gives the grand total the sum of every line, month by month, as the engine has it', async () => {
    const { wb } = await written(f);
    const ws = wb.getWorksheet('Dispositioner')!;
    const last = ws.rowCount;
    expect(ws.getCell(`A${last}`).value).toBe('I alt alle dispositioner');
    const indices = f.dispositionLines.rows.map((_, i) => i);
    const sum = indices.reduce((a, x) => a + ore(lineTotalNumber(f.dispositionLines, x)), 0);
    expect(ore(ws.getCell(`T${last}`).result as number)).toBe(sum);
    MONTH_COLS.forEach((c, m) => expect(ore(ws.getCell(`${c}${last}`).result as number)).toBe(indices.reduce((a, x) => a + ore(lineMonthNumber(f.dispositionLines, x, m)), 0)));
  });
});

describe('the Dispositioner sheet with lines the fixtures do not have', () => {
  it('writes each cell as the layout says: dates before 1900, no stop, negative and odd rates, amounts off the øre path, case references and extra cells with XML specials, spaces and æøå', async () => {
    const m = 'Anbringelser';
    const extras = { headers: ['Institution', 'Sagsbehandler', 'Note'], keys: [null, 'caseworker', null] };
    const f = run({
      measures: [measure(m, 'disposition', 1_000_000)],
      dispositionExtras: extras,
      dispositions: [
        disposition(m, '1000.50', 'dag', '01.01.1850', '28.02.1899', { caseRef: '<Sag & "1">', extra: ['Hjem <&>', '', ''] }),
        disposition(m, '-20.05', 'uge', '30.12.1899', null, { caseRef: ' Ærø 2 ', status: 'forventet', extra: [' Åbrinken ', 'Åse', '=HYPERLINK("x")'] }),
        disposition(m, '0.01', 'år', '01.03.1900', null, { caseRef: "O'Brien", extra: ['', '', "O'Neill \"x\""] }),
        disposition(m, '1234.567', 'måned', '15.02.2026', '31.12.9999', { caseRef: '010190-1009', extra: ['a', 'b', 'c'] }),
        disposition(m, '15000000000000.37', 'måned', '01.01.2026', '31.01.2026', { caseRef: 'stor' }), // past 10^13 kr: a Money, not øre; no extra cells
        disposition(m, 44398, 'måned', '01.10.2026', null, { caseRef: '020202-2222', extra: ['', '', '020202-2222'] }),
        // Born 01.05.2008: 18 on 01.05.2026, in the year (children's measure, no Aldersgrænse: 18); 18 on the first open day.
        disposition(m, 100, 'måned', '01.01.2026', null, { caseRef: '010508-4001' }),
      ],
    }, { asOf: '2026-09' });
    expect(f.dispositionLines.exact.size).toBeGreaterThan(0); // some lines off the øre path
    // --all-rows: the lines before 1900 lie wholly outside 2026 and are shown only so.
    const { wb } = await written(f, {}, context({ allRows: true }));
    const ws = wb.getWorksheet('Dispositioner')!;
    const { rows, lines } = expectedRows(f, false, true);
    expect(lines).toBe(7);
    expect(rowsOf(ws, 5, ws.rowCount, widthOf(f))).toEqual(rows);
    const cases = Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(`A${i + 1}`).value);
    expect(cases).toEqual(expect.arrayContaining(['<Sag & "1">', ' Ærø 2 ', "O'Brien", 'stor']));
    const cells = (c: number) => Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(i + 1, c).value).filter((v) => v !== null);
    // The aktuelle lines first, then the forventede (' Ærø 2 ').
    expect(cells(23)).toEqual(['Institution', 'Hjem <&>', 'a', ' Åbrinken ']);
    // Text that looks like a formula is text; a CPR number in a column of the consultant's own is shown as written.
    expect(cells(25)).toEqual(['Note', "O'Neill \"x\"", 'c', '020202-2222', '=HYPERLINK("x")']);
    const formulaLike: unknown[] = [];
    ws.eachRow((row) => void (row.getCell(25).value === '=HYPERLINK("x")' && formulaLike.push(row.getCell(25).type)));
    expect(formulaLike).toEqual([ExcelJS.ValueType.String]);
    // The ages on 01.10.2026: 010190-1009 (1990) is 36, 020202-2222 (7th digit 2: 1902) 124, 010508-4001 (7th digit 4: 2008) 18, its limit's day 01-05-2026.
    expect(cells(21)).toEqual(['Alder (første åbne dag)', 36, 124, 18]);
    expect(cells(22).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))).toEqual(['Aldersgrænse nås', '2026-05-01']);

    // Without --all-rows the line of 1850-1899 is left off; the subtotals keep their figures.
    const { wb: shown } = await written(f);
    const shownRows = expectedRows(f, false);
    expect(shownRows.lines).toBe(6);
    expect(rowsOf(shown.getWorksheet('Dispositioner')!, 5, shown.getWorksheet('Dispositioner')!.rowCount, widthOf(f))).toEqual(shownRows.rows);

    // --mask-cpr masks the case and any CPR number in an extra cell.
    const { wb: masked } = await written(f, {}, context({ maskCpr: true, allRows: true }));
    const mws = masked.getWorksheet('Dispositioner')!;
    const all = Array.from({ length: mws.rowCount }, (_, i) => Array.from({ length: widthOf(f) }, (_c, c) => mws.getCell(i + 1, c + 1).value)).flat();
    expect(all).toContain('020202-xxxx');
    expect(all.filter((v) => typeof v === 'string' && /\d{6}-?\d{4}/.test(v) && !v.endsWith('xxxx'))).toEqual([]);
  });
});

describe('the Dispositioner sheet split before the row limit', async () => {
  const f = await fixtureForecast('fixtures/eksempel');
  const { path, wb: split } = await written(f, { maxRows: 120 });
  const splitLineRows = lineRowsWritten();
  const { wb: whole } = await written(f);
  const names = split.worksheets.map((w) => w.name);
  const parts = names.filter((n) => n.startsWith('Dispositioner'));

  it('continues on "Dispositioner (2)", "(3)" … between Måneder and Risikosager, each sheet within the limit', () => {
    expect(parts.length).toBeGreaterThan(4);
    expect(parts).toEqual(parts.map((_, i) => (i === 0 ? 'Dispositioner' : `Dispositioner (${i + 1})`)));
    expect(names.filter((n) => !n.startsWith('Dispositioner'))).toEqual(['Oversigt', 'Grafer', 'Flerårsoversigt', 'Måneder', 'Risikosager', 'Tilgang og afgang', 'Overgange', 'Afstemning', 'Aktivitet og pris', 'Nøgletal', 'Undringssager', 'Sagsbehandlere', 'Forudsætninger', 'Advarsler']);
    expect(names.indexOf('Dispositioner')).toBe(4);
    parts.forEach((name, i) => {
      const ws = split.getWorksheet(name)!;
      expect(ws.rowCount).toBeLessThanOrEqual(120);
      expectSheetSetUp(ws, f, i === 0 ? 'Dispositioner 2026 (CPR-niveau)' : `Dispositioner 2026 (CPR-niveau) (${i + 1})`);
    });
  });

  it('has the whole sheet\'s rows in order, every value and look the same, every line through the byte row writer', () => {
    const withoutFormulas = (rows: Look[][]): Look[][] => rows.map((r) => r.map(({ formula: _f, ...rest }) => rest));
    const blank = (r: Look[]) => r.every((c) => c.value === null);
    const wholeWs = whole.getWorksheet('Dispositioner')!;
    const wholeRows = withoutFormulas(rowsOf(wholeWs, 5, wholeWs.rowCount, widthOf(f)));
    const splitRows = withoutFormulas(parts.flatMap((n) => rowsOf(split.getWorksheet(n)!, 5, split.getWorksheet(n)!.rowCount, widthOf(f))));
    // A blank row between measures may fall at a sheet's end, where it is not written.
    expect(splitRows.filter((r) => !blank(r))).toEqual(wholeRows.filter((r) => !blank(r)));
    // Every line but the 50 wholly outside the year.
    expect(splitLineRows).toBe(f.dispositionLines.rows.length - 50);
  });

  it('has subtotals that add up the lines on every sheet they reach, to their cached figures', () => {
    let formulas = 0;
    let crossing = 0;
    for (const name of parts) {
      split.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          formulas++;
          if (cell.formula.includes("'Dispositioner")) crossing++;
          expect(ore(evaluate(split, name, cell.formula)), `${name}!${cell.address} ${cell.formula}`).toBe(ore(cell.result as number));
        }),
      );
    }
    let wholeFormulas = 0;
    whole.getWorksheet('Dispositioner')!.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && wholeFormulas++)));
    expect(formulas).toBe(wholeFormulas);
    expect(crossing).toBeGreaterThan(0);
  });

  it('is written byte for byte the same again', async () => {
    const again = await written(f, { maxRows: 120 });
    expect(Buffer.compare(await readFile(path), await readFile(again.path))).toBe(0);
  });
});

describe('the workbook file', async () => {
  const f = await fixtureForecast('fixtures/eksempel');
  const part = async (path: string, name: string): Promise<string> => {
    const entries = await readZipDirectory(path);
    const entry = entries.get(name);
    if (!entry) throw new Error(`${name} missing; parts: ${[...entries.keys()].join(', ')}`);
    return (await readZipEntry(path, entry)).toString('utf8');
  };

  it.each([{}, { maxRows: 120 }])('says "recalculate on load", carries its title, creator and times, and prints as laid out (%o)', async (options) => {
    const { path, wb } = await written(f, options);
    expect(await part(path, 'xl/workbook.xml')).toMatch(/<calcPr calcId="\d+" fullCalcOnLoad="1"\/>/);
    const core = await part(path, 'docProps/core.xml');
    const time = FIXED_TIME.toISOString().replace('.000', '');
    expect(core).toContain('<dc:title>Forventet regnskab 2026</dc:title>');
    expect(core).toContain('<dc:creator>prognose</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>prognose</cp:lastModifiedBy>');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>`);
    expect([wb.title, wb.creator, wb.lastModifiedBy, wb.created.toISOString(), wb.modified.toISOString()]).toEqual(['Forventet regnskab 2026', 'prognose', 'prognose', FIXED_TIME.toISOString(), FIXED_TIME.toISOString()]);
    // Every sheet's print set-up is the one layout.ts gives, without exceljs's defaults (DPI, scale).
    for (let n = 1; n <= wb.worksheets.length; n++) {
      // Fit to one page wide on A4 or A3, or column groups at 75 % on A3 with their breaks (layout.ts printSetup).
      const xml = await part(path, `xl/worksheets/sheet${n}.xml`);
      const setup = xml.match(/<pageSetup [^>]*\/>/)![0];
      if (setup.includes('scale=')) {
        expect(setup, `sheet${n}`).toBe('<pageSetup paperSize="8" orientation="landscape" scale="75"/>');
        expect(xml, `sheet${n}`).toMatch(/<\/headerFooter><colBreaks count="(\d+)" manualBreakCount="\1">(<brk id="\d+" max="1048575" man="1"\/>)+<\/colBreaks>/);
      } else {
        expect(setup, `sheet${n}`).toMatch(/^<pageSetup paperSize="[89]" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>$/);
        expect(xml, `sheet${n}`).not.toContain('<colBreaks');
      }
    }
  });

  it('writes every other sheet as exceljs writes the in-memory workbook: cells, formulas, looks, rows, widths, views, filters, merges, print set-up', async () => {
    const { wb } = await written(f);
    // The small sheets as exceljs itself writes them from memory (its own xlsx writer), read back the same way;
    // the Dispositioner sheet there has no line rows (they are bytes, checked above).
    const inMemory = new ExcelJS.Workbook();
    buildWorkbook(inMemory, f, context());
    const built = await loadWorkbook(Buffer.from(await inMemory.xlsx.writeBuffer()));
    expect(built.worksheets.map((w) => w.name)).toEqual(['Oversigt', 'Grafer', 'Flerårsoversigt', 'Måneder', 'Dispositioner', 'Risikosager', 'Tilgang og afgang', 'Overgange', 'Afstemning', 'Aktivitet og pris', 'Nøgletal', 'Undringssager', 'Sagsbehandlere', 'Forudsætninger', 'Advarsler']);
    const memory = { worksheets: built.worksheets.filter((w) => w.name !== 'Dispositioner') };
    const sheetOf = (ws: ExcelJS.Worksheet) => {
      const rows: unknown[] = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => {
        const cells: unknown[] = [];
        row.eachCell({ includeEmpty: true }, (cell) => cells.push({ address: cell.address, ...lookOf(cell), style: cell.style }));
        rows.push({ n, height: row.height, style: (row as unknown as { style: unknown }).style, cells });
      });
      const { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, margins, printTitlesRow } = ws.pageSetup;
      return {
        rows, widths: ws.columns?.map((c) => c.width), views: ws.views, autoFilter: ws.autoFilter, merges: (ws.model as { merges?: string[] }).merges,
        pageSetup: { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, margins, printTitlesRow }, headerFooter: ws.headerFooter,
      };
    };
    for (const ws of memory.worksheets) {
      const got = sheetOf(wb.getWorksheet(ws.name)!);
      const want = sheetOf(ws);
      expect(got.rows.length, ws.name).toBeGreaterThan(2);
      expect(got, ws.name).toEqual(want);
    }
  });

  it.each([
    ['fixtures/eksempel', () => fixtureForecast('fixtures/eksempel')],
    ['edge cases (all months closed, zero budget, income)', async () => edgeForecast()],
  ])('renders every cell row itself, byte for byte as exceljs renders it (%s)', async (_name, make) => {
    const g = await make();
    const dir = await mkdtemp(join(tmpdir(), 'prognose-rows-'));
    dirs.push(dir);
    const write = async (file: string, exceljsRows: boolean) => {
      const book = new Book();
      const { rows } = buildWorkbook(book, g, context());
      const counts = await writeXlsx(join(dir, file), book, { time: FIXED_TIME, rows, exceljsRows });
      return { counts, bytes: await readFile(join(dir, file)) };
    };
    const own = await write('own.xlsx', false);
    const exceljs = await write('exceljs.xlsx', true);
    // The production path rendered every cell row (none fell back to exceljs), and the files are the same.
    expect(own.counts.exceljs).toBe(0);
    expect(own.counts.own).toBeGreaterThan(40);
    expect(exceljs.counts).toEqual({ own: 0, exceljs: own.counts.own });
    expect(Buffer.compare(own.bytes, exceljs.bytes)).toBe(0);
  });

  it('has the English title with lang en', async () => {
    const { path } = await written(f, {}, context({ lang: 'en' }));
    expect(await part(path, 'docProps/core.xml')).toContain('<dc:title>Expected result 2026</dc:title>');
  });

  it('rejects with the file system code when the folder does not exist (the CLI makes it a usage error)', async () => {
    await expect(writeWorkbook(f, join(tmpdir(), 'prognose-no-such-folder', 'x.xlsx'), context())).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('a failure while a sheet is being written', () => {
  it('rejects with that error, and stops the compressor before the file is closed', async () => {
    const book = new Book();
    const ws = book.addWorksheet('Bulk');
    ws.getCell('A1').value = 'head';
    // Rows as bytes: several megabytes (the compressor is busy), then a failure.
    const rows = {
      lastCol: 1,
      prepare: () => undefined,
      runsOn: (id: number) => (id !== ws.id ? [] : [{
        firstRow: 2,
        rowCount: 100_000,
        write: async (sink: import('../src/render/workbook/byte-sink.js').ByteSink) => {
          for (let r = 2; r < 100_002; r++) {
            const wait = sink.reserve(100);
            if (wait) await wait;
            sink.pos += sink.buf.write(`<row r="${r}"><c r="A${r}"><v>${r * 7919}</v></c></row>`, sink.pos, 'latin1');
            if (r === 60_000) throw new Error('boom');
          }
        },
      }]),
    };
    const dir = await mkdtemp(join(tmpdir(), 'prognose-fail-'));
    dirs.push(dir);
    await expect(writeXlsx(join(dir, 'x.xlsx'), book, { time: FIXED_TIME, rows: [rows] })).rejects.toThrow('boom');
    // Nothing is written to the closed file later (that would throw outside any promise).
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
});

/**
 * The one place for parts exceljs does not make (render/workbook/xlsx-writer.ts Extras): a native
 * bar chart on its own sheet, as a "Grafer" sheet would add it. The parts land in the package and
 * in [Content_Types].xml, the sheet gets its drawing relationship and <drawing> element, and the
 * workbook still reads back.
 */
describe('extra parts (a native chart)', () => {
  const drawing = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    + '<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
    + '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
    + '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic>'
    + '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
  const drawingRels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>';
  const chart = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    + '<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
    + '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Forbrug</c:v></c:tx><c:cat><c:strRef><c:f>\'Data\'!$A$1:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>\'Data\'!$B$1:$B$3</c:f></c:numRef></c:val></c:ser>'
    + '<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>'
    + '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

  it('adds the chart and drawing parts, lists them, and shows the drawing on its sheet', async () => {
    const book = new Book();
    const data = book.addWorksheet('Data');
    data.addRows([['Jan', 100], ['Feb', 250], ['Mar', 175]]);
    book.addWorksheet('Grafer').getCell('A1').value = 'Forbrug pr. måned';
    const dir = await mkdtemp(join(tmpdir(), 'prognose-chart-'));
    dirs.push(dir);
    const path = join(dir, 'chart.xlsx');
    await writeXlsx(path, book, {
      time: FIXED_TIME,
      extras: {
        parts: [
          { name: 'xl/drawings/drawing1.xml', contentType: 'application/vnd.openxmlformats-officedocument.drawing+xml', data: drawing },
          { name: 'xl/drawings/_rels/drawing1.xml.rels', data: drawingRels },
          { name: 'xl/charts/chart1.xml', contentType: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml', data: chart },
        ],
        drawings: new Map([['Grafer', 'xl/drawings/drawing1.xml']]),
      },
    });
    const entries = await readZipDirectory(path);
    const text = async (name: string): Promise<string> => (await readZipEntry(path, entries.get(name)!)).toString('utf8');
    expect([...entries.keys()]).toEqual(expect.arrayContaining(['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml', 'xl/worksheets/_rels/sheet2.xml.rels']));
    expect(await text('[Content_Types].xml')).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(await text('[Content_Types].xml')).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(await text('xl/worksheets/_rels/sheet2.xml.rels')).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"');
    // After the page set-up, where the schema puts it.
    expect(await text('xl/worksheets/sheet2.xml')).toMatch(/<\/sheetData><pageMargins [^>]*\/><pageSetup [^>]*\/><drawing r:id="rId1"\/><\/worksheet>$/);
    expect(entries.has('xl/worksheets/_rels/sheet1.xml.rels')).toBe(false);
    const wb = await loadWorkbook(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', 'Grafer']);
    expect(wb.getWorksheet('Data')!.getCell('B2').value).toBe(250);
    expect(wb.getWorksheet('Grafer')!.getCell('A1').value).toBe('Forbrug pr. måned');
  });
});
