/**
 * Sheet "Måneder": measure × Jan-Dec plus the year total, grouped by Område with subtotals and a
 * grand total. Month amounts are the engine's values; the totals are SUBTOTAL(9; …) formulas (a
 * filtered view adds up; the autofilter ends above the grand total) with the engine's figures
 * cached. Closed months (actuals) and open months (forecast) are filled
 * differently, with a legend above the table. With --years the table continues to the right,
 * year after year: each later year's Jan-Dec (all open) and its total "I alt ÅÅÅÅ", so the budget
 * year's columns stay where they are; it then prints one page wide per year with the names
 * repeated.
 * Exports: writeMonthsSheet, MonthsLayout, MONTHS_FIRST_COL, yearTotalCol.
 */
import type ExcelJS from 'exceljs';
import type { AreaGroup, Forecast } from '../../model/forecast.js';
import type { Money } from '../../model/money.js';
import { horizonLabelsFor } from './horizon-labels.js';
import type { Labels, Lang } from './labels.js';
import { finishTable, markMonth, ref, styleHeader, styleTitle, styleTotal, col } from './layout.js';
import { writeMonthCells, writeMonthHeaders } from './month-grid.js';

/** Column of January; December is MONTHS_FIRST_COL + 11, the year total the column after. */
export const MONTHS_FIRST_COL = 3;
const TOTAL_COL = MONTHS_FIRST_COL + 12;
const HEADER_ROW = 4;
/** Columns per year: twelve months and the total. */
const YEAR_COLS = 13;

/** The column of the total of the horizon's k-th year (0: the budget year). */
export function yearTotalCol(k: number): number {
  return TOTAL_COL + k * YEAR_COLS;
}

export interface MonthsLayout {
  /** The row of each measure (by name). */
  readonly rowOf: ReadonlyMap<string, number>;
  /** The header row (month names from MONTHS_FIRST_COL) and the grand total's row. */
  readonly headerRow: number;
  readonly totalRow: number;
}

export function writeMonthsSheet(ws: ExcelJS.Worksheet, f: Forecast, groups: readonly AreaGroup[], l: Labels, lang: Lang = 'da'): MonthsLayout {
  const { year, closedMonths } = f.period;
  ws.getCell('A1').value = f.years.length > 0 ? horizonLabelsFor(lang).monthsTitle(year, f.years[f.years.length - 1]!.year) : l.monthsTitle(year);
  styleTitle(ws, 1);
  const closedLegend = ws.getCell('A2');
  closedLegend.value = l.legendClosed;
  markMonth(closedLegend, true);
  const openLegend = ws.getCell('B2');
  openLegend.value = l.legendOpen;
  markMonth(openLegend, false);

  const later = f.years;
  const lastCol = yearTotalCol(later.length);
  const header = ws.getRow(HEADER_ROW);
  header.values = [l.overviewHeaders.area, l.overviewHeaders.measure];
  styleHeader(header, lastCol);
  writeMonthHeaders(header, MONTHS_FIRST_COL, closedMonths, l.monthNames, year, later.length > 0 ? `${l.total} ${year}` : l.total);
  later.forEach((y, i) => writeMonthHeaders(header, MONTHS_FIRST_COL + (i + 1) * YEAR_COLS, 0, l.monthNames, y.year, `${l.total} ${y.year}`));

  // A later year's figures of a measure, an Område and the total, by name.
  const laterOf = later.map((y) => new Map(y.measures.map((m) => [m.measure.name, m])));
  const laterAreaOf = later.map((y) => new Map(y.areas.map((a) => [a.area, a.totals])));
  const laterCells = (row: ExcelJS.Row, pick: (k: number) => { months: readonly Money[]; expected: Money }, formula?: (i: number, c: number) => string): void => {
    later.forEach((_, k) => {
      const t = pick(k);
      writeMonthCells(row, { firstCol: MONTHS_FIRST_COL + (k + 1) * YEAR_COLS, closedMonths: 0, months: t.months, total: t.expected, bold: formula !== undefined, ...(formula ? { formula } : {}) });
    });
  };

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
      laterCells(row, (k) => laterOf[k]!.get(m.measure.name)!);
      rowOf.set(m.measure.name, r);
      r++;
    }
    const last = r - 1;
    const sub = ws.getRow(r);
    styleTotal(sub, lastCol);
    sub.getCell(1).value = l.totalOf(g.area);
    const sum = (_i: number, c: number): string => `SUBTOTAL(9,${col(c)}${first}:${col(c)}${last})`;
    writeMonthCells(sub, { firstCol: MONTHS_FIRST_COL, closedMonths, months: g.totals.months, total: g.totals.expected, bold: true, formula: sum });
    laterCells(sub, (k) => laterAreaOf[k]!.get(g.area)!, sum);
    subtotalRows.push(r);
    r++;
  }
  const total = ws.getRow(r);
  styleTotal(total, lastCol, true);
  total.getCell(1).value = l.total;
  // SUBTOTAL leaves out the subtotals in its range, and rows a filter hides.
  const sumOfSubtotals = (_i: number, c: number): string => (subtotalRows.length > 0 ? `SUBTOTAL(9,${ref(c, HEADER_ROW + 1)}:${ref(c, r - 1)})` : '0');
  writeMonthCells(total, { firstCol: MONTHS_FIRST_COL, closedMonths, months: f.total.months, total: f.total.expected, bold: true, formula: sumOfSubtotals });
  laterCells(total, (k) => later[k]!.total, sumOfSubtotals);

  const yearWidths = [...Array<number>(12).fill(13.5), 15];
  finishTable(ws, { headerRow: HEADER_ROW, lastRow: r, lastDataRow: r - 1, lastCol, widths: [28, 30, ...yearWidths, ...later.flatMap(() => yearWidths)], frozenCols: 2 }, l.page);
  if (later.length > 0) ws.pageSetup = { ...ws.pageSetup, fitToWidth: later.length + 1, printTitlesColumn: 'A:B' };
  return { rowOf, headerRow: HEADER_ROW, totalRow: r };
}
