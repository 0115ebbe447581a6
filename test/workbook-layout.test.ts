/**
 * A layout that never shows #####: every money column is measured against every value it holds
 * (the cells as written, Dispositioner's line rows from the Forecast, and 10 mia. kr. on total
 * rows), for the example and for a 100.000-row workbook; every sheet prints at 70 % or more
 * (one page wide on A4 or A3, or column groups at 75 %); headers wrap at word boundaries and align
 * right over numbers. The example's PDF, printed by LibreOffice, holds no "###" and no header
 * word broken in two.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticInputs } from '../src/bench/synthetic.js';
import { lineMonthNumber, lineTotalNumber, type Forecast } from '../src/model/forecast.js';
import { buildWorkbook, writeWorkbook } from '../src/render/workbook.js';
import { Book } from '../src/render/workbook/book.js';
import { CELL_PADDING, columnGroups, columnPixels, GROUP_SCALE, MIN_SCALE, MONEY, moneyText, MONTH_MONEY, PAGE_CHARS, textPixels, TOTAL_ROOM } from '../src/render/workbook/layout.js';
import { convertWithRecalc, hasSoffice } from './libreoffice.js';
import { context, fixtureForecast, loadWorkbook } from './workbook-helpers.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Every money value that does not fit its column, as "sheet!cell value (needs px, has px)". */
function overflowing(sheets: readonly ExcelJS.Worksheet[], f: Forecast): string[] {
  const bad: string[] = [];
  const check = (ws: ExcelJS.Worksheet, column: number, where: string, text: string, bold: boolean): void => {
    const need = textPixels(text, bold) + CELL_PADDING;
    const has = columnPixels(ws.getColumn(column).width ?? 9.140625);
    if (need > has) bad.push(`${ws.name}!${where} ${text} (needs ${need.toFixed(1)} px, has ${has} px)`);
  };
  let checked = 0;
  for (const ws of sheets) {
    ws.eachRow((row) => row.eachCell((cell, c) => {
      const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      if (typeof value !== 'number' || (cell.numFmt !== MONEY && cell.numFmt !== MONTH_MONEY)) return;
      const bold = cell.font?.bold === true;
      check(ws, c, cell.address, moneyText(value, cell.numFmt), bold);
      if (bold) check(ws, c, `${cell.address} (room)`, moneyText(TOTAL_ROOM, cell.numFmt), true);
      checked++;
    }));
    // The line rows are bytes, not cells: every line's rate, months and year total.
    if (ws.name.startsWith('Dispositioner')) {
      const lines = f.dispositionLines;
      for (let i = 0; i < lines.rows.length; i++) {
        check(ws, 3, `line ${i} rate`, moneyText(lines.rows[i]!.rate.toNumber(), MONEY), false);
        for (let m = 0; m < 12; m++) check(ws, 8 + m, `line ${i} month ${m + 1}`, moneyText(lineMonthNumber(lines, i, m), MONTH_MONEY), false);
        check(ws, 20, `line ${i} total`, moneyText(lineTotalNumber(lines, i), MONTH_MONEY), true);
        checked += 14;
      }
    }
  }
  expect(checked).toBeGreaterThan(500);
  return bad;
}

/** Each sheet's printed scale: fit-to-width on its paper, or column groups at 75 % each within the page. */
function printScales(sheets: readonly ExcelJS.Worksheet[]): { sheet: string; scale: number }[] {
  return sheets.map((ws) => {
    const widths: number[] = [];
    for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).hidden ? 0 : (ws.getColumn(c).width ?? 9.140625));
    const total = widths.reduce((a, b) => a + b, 0);
    const page = (ws.pageSetup.paperSize as number) === 8 ? PAGE_CHARS.a3 : PAGE_CHARS.a4;
    if (ws.pageSetup.fitToPage) return { sheet: ws.name, scale: Math.min(1, page / total) };
    const frozen = (ws.views[0] as { xSplit?: number }).xSplit ?? 0;
    const titles = widths.slice(0, frozen).reduce((a, b) => a + b, 0);
    const breaks = columnGroups(widths, frozen, page / GROUP_SCALE);
    // Each group (the repeated columns, then its own) within the page at 75 %.
    const edges = [frozen, ...breaks, widths.length];
    const widest = Math.max(...edges.slice(1).map((end, g) => (g === 0 ? 0 : titles) + widths.slice(g === 0 ? 0 : edges[g]!, end).reduce((a, b) => a + b, 0)));
    return { sheet: ws.name, scale: widest <= page / GROUP_SCALE ? GROUP_SCALE : (page / widest) * GROUP_SCALE };
  });
}

describe('widths from content', () => {
  it('gives every money value of the example room in its column, totals 10 mia. kr., and prints every sheet at 70 % or more', async () => {
    const f = await fixtureForecast('fixtures/eksempel');
    const book = new Book();
    buildWorkbook(book, f, context());
    expect(overflowing(book.worksheets, f)).toEqual([]);
    // The example: 13.860.454,91 on Dispositioner (10 digits × 1.038 + 2 × 517 + 511 =
    // 11.925 units × 14,667 / 2.048 = 85,4 px + 8 = 93,4 px) fits a column of 17,25 × 7 = 120 px.
    expect(textPixels('13.860.454,91') + CELL_PADDING).toBeCloseTo(93.4, 1);
    expect(book.worksheets.find((w) => w.name === 'Dispositioner')!.getColumn(20).width).toBe(17.25);
    for (const s of printScales(book.worksheets)) expect(s.scale, s.sheet).toBeGreaterThanOrEqual(MIN_SCALE);
  });

  it('does the same for a 100.000-row workbook, Måneder\'s total rows included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-widths-'));
    dirs.push(dir);
    writeSyntheticInputs(dir, { rows: 100_000 });
    const f = await fixtureForecast(dir, { asOf: { year: 2026, month: 9 } });
    expect(f.dispositionLines.rows.length).toBe(100_000);
    const book = new Book();
    buildWorkbook(book, f, context());
    expect(overflowing(book.worksheets, f)).toEqual([]);
    // Måneder's grand total per month is in the hundreds of millions here: 9+ digits, and it fits.
    const months = book.worksheets.find((w) => w.name === 'Måneder')!;
    const biggest = Math.max(...f.total.months.map((m) => m.abs().toNumber()));
    expect(biggest).toBeGreaterThan(100_000_000);
    expect(textPixels(moneyText(biggest, MONTH_MONEY), true) + CELL_PADDING).toBeLessThanOrEqual(columnPixels(months.getColumn(3).width!));
    for (const s of printScales(book.worksheets)) expect(s.scale, s.sheet).toBeGreaterThanOrEqual(MIN_SCALE);
  }, 120_000);

  it('wraps headers at word boundaries and aligns them right over numbers', async () => {
    const f = await fixtureForecast('fixtures/eksempel');
    const book = new Book();
    buildWorkbook(book, f, context());
    const intakes = book.worksheets.find((w) => w.name === 'Tilgang og afgang')!;
    const price = intakes.getCell('E4');
    expect(price.value).toBe('Gennemsnitspris (kr./md.)');
    // "Gennemsnitspris" (bold) fits its column whole: the header breaks only at the space.
    expect(textPixels('Gennemsnitspris', true) + CELL_PADDING).toBeLessThanOrEqual(columnPixels(intakes.getColumn(5).width!));
    expect(price.alignment).toMatchObject({ horizontal: 'right', wrapText: true });
    // Text columns keep their headers left.
    expect(intakes.getCell('A4').alignment?.horizontal).toBeUndefined();
    // Risikosager and Tilgang og afgang show only the open months (Oct-Dec): January-September hidden.
    const risk = book.worksheets.find((w) => w.name === 'Risikosager')!;
    expect([8, 16, 17, 19].map((c) => risk.getColumn(c).hidden)).toEqual([true, true, false, false]);
    expect([6, 14, 15].map((c) => intakes.getColumn(c).hidden)).toEqual([true, true, false]);
  });
});

describe('autofilters over data rows only', () => {
  it('ends every filter above its grand total, and the totals add up what a filter shows (SUBTOTAL)', async () => {
    const f = await fixtureForecast('fixtures/eksempel');
    const book = new Book();
    buildWorkbook(book, f, context());
    const grandTotals = new Set(['I alt', 'I alt alle dispositioner']);
    let filtered = 0;
    for (const ws of book.worksheets) {
      const range = ws.autoFilter as unknown as { from: { row: number }; to: { row: number } } | undefined;
      if (!range) continue;
      filtered++;
      for (let r = range.from.row + 1; r <= range.to.row; r++) expect(grandTotals.has(String(ws.getCell(r, 1).value)), `${ws.name} row ${r}`).toBe(false);
      // The grand total just below the filter (where the sheet has one) sums with SUBTOTAL, or adds up rows that do.
      const below = ws.getRow(range.to.row + 1);
      if (!grandTotals.has(String(below.getCell(1).value))) continue;
      const formulas: string[] = [];
      below.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && !/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/.test(cell.formula ?? '') && formulas.push(cell.formula!)));
      expect(formulas.length, ws.name).toBeGreaterThan(0);
      // Dispositioner's grand total adds the measures' "aktuelle + forventede" rows, themselves sums of SUBTOTALs.
      const subtotalled = ws.name.startsWith('Dispositioner')
        ? formulas.every((x) => x.split('+').every((ref) => (ws.getCell(ref).formula ?? '').split('+').every((inner) => ws.getCell(inner).formula === undefined || ws.getCell(inner).formula.startsWith('SUBTOTAL(9,'))))
        : formulas.some((x) => x.startsWith('SUBTOTAL(9,'));
      expect(subtotalled, `${ws.name}: ${formulas.join(' ')}`).toBe(true);
    }
    expect(filtered).toBeGreaterThanOrEqual(9);
  });
});

const present = hasSoffice();
if (!present && process.env.PROGNOSE_REQUIRE_SOFFICE === '1') throw new Error('soffice (LibreOffice) is required here but not found');

describe.skipIf(!present)('the example printed by LibreOffice', () => {
  it('shows no ### and breaks no header word', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-print-'));
    dirs.push(dir);
    const file = join(dir, 'eksempel.xlsx');
    await writeWorkbook(await fixtureForecast('fixtures/eksempel'), file, context());
    const [pdf] = await convertWithRecalc([file], 'pdf', dir);
    const text = spawnSync('pdftotext', ['-raw', pdf!, '-'], { encoding: 'utf8' }).stdout;
    expect(text.length).toBeGreaterThan(10_000);
    expect(text).not.toContain('###');
    // Every word of every header (over 3 letters) is printed whole somewhere.
    const wb = await loadWorkbook(file);
    const words = new Set<string>();
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if ((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb !== 'FFD9E1F2' || typeof cell.value !== 'string') return;
      for (const w of cell.value.split(/\s+/)) if (/^[\p{L}]{4,}$/u.test(w)) words.add(w);
    })));
    expect(words.size).toBeGreaterThan(40);
    const printed = new Set(text.split(/[\s()/.,:]+/));
    expect([...words].filter((w) => !printed.has(w))).toEqual([]);
  }, 240_000);
});
