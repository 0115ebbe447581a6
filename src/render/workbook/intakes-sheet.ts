/**
 * Sheet "Tilgang og afgang": each intake/exit row (measure, from month, intake, exit, the monthly
 * price used) with its effect in each month, the year total per row and a total row. Month
 * amounts are engine values; totals are formulas with the engine's figures cached.
 * Exports: writeIntakesSheet.
 */
import type ExcelJS from 'exceljs';
import type { Forecast } from '../../model/forecast.js';
import { formatYearMonth } from '../../model/civil-date.js';
import type { Labels } from './labels.js';
import { COUNT, finishTable, MONEY, money } from './layout.js';
import { writeLinesTotal, writeMonthCells, writeTableHead } from './month-grid.js';

const FIRST_MONTH_COL = 6;
const LAST_COL = FIRST_MONTH_COL + 12;
const HEADER_ROW = 4;

export function writeIntakesSheet(ws: ExcelJS.Worksheet, f: Forecast, l: Labels): void {
  const { year, closedMonths } = f.period;
  const h = l.intakeHeaders;
  writeTableHead(ws, {
    title: l.intakeTitle(year), note: l.intakeNote, headerRow: HEADER_ROW, headers: [h.measure, h.from, h.intake, h.exit, h.price],
    firstMonthCol: FIRST_MONTH_COL, lastCol: LAST_COL, closedMonths, year, monthNames: l.monthNames, totalLabel: l.total,
  });

  let r = HEADER_ROW + 1;
  for (const line of f.intakeLines) {
    const t = line.intake;
    const row = ws.getRow(r++);
    row.getCell(1).value = t.measure;
    row.getCell(2).value = formatYearMonth(t.month);
    row.getCell(2).alignment = { horizontal: 'right' };
    row.getCell(3).value = t.intake.toNumber();
    row.getCell(3).numFmt = COUNT;
    row.getCell(4).value = t.exit.toNumber();
    row.getCell(4).numFmt = COUNT;
    row.getCell(5).value = money(line.price);
    row.getCell(5).numFmt = MONEY;
    writeMonthCells(row, { firstCol: FIRST_MONTH_COL, closedMonths, months: line.months, total: line.total });
  }
  r = writeLinesTotal(ws, { row: r, headerRow: HEADER_ROW, firstCol: FIRST_MONTH_COL, lastCol: LAST_COL, closedMonths, lineCount: f.intakeLines.length, sum: f.intakeTotal, label: l.total, noneText: l.noIntakes });

  // The closed months are always "-" here: hidden, so screen and page show the open months (the year total still sums all twelve).
  for (let i = 0; i < closedMonths; i++) ws.getColumn(FIRST_MONTH_COL + i).hidden = true;
  finishTable(ws, { headerRow: HEADER_ROW, lastRow: r, lastDataRow: r - 1, lastCol: LAST_COL, widths: [26, 10, 9, 9, 14, ...Array(12).fill(12.5), 14], frozenCols: 1 }, l.page);
}
