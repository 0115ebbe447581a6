/**
 * Cell and sheet conventions shared by the workbook's sheets: number formats (invariant codes, so
 * a Danish Excel shows 1.234.567,89 and dd-mm-yyyy), fills for closed and open months, formula
 * cells with their cached result, and the table set-up (frozen header, autofilter, column widths,
 * print titles, landscape fit-to-width). Only formatting: no amounts are computed here.
 *
 * Exports: MONEY, MONTH_MONEY, DATE, PERCENT, COUNT, font, col, ref, sheetRef, setFormula, money,
 * date, styleHeader, styleTotal, styleTitle, markMonth, finishTable, TableLayout, printSetup.
 */
import type ExcelJS from 'exceljs';
import type { CivilDate } from '../../model/civil-date.js';
import type { Money } from '../../model/money.js';

export const MONEY = '#,##0.00;-#,##0.00';
/** Month grids: zero shown as a dash so the active months stand out. */
export const MONTH_MONEY = '#,##0.00;-#,##0.00;"-"';
export const DATE = 'dd-mm-yyyy';
export const PERCENT = '0.0%';
/** Counts (cases, probabilities aside): as typed, 1 or 1.5, without a trailing separator. */
export const COUNT = 'General';

const CLOSED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
const OPEN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
/** The workbook's one typeface; every styled cell names it, so no viewer falls back to another. */
const BASE_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };

export function font(extra: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> {
  return { ...BASE_FONT, ...extra };
}

const OPEN_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF1F4E79' } };

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function col(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export function ref(column: number, row: number): string {
  return `${col(column)}${row}`;
}

/** A reference into another sheet, quoted as every spreadsheet accepts it: 'Måneder'!C7. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** A formula with the engine's figure as its cached result, so any viewer shows the right number. */
export function setFormula(cell: ExcelJS.Cell, formula: string, result: Money | string | number): void {
  const value = typeof result === 'object' ? result.toNumber() : result;
  cell.value = { formula, result: value } as ExcelJS.CellFormulaValue;
}

/** A money value from the engine, as the cell's number (a double; exact to the øre at any budget size). */
export function money(m: Money): number {
  return m.toNumber();
}

/** A civil date as the UTC midnight exceljs writes as a date serial. */
export function date(d: CivilDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

export function styleTitle(ws: ExcelJS.Worksheet, row: number): void {
  ws.getRow(row).getCell(1).font = font({ bold: true, size: 14 });
}

export function styleHeader(row: ExcelJS.Row, lastCol: number): void {
  row.height = 30;
  row.font = font({ bold: true });
  row.alignment = { vertical: 'middle', wrapText: true };
  for (let c = 1; c <= lastCol; c++) {
    const cell = row.getCell(c);
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
  }
}

export function styleTotal(row: ExcelJS.Row, lastCol: number, grand = false): void {
  row.font = font({ bold: true });
  for (let c = 1; c <= lastCol; c++) {
    const cell = row.getCell(c);
    cell.fill = TOTAL_FILL;
    cell.border = grand ? { top: { style: 'thin' }, bottom: { style: 'double' } } : { top: { style: 'thin' } };
  }
}

/** The month cells' fonts, closed or open, plain or bold: one object each, shared by every month cell (a large run has a million of them). */
const MONTH_FONTS = {
  closed: [font({ bold: false }), font({ bold: true })],
  open: [font({ ...OPEN_FONT, bold: false }), font({ ...OPEN_FONT, bold: true })],
} as const;

/** Closed months: green fill; open months: pale yellow fill and blue italics. Keeps the row's bold. */
export function markMonth(cell: ExcelJS.Cell, closed: boolean, bold = false): void {
  cell.fill = closed ? CLOSED_FILL : OPEN_FILL;
  cell.font = MONTH_FONTS[closed ? 'closed' : 'open'][bold ? 1 : 0];
}

export interface TableLayout {
  /** The header row of the table; rows above it are frozen with it. */
  readonly headerRow: number;
  /** The last row of the table (for the autofilter); ≥ headerRow. */
  readonly lastRow: number;
  readonly lastCol: number;
  readonly widths: readonly number[];
  /** Columns to freeze to the left (names). */
  readonly frozenCols?: number;
}

export function finishTable(ws: ExcelJS.Worksheet, t: TableLayout, pageLabel: string): void {
  t.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', xSplit: t.frozenCols ?? 0, ySplit: t.headerRow, topLeftCell: ref((t.frozenCols ?? 0) + 1, t.headerRow + 1), activeCell: 'A1' }];
  ws.autoFilter = { from: { row: t.headerRow, column: 1 }, to: { row: Math.max(t.lastRow, t.headerRow), column: t.lastCol } };
  printSetup(ws, `${t.headerRow}:${t.headerRow}`, pageLabel);
}

/** Landscape A4, fit to one page wide, header rows repeated on each page. */
export function printSetup(ws: ExcelJS.Worksheet, titleRows: string | undefined, pageLabel: string): void {
  ws.pageSetup = {
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  ws.headerFooter = { oddFooter: `&L&A&R${pageLabel}` };
}
