/**
 * The case review's sheets, registered in one place (writeReviewSheets), after Nøgletal:
 * - "Undringssager": one row per flag of the review (model/review.ts), as the Forecast sorts them
 *   (by the money at stake): the check in words and its code, the case (CPR masked with --mask-cpr; the message always
 *   masks it), the measure, rate, unit, start, stop as written, the age where known, the money at
 *   stake in the open months, the message, file and line.
 * - "Sagsbehandlere" (only when dispositioner has a Sagsbehandler column): per caseworker and
 *   measure the cases active on the last closed day, the year's disposed amount, the open months'
 *   part and the share of the measure (model/caseworkers.ts), by caseworker, each with a subtotal
 *   row, and a grand total. Subtotals and the grand total are SUM formulas with the engine's
 *   figures cached; shares are the engine's values.
 * Only formatting: every figure is the Forecast's. Exports: writeReviewSheets.
 */
import type ExcelJS from 'exceljs';
import type { CaseworkerTotal, Caseworkers } from '../../model/caseworkers.js';
import { formatDate } from '../../model/civil-date.js';
import { maskCpr } from '../../model/cpr.js';
import type { Forecast } from '../../model/forecast.js';
import type { Labels } from './labels.js';
import { COUNT, date, DATE, finishTable, font, MONEY, money, PERCENT, ref, setFormula, styleHeader, styleTitle, styleTotal } from './layout.js';
import type { ReviewLabels } from './review-labels.js';

const REVIEW_WIDTHS = [22, 17, 14, 26, 13, 8, 11, 11, 7, 16, 80, 18, 7];
const MESSAGE_COL = 11;
const REVIEW_LAST_COL = REVIEW_WIDTHS.length;
const LINE_HEIGHT = 15;

/** Adds Undringssager, and Sagsbehandlere when the run has caseworkers, to the workbook. */
export function writeReviewSheets(wb: { addWorksheet(name: string): ExcelJS.Worksheet }, f: Forecast, l: Labels, x: ReviewLabels, maskCprs: boolean): void {
  writeReviewSheet(wb.addWorksheet(x.sheets.review), f, l, x, maskCprs);
  if (f.caseworkers !== null) writeCaseworkersSheet(wb.addWorksheet(x.sheets.caseworkers), f.caseworkers, f.period.year, l, x);
}

/** A title in A1 and a note line each in A2, A3 …; returns the header row (one blank row below the notes). */
function head(ws: ExcelJS.Worksheet, title: string, notes: readonly string[]): number {
  ws.getCell('A1').value = title;
  styleTitle(ws, 1);
  notes.forEach((n, i) => {
    const cell = ws.getCell(2 + i, 1);
    cell.value = n;
    cell.font = font({ italic: true });
  });
  return notes.length + 3;
}

function writeReviewSheet(ws: ExcelJS.Worksheet, f: Forecast, l: Labels, x: ReviewLabels, maskCprs: boolean): void {
  const headerRow = head(ws, x.reviewTitle(f.period.year), x.reviewNotes);
  const h = x.reviewHeaders;
  const header = ws.getRow(headerRow);
  header.values = [h.check, h.code, h.caseRef, h.measure, h.rate, h.unit, h.start, h.stop, h.age, h.atStake, h.message, h.file, h.line];
  styleHeader(header, REVIEW_LAST_COL);
  let r = headerRow + 1;
  for (const flag of f.review) {
    const row = ws.getRow(r++);
    row.alignment = { vertical: 'top' };
    row.getCell(1).value = x.checks[flag.code];
    row.getCell(2).value = flag.code;
    row.getCell(3).value = maskCprs ? maskCpr(flag.caseRef) : flag.caseRef;
    row.getCell(4).value = flag.measure;
    row.getCell(5).value = money(flag.rate);
    row.getCell(5).numFmt = MONEY;
    row.getCell(6).value = l.units[flag.unit];
    row.getCell(6).alignment = { horizontal: 'center', vertical: 'top' };
    row.getCell(7).value = date(flag.start);
    row.getCell(7).numFmt = DATE;
    if (flag.stop !== null) {
      row.getCell(8).value = date(flag.stop);
      row.getCell(8).numFmt = DATE;
    }
    if (flag.age !== null) {
      row.getCell(9).value = flag.age;
      row.getCell(9).numFmt = COUNT;
      row.getCell(9).alignment = { horizontal: 'center', vertical: 'top' };
    }
    row.getCell(10).value = money(flag.atStake);
    row.getCell(10).numFmt = MONEY;
    row.getCell(MESSAGE_COL).value = flag.message;
    row.getCell(MESSAGE_COL).alignment = { vertical: 'top', wrapText: true };
    row.getCell(12).value = flag.source.sheet !== undefined ? `${flag.source.file} (${flag.source.sheet})` : flag.source.file;
    if (flag.source.line !== undefined) {
      row.getCell(13).value = flag.source.line;
      row.getCell(13).alignment = { horizontal: 'center', vertical: 'top' };
    }
    row.height = LINE_HEIGHT * Math.max(1, Math.ceil(flag.message.length / (REVIEW_WIDTHS[MESSAGE_COL - 1]! - 3)));
  }
  if (f.review.length === 0) {
    ws.getCell(r, 1).value = x.noReview;
    ws.getCell(r, 1).font = font({ italic: true });
    r++;
  }
  finishTable(ws, { headerRow, lastRow: r - 1, lastCol: REVIEW_LAST_COL, widths: REVIEW_WIDTHS, frozenCols: 3 }, l.page);
}

const CW_WIDTHS = [24, 28, 10, 17, 17, 14];
const CW_LAST_COL = CW_WIDTHS.length;

function writeCaseworkersSheet(ws: ExcelJS.Worksheet, c: Caseworkers, year: number, l: Labels, x: ReviewLabels): void {
  const headerRow = head(ws, x.caseworkersTitle(year), x.caseworkersNotes(c.column, formatDate(c.day).replace(/\./g, '-')));
  const h = x.caseworkerHeaders;
  const header = ws.getRow(headerRow);
  header.values = [h.caseworker, h.measure, h.cases, h.year(year), h.open, h.share];
  styleHeader(header, CW_LAST_COL);
  for (let k = 3; k <= CW_LAST_COL; k++) header.getCell(k).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };

  const figures = (row: ExcelJS.Row, t: CaseworkerTotal, formula: ((column: number) => string) | null): void => {
    const cells: [number, number | ExcelJS.CellValue, string][] = [[3, t.cases, COUNT], [4, money(t.year), MONEY], [5, money(t.open), MONEY]];
    for (const [column, value, fmt] of cells) {
      const cell = row.getCell(column);
      if (formula) setFormula(cell, formula(column), value as number);
      else cell.value = value;
      cell.numFmt = fmt;
    }
    if (t.share !== null) {
      row.getCell(6).value = t.share.toNumber();
      row.getCell(6).numFmt = PERCENT;
    }
  };
  let r = headerRow + 1;
  const subtotals: number[] = [];
  for (const g of c.groups) {
    const name = g.caseworker === '' ? x.noCaseworker : g.caseworker;
    const first = r;
    for (const line of g.lines) {
      const row = ws.getRow(r++);
      row.getCell(1).value = name;
      row.getCell(2).value = line.measure;
      figures(row, line, null);
    }
    const last = r - 1;
    const total = ws.getRow(r++);
    styleTotal(total, CW_LAST_COL);
    total.getCell(1).value = x.caseworkerTotal(name);
    figures(total, g.total, (column) => `SUM(${ref(column, first)}:${ref(column, last)})`);
    subtotals.push(total.number);
    r++;
  }
  const grand = ws.getRow(r);
  styleTotal(grand, CW_LAST_COL, true);
  grand.getCell(1).value = x.allCaseworkers;
  figures(grand, c.total, subtotals.length === 0 ? null : (column) => subtotals.map((s) => ref(column, s)).join('+'));
  finishTable(ws, { headerRow, lastRow: r, lastCol: CW_LAST_COL, widths: CW_WIDTHS, frozenCols: 1 }, l.page);
}
