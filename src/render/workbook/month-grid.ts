/**
 * Twelve month cells and their year total on one row, as every month table of the workbook has
 * them: values (or formulas, for subtotal rows) with the engine's figures, closed months and open
 * months marked, and the year total as SUM of the twelve cells. Exports: writeMonthCells.
 */
import type ExcelJS from 'exceljs';
import type { Money } from '../../model/money.js';
import { font, markMonth, money, MONTH_MONEY, ref, setFormula } from './layout.js';

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
  totalCell.font = font({ bold: true });
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
