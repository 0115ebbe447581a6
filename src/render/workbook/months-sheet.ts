/**
 * Sheet "Måneder": measure × Jan-Dec plus the year total, grouped by Område with subtotals and a
 * grand total. Month amounts are the engine's values; the totals are SUBTOTAL(9; …) formulas (a
 * filtered view adds up; the autofilter ends above the grand total) with the engine's figures
 * cached. Closed months (actuals) and open months (forecast) are filled
 * differently, with a legend above the table.
 * Exports: writeMonthsSheet, MonthsLayout, MONTHS_FIRST_COL.
 */
import type ExcelJS from 'exceljs';
import type { AreaGroup, Forecast } from '../../model/forecast.js';
import type { Labels } from './labels.js';
import { finishTable, markMonth, ref, styleHeader, styleTitle, styleTotal, col } from './layout.js';
import { writeMonthCells, writeMonthHeaders } from './month-grid.js';

/** Column of January; December is MONTHS_FIRST_COL + 11, the year total the column after. */
export const MONTHS_FIRST_COL = 3;
const TOTAL_COL = MONTHS_FIRST_COL + 12;
const HEADER_ROW = 4;

export interface MonthsLayout {
  /** The row of each measure (by name). */
  readonly rowOf: ReadonlyMap<string, number>;
  /** The header row (month names from MONTHS_FIRST_COL) and the grand total's row. */
  readonly headerRow: number;
  readonly totalRow: number;
}

export function writeMonthsSheet(ws: ExcelJS.Worksheet, f: Forecast, groups: readonly AreaGroup[], l: Labels): MonthsLayout {
  const { year, closedMonths } = f.period;
  ws.getCell('A1').value = l.monthsTitle(year);
  styleTitle(ws, 1);
  const closedLegend = ws.getCell('A2');
  closedLegend.value = l.legendClosed;
  markMonth(closedLegend, true);
  const openLegend = ws.getCell('B2');
  openLegend.value = l.legendOpen;
  markMonth(openLegend, false);

  const header = ws.getRow(HEADER_ROW);
  header.values = [l.overviewHeaders.area, l.overviewHeaders.measure];
  styleHeader(header, TOTAL_COL);
  writeMonthHeaders(header, MONTHS_FIRST_COL, closedMonths, l.monthNames, year, l.total);

  const rowOf = new Map<string, number>();
  const subtotalRows: number[] = [];
  let r = HEADER_ROW + 1;
  for (const g of groups) {
    const first = r;
    for (const m of g.measures) {
      const row = ws.getRow(r);
      row.getCell(1).value = g.area;
      row.getCell(2).value = m.measure.name;
      writeMonthCells(row, { firstCol: MONTHS_FIRST_COL, closedMonths, months: m.months, total: m.expected });
      rowOf.set(m.measure.name, r);
      r++;
    }
    const last = r - 1;
    const sub = ws.getRow(r);
    styleTotal(sub, TOTAL_COL);
    sub.getCell(1).value = l.totalOf(g.area);
    writeMonthCells(sub, {
      firstCol: MONTHS_FIRST_COL, closedMonths, months: g.totals.months, total: g.totals.expected, bold: true,
      formula: (_i, c) => `SUBTOTAL(9,${col(c)}${first}:${col(c)}${last})`,
    });
    subtotalRows.push(r);
    r++;
  }
  const total = ws.getRow(r);
  styleTotal(total, TOTAL_COL, true);
  total.getCell(1).value = l.total;
  writeMonthCells(total, {
    firstCol: MONTHS_FIRST_COL, closedMonths, months: f.total.months, total: f.total.expected, bold: true,
    // SUBTOTAL leaves out the subtotals in its range, and rows a filter hides.
    formula: (_i, c) => (subtotalRows.length > 0 ? `SUBTOTAL(9,${ref(c, HEADER_ROW + 1)}:${ref(c, r - 1)})` : '0'),
  });

  finishTable(ws, { headerRow: HEADER_ROW, lastRow: r, lastDataRow: r - 1, lastCol: TOTAL_COL, widths: [28, 30, ...Array(12).fill(13.5), 15], frozenCols: 2 }, l.page);
  return { rowOf, headerRow: HEADER_ROW, totalRow: r };
}
