/**
 * Twelve month cells and their year total on one row, as every month table of the workbook has
 * them: values (or formulas, for subtotal rows) with the engine's figures, closed months and open
 * months marked, and the year total as SUM of the twelve cells.
 * Exports: MonthCells, writeMonthCells, writeMonthHeaders, writeTableHead, writeLinesTotal.
 */
import type ExcelJS from 'exceljs';
import type { LineTotal } from '../../model/forecast.js';
import type { Money } from '../../model/money.js';
import { col, font, markMonth, money, MONTH_MONEY, ref, setFormula, styleHeader, styleTitle, styleTotal } from './layout.js';

export interface MonthCells {
  /** Column of January; December is firstCol + 11 and the year total firstCol + 12. */
  readonly firstCol: number;
  readonly closedMonths: number;
  readonly months: readonly Money[];
  readonly total: Money;
  /** A formula per month (subtotals); without it the months are values. */
  readonly formula?: (monthIndex: number, column: number) => string;
  readonly bold?: boolean;
}

/** The year total's font, one object shared by every total cell. */
const TOTAL_FONT = font({ bold: true });

export function writeMonthCells(row: ExcelJS.Row, m: MonthCells): void {
  for (let i = 0; i < 12; i++) {
    const c = m.firstCol + i;
    const cell = row.getCell(c);
    if (m.formula) setFormula(cell, m.formula(i, c), m.months[i]!);
    else cell.value = money(m.months[i]!);
    cell.numFmt = MONTH_MONEY;
    markMonth(cell, i < m.closedMonths, m.bold ?? false);
  }
  const totalCell = row.getCell(m.firstCol + 12);
  setFormula(totalCell, `SUM(${ref(m.firstCol, row.number)}:${ref(m.firstCol + 11, row.number)})`, m.total);
  totalCell.numFmt = MONTH_MONEY;
  totalCell.font = TOTAL_FONT;
}

/** Header cells of the twelve months, marked like the cells below them. */
export function writeMonthHeaders(row: ExcelJS.Row, firstCol: number, closedMonths: number, names: readonly string[], year: number, totalLabel: string): void {
  for (let i = 0; i < 12; i++) {
    const cell = row.getCell(firstCol + i);
    cell.value = `${names[i]} ${year}`;
    markMonth(cell, i < closedMonths, true);
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
  }
  const total = row.getCell(firstCol + 12);
  total.value = totalLabel;
  total.alignment = { horizontal: 'right', vertical: 'middle' };
}

/**
 * The total row under a table of lines (risk cases, intake rows): "none" text when there are no
 * lines, then a grand-total row whose months are SUBTOTAL(9; …) of the lines' cells above (a
 * filtered view adds up), cached with the Forecast's totals. Returns the total row's number.
 */
export function writeLinesTotal(ws: ExcelJS.Worksheet, t: {
  readonly row: number;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly closedMonths: number;
  /** How many lines the table has, and their total (from the Forecast). */
  readonly lineCount: number;
  readonly sum: LineTotal;
  readonly label: string;
  readonly noneText: string;
}): number {
  let r = t.row;
  const last = r - 1;
  if (t.lineCount === 0) {
    ws.getCell(ref(1, r)).value = t.noneText;
    r += 2;
  }
  const total = ws.getRow(r);
  styleTotal(total, t.lastCol, true);
  total.getCell(1).value = t.label;
  writeMonthCells(total, {
    firstCol: t.firstCol, closedMonths: t.closedMonths, months: t.sum.months, total: t.sum.total, bold: true,
    ...(t.lineCount > 0 ? { formula: (_i: number, c: number) => `SUBTOTAL(9,${col(c)}${t.headerRow + 1}:${col(c)}${last})` } : {}),
  });
  return r;
}

/**
 * The head of a month table sheet: title in A1, an italic note in A2, and on headerRow the
 * table's own headers followed by the twelve months and the year total.
 */
export function writeTableHead(ws: ExcelJS.Worksheet, t: {
  readonly title: string;
  readonly note: string;
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly firstMonthCol: number;
  readonly lastCol: number;
  readonly closedMonths: number;
  readonly year: number;
  readonly monthNames: readonly string[];
  readonly totalLabel: string;
}): void {
  ws.getCell('A1').value = t.title;
  styleTitle(ws, 1);
  ws.getCell('A2').value = t.note;
  ws.getCell('A2').font = font({ italic: true });
  const header = ws.getRow(t.headerRow);
  header.values = [...t.headers];
  styleHeader(header, t.lastCol);
  writeMonthHeaders(header, t.firstMonthCol, t.closedMonths, t.monthNames, t.year, t.totalLabel);
}
