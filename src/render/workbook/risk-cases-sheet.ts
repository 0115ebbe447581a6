/**
 * Sheet "Risikosager": each pending case with count, unit cost, probability, its period and its
 * weighted amount per month (zero in closed months), the year total per case and a total row.
 * Month amounts are engine values; totals are formulas with the engine's figures cached.
 * With maskCpr a CPR-shaped case reference shows as DDMMYY-xxxx. Exports: writeRiskCasesSheet.
 */
import type ExcelJS from 'exceljs';
import type { Forecast } from '../../model/forecast.js';
import { maskCpr } from '../../model/cpr.js';
import type { Labels } from './labels.js';
import { COUNT, date, DATE, finishTable, MONEY, money, PERCENT } from './layout.js';
import { writeLinesTotal, writeMonthCells, writeTableHead } from './month-grid.js';

const FIRST_MONTH_COL = 8;
const LAST_COL = FIRST_MONTH_COL + 12;
const HEADER_ROW = 4;

export function writeRiskCasesSheet(ws: ExcelJS.Worksheet, f: Forecast, l: Labels, maskCprs: boolean): void {
  const { year, closedMonths } = f.period;
  const h = l.riskHeaders;
  writeTableHead(ws, {
    title: l.riskTitle(year), note: l.riskNote, headerRow: HEADER_ROW, headers: [h.caseRef, h.measure, h.count, h.unitCost, h.probability, h.start, h.periodEnd],
    firstMonthCol: FIRST_MONTH_COL, lastCol: LAST_COL, closedMonths, year, monthNames: l.monthNames, totalLabel: l.total,
  });

  let r = HEADER_ROW + 1;
  for (const line of f.riskCaseLines) {
    const rc = line.riskCase;
    const row = ws.getRow(r++);
    row.getCell(1).value = maskCprs ? maskCpr(rc.caseRef) : rc.caseRef;
    row.getCell(2).value = rc.measure;
    row.getCell(3).value = rc.count.toNumber();
    row.getCell(3).numFmt = COUNT;
    row.getCell(4).value = money(rc.unitCost);
    row.getCell(4).numFmt = MONEY;
    row.getCell(5).value = rc.probability.toNumber();
    row.getCell(5).numFmt = PERCENT;
    row.getCell(6).value = date(rc.start);
    row.getCell(6).numFmt = DATE;
    row.getCell(7).value = date(line.periodEnd);
    row.getCell(7).numFmt = DATE;
    writeMonthCells(row, { firstCol: FIRST_MONTH_COL, closedMonths, months: line.months, total: line.total });
  }
  r = writeLinesTotal(ws, { row: r, headerRow: HEADER_ROW, firstCol: FIRST_MONTH_COL, lastCol: LAST_COL, closedMonths, lineCount: f.riskCaseLines.length, sum: f.riskCaseTotal, label: l.total, noneText: l.noRiskCases });

  // The closed months are always "-" here: hidden, so screen and page show the open months (the year total still sums all twelve).
  for (let i = 0; i < closedMonths; i++) ws.getColumn(FIRST_MONTH_COL + i).hidden = true;
  finishTable(ws, { headerRow: HEADER_ROW, lastRow: r, lastDataRow: r - 1, lastCol: LAST_COL, widths: [14, 26, 8, 13, 14, 11, 12, ...Array(12).fill(12.5), 14], frozenCols: 1 }, l.page);
}
