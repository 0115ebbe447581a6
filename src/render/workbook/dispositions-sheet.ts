/**
 * Sheet "Dispositioner": the CPR-level sheet as in Tabel 5.2, continued on "Dispositioner (2)",
 * "(3)" … before Excel's limit of 1.048.576 rows per sheet. Per measure: the aktuelle lines, their
 * subtotal, the forventede lines, their subtotal, the subtotal of both, the pool's row ("Skøn
 * (pulje)") when the measure has one, and a blank row; a grand total at the end, below the autofilter. Every subtotal is a formula (SUBTOTAL(9; …) of ranges on every sheet the lines reach, so a filtered view adds up) with the
 * engine's figure cached. The rows are laid out here, once: each sheet's head, set-up and subtotal
 * rows as exceljs cells of the in-memory workbook, and its line rows as runs of a LineRows, which
 * writes them as bytes when the file is written (xlsx-writer.ts). Only formatting: every amount
 * comes from the Forecast.
 * After the year total the case review's columns: the age on the first open day, the day the age
 * limit is reached, dispositioner's extra columns in input order, and an empty "Bemærkning" for the
 * consultant. Lines wholly outside the budget year (they add 0 kr. in every month) are left off,
 * unless allRows (--all-rows); Forudsætninger counts them.
 *
 * Exports: addDispositionSheets, DispositionSheetOptions.
 */
import type ExcelJS from 'exceljs';
import { lineMonthNumber, lineTotalNumber, type Forecast, type LineTotal } from '../../model/forecast.js';
import type { Labels } from './labels.js';
import { col, finishTable, font, moreValues, sheetRef, styleHeader, styleTitle, styleTotal } from './layout.js';
import { AGE_COL, AGE_LIMIT_COL, FIRST_EXTRA_COL, FIRST_MONTH_COL, LineRows } from './line-rows.js';
import { writeMonthCells, writeMonthHeaders } from './month-grid.js';
import { reviewLabelsFor, type ReviewLabels } from './review-labels.js';

/** Excel's rows per sheet. */
const EXCEL_MAX_ROWS = 1_048_576;

const HEADER_ROW = 4;
const WIDTHS = [14, 26, 13, 8, 12, 12, 10, ...Array<number>(12).fill(12.5), 14];
/** Age, age limit's day; each extra column; Bemærkning. */
const AGE_WIDTHS = [13, 13];
const EXTRA_WIDTH = 24;
const REMARK_WIDTH = 30;

export interface DispositionSheetOptions {
  /** The last row a sheet may use (Excel: 1.048.576); smaller in tests. */
  readonly maxRows?: number;
  /** The words of the case review's columns (--lang); Danish when not given. */
  readonly review?: ReviewLabels;
  /** --all-rows: keep the lines wholly outside the budget year. */
  readonly allRows?: boolean;
}

/**
 * The smallest and largest amount of the line rows in each money column (months, year total), read
 * straight from the øre columns (a line off the øre path from its Money), and for the rates a
 * number as wide as the widest (the most digits, with the sign): what their widths must hold.
 */
function lineExtremes(f: Forecast): Map<number, number[]> {
  const lines = f.dispositionLines;
  const n = lines.rows.length;
  const out = new Map<number, number[]>();
  if (n === 0) return out;
  const lo = new Float64Array(13).fill(Infinity);
  const hi = new Float64Array(13).fill(-Infinity);
  const see = (k: number, v: number): void => {
    if (v < lo[k]!) lo[k] = v;
    if (v > hi[k]!) hi[k] = v;
  };
  const { ore, totalOre } = lines;
  for (let i = 0; i < n; i++) {
    for (let m = 0; m < 12; m++) {
      const v = ore[i * lines.months + m]!;
      see(m, v === v ? v / 100 : lineMonthNumber(lines, i, m));
    }
    const t = totalOre[i]!;
    see(12, t === t ? t / 100 : lineTotalNumber(lines, i));
  }
  for (let k = 0; k < 13; k++) out.set(FIRST_MONTH_COL + k, [lo[k]!, hi[k]!]);
  // Rates: decimal.js keeps each one's exponent (e) and sign (s); digits are equally wide.
  let positive = -1;
  let negative = -1;
  for (let i = 0; i < n; i++) {
    const { e, s } = lines.rows[i]!.rate as unknown as { e: number; s: number };
    if (s < 0) negative = Math.max(negative, e, 0);
    else positive = Math.max(positive, e, 0);
  }
  out.set(FIRST_MONTH_COL - 5, [...(positive >= 0 ? [10 ** positive] : []), ...(negative >= 0 ? [-(10 ** negative)] : [])]);
  return out;
}

/** Consecutive line rows on one sheet. */
interface Segment {
  readonly sheet: string;
  readonly first: number;
  readonly last: number;
}

/**
 * Adds the Dispositioner sheet(s) to `wb` (after the sheets it has) and returns their line rows,
 * to be written with the file. `maxRows` is the last row a sheet may use (smaller in tests).
 */
export function addDispositionSheets(wb: { addWorksheet(name: string): ExcelJS.Worksheet }, f: Forecast, l: Labels, maskCprs: boolean, options: DispositionSheetOptions = {}): LineRows {
  const maxRows = options.maxRows ?? EXCEL_MAX_ROWS;
  if (maxRows <= HEADER_ROW) throw new Error(`Dispositioner: maxRows ${maxRows} leaves no room below the header`);
  const { year, closedMonths } = f.period;
  const h = l.dispositionHeaders;
  const x = (options.review ?? reviewLabelsFor('da')).dispositionColumns;
  void maskCprs; // masked at the writer's edge (xlsx-writer.ts workbookText)
  const lineRows = new LineRows(f, l);
  const extras = f.dispositionExtras.headers;
  const remarkCol = FIRST_EXTRA_COL + extras.length;
  const widths = [...WIDTHS, ...AGE_WIDTHS, ...extras.map(() => EXTRA_WIDTH), REMARK_WIDTH];
  // The lines shown: all, or those not wholly outside the year (a new list only when some are).
  const outside = f.lineFacts.outsideYear;
  const shown = options.allRows === true || f.lineFacts.outsideYearCount === 0 ? (lines: readonly number[]) => lines : (lines: readonly number[]) => lines.filter((i) => outside[i] === 0);

  let ws!: ExcelJS.Worksheet;
  let sheetName = '';
  let sheetNumber = 0;
  let r = 0;
  /** The last row before the grand total, once it is known. */
  let lastData = Infinity;

  const openSheet = (): void => {
    sheetNumber++;
    sheetName = sheetNumber === 1 ? l.sheets.dispositions : `${l.sheets.dispositions} (${sheetNumber})`;
    ws = wb.addWorksheet(sheetName);
    ws.getCell('A1').value = sheetNumber === 1 ? l.dispositionsTitle(year) : `${l.dispositionsTitle(year)} (${sheetNumber})`;
    styleTitle(ws, 1);
    ws.getCell('A2').value = l.dispositionsNote;
    ws.getCell('A2').font = font({ italic: true });
    const header = ws.getRow(HEADER_ROW);
    header.values = [h.caseRef, h.measure, h.rate, h.unit, h.start, h.stop, h.status];
    styleHeader(header, remarkCol);
    writeMonthHeaders(header, FIRST_MONTH_COL, closedMonths, l.monthNames, year, l.total);
    header.getCell(AGE_COL).value = x.age;
    header.getCell(AGE_LIMIT_COL).value = x.ageLimit;
    extras.forEach((name, k) => (header.getCell(FIRST_EXTRA_COL + k).value = name));
    header.getCell(remarkCol).value = x.remark;
    r = HEADER_ROW + 1;
  };
  const extremes = lineExtremes(f);
  /** Widths (the line rows' largest and smallest amounts count too), frozen panes, print set-up, and the autofilter down to the last row used (a trailing blank row included). */
  const closeSheet = (): void => {
    for (const [c, values] of extremes) moreValues(ws, c, values);
    // The autofilter ends above the grand total (on the sheet that has it).
    finishTable(ws, { headerRow: HEADER_ROW, lastRow: r - 1, lastDataRow: Math.min(r - 1, lastData), lastCol: remarkCol, widths, frozenCols: 1 }, l.page);
  };
  const nextRow = (): ExcelJS.Row => {
    if (r > maxRows) {
      closeSheet();
      openSheet();
    }
    return ws.getRow(r++);
  };
  /** A cell reference from the current sheet to `row` on `sheet`. */
  const at = (sheet: string, column: string, row: number): string => (sheet === sheetName ? `${column}${row}` : sheetRef(sheet, `${column}${row}`));

  /** Lines in rows of their own, continued on the next sheet when this one is full. */
  const writeLines = (lines: readonly number[]): Segment[] => {
    const segments: Segment[] = [];
    for (let i = 0; i < lines.length; ) {
      if (r > maxRows) {
        closeSheet();
        openSheet();
      }
      const n = Math.min(lines.length - i, maxRows - r + 1);
      lineRows.add(ws.id, r, lines, i, i + n);
      segments.push({ sheet: sheetName, first: r, last: r + n - 1 });
      r += n;
      i += n;
    }
    return segments;
  };
  /** A subtotal row; returns where it is. */
  const writeTotal = (label: string, t: LineTotal, formula: ((c: string) => string) | null, grand = false): { sheet: string; row: number } => {
    const row = nextRow();
    styleTotal(row, remarkCol, grand);
    row.getCell(1).value = label;
    writeMonthCells(row, {
      firstCol: FIRST_MONTH_COL, closedMonths, months: t.months, total: t.total, bold: true,
      ...(formula ? { formula: (_i: number, c: number) => formula(col(c)) } : {}),
    });
    return { sheet: sheetName, row: row.number };
  };
  const sumOf = (segments: readonly Segment[]) =>
    segments.length === 0 ? null : (c: string) => segments.map((s) => (s.sheet === sheetName ? `SUBTOTAL(9,${c}${s.first}:${c}${s.last})` : `SUBTOTAL(9,${sheetRef(s.sheet, `${c}${s.first}:${c}${s.last}`)})`)).join('+');

  openSheet();
  const bothRows: { sheet: string; row: number }[] = [];
  for (const g of f.dispositionGroups) {
    const currentAt = writeTotal(l.currentTotal(g.measure), g.currentTotal, sumOf(writeLines(shown(g.current))));
    const expectedAt = writeTotal(l.expectedTotal(g.measure), g.expectedTotal, sumOf(writeLines(shown(g.expected))));
    bothRows.push(writeTotal(l.bothTotal(g.measure), g.bothTotal, (c) => `${at(currentAt.sheet, c, currentAt.row)}+${at(expectedAt.sheet, c, expectedAt.row)}`));
    if (g.pool) writeTotal(l.poolTotal(g.measure), g.pool, null);
    r++;
  }
  if (f.dispositionGroups.length === 0) {
    nextRow().getCell(1).value = l.noDispositions;
    r++;
  }
  lastData = r - 1;
  writeTotal(l.allDispositions, f.dispositionTotal, bothRows.length > 0 ? (c) => bothRows.map((b) => at(b.sheet, c, b.row)).join('+') : null, true);
  closeSheet();
  return lineRows;
}
