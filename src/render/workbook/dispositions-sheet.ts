/**
 * Sheet "Dispositioner": the CPR-level sheet as in Tabel 5.2 of DOMAIN.md. Per measure its
 * aktuelle rows, their subtotal, its forventede rows, their subtotal and the subtotal of both,
 * and its pool ("Skøn (pulje)": the pool part per month) when it has one; a grand total of all
 * measures' dispositions at the end. Each row: case, measure, rate, unit, start, stop
 * (01.01.9999 as written), status, the prorated amount in each month of the year and the year
 * total. Month amounts are engine values; every total is a formula with the engine's figure
 * cached. With maskCpr the case column shows DDMMYY-xxxx. Exports: writeDispositionsSheet.
 */
import type ExcelJS from 'exceljs';
import { lineMonth, lineTotal, type DispositionGroup, type Forecast, type LineTotal } from '../../model/forecast.js';
import { maskCpr } from '../../model/cpr.js';
import type { Labels } from './labels.js';
import { col, date, DATE, finishTable, MONEY, money, ref, styleTotal } from './layout.js';
import { writeMonthCells, writeTableHead } from './month-grid.js';

const FIRST_MONTH_COL = 8;
const LAST_COL = FIRST_MONTH_COL + 12;
const HEADER_ROW = 4;

export function writeDispositionsSheet(ws: ExcelJS.Worksheet, f: Forecast, groups: readonly DispositionGroup[], l: Labels, maskCprs: boolean): void {
  const { year, closedMonths } = f.period;
  const h = l.dispositionHeaders;
  writeTableHead(ws, {
    title: l.dispositionsTitle(year), note: l.dispositionsNote, headerRow: HEADER_ROW, headers: [h.caseRef, h.measure, h.rate, h.unit, h.start, h.stop, h.status],
    firstMonthCol: FIRST_MONTH_COL, lastCol: LAST_COL, closedMonths, year, monthNames: l.monthNames, totalLabel: l.total,
  });

  let r = HEADER_ROW + 1;
  const lines = f.dispositionLines;
  const writeLine = (i: number): void => {
    const d = lines.rows[i]!;
    const row = ws.getRow(r++);
    row.getCell(1).value = maskCprs ? maskCpr(d.caseRef) : d.caseRef;
    row.getCell(2).value = d.measure;
    row.getCell(3).value = money(d.rate);
    row.getCell(3).numFmt = MONEY;
    row.getCell(4).value = l.units[d.unit];
    row.getCell(4).alignment = { horizontal: 'center' };
    row.getCell(5).value = date(d.start);
    row.getCell(5).numFmt = DATE;
    if (d.stopAsWritten) {
      row.getCell(6).value = date(d.stopAsWritten);
      row.getCell(6).numFmt = DATE;
    }
    row.getCell(7).value = l.statuses[d.status];
    row.getCell(7).alignment = { horizontal: 'center' };
    writeMonthCells(row, { firstCol: FIRST_MONTH_COL, closedMonths, months: Array.from({ length: 12 }, (_, m) => lineMonth(lines, i, m)), total: lineTotal(lines, i) });
  };
  /** A subtotal row; `formula` gives each month's formula from its column letter. */
  const writeTotal = (label: string, t: LineTotal, formula: ((c: string) => string) | null, grand = false): number => {
    const row = ws.getRow(r);
    styleTotal(row, LAST_COL, grand);
    row.getCell(1).value = label;
    writeMonthCells(row, {
      firstCol: FIRST_MONTH_COL, closedMonths, months: t.months, total: t.total, bold: true,
      ...(formula ? { formula: (_i: number, c: number) => formula(col(c)) } : {}),
    });
    return r++;
  };
  const sumOf = (first: number, last: number) => (last >= first ? (c: string) => `SUM(${c}${first}:${c}${last})` : null);

  const bothRows: number[] = [];
  for (const g of groups) {
    const currentFirst = r;
    g.current.forEach(writeLine);
    const currentRow = writeTotal(l.currentTotal(g.measure), g.currentTotal, sumOf(currentFirst, r - 1));
    const expectedFirst = r;
    g.expected.forEach(writeLine);
    const expectedRow = writeTotal(l.expectedTotal(g.measure), g.expectedTotal, sumOf(expectedFirst, r - 1));
    bothRows.push(writeTotal(l.bothTotal(g.measure), g.bothTotal, (c) => `${c}${currentRow}+${c}${expectedRow}`));
    if (g.pool) writeTotal(l.poolTotal(g.measure), g.pool, null);
    r++;
  }
  if (groups.length === 0) {
    ws.getCell(ref(1, r)).value = l.noDispositions;
    r += 2;
  }
  const lastRow = writeTotal(l.allDispositions, f.dispositionTotal, bothRows.length > 0 ? (c) => bothRows.map((b) => `${c}${b}`).join('+') : null, true);

  finishTable(ws, { headerRow: HEADER_ROW, lastRow, lastCol: LAST_COL, widths: [14, 26, 13, 8, 12, 12, 10, ...Array(12).fill(12.5), 14], frozenCols: 1 }, l.page);
}
