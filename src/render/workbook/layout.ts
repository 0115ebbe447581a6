/**
 * Cell and sheet conventions shared by the workbook's sheets: number formats (invariant codes, so
 * a Danish Excel shows 1.234.567,89 and dd-mm-yyyy), fills for closed and open months, formula
 * cells with their cached result, and the table set-up (frozen header, autofilter, column widths,
 * print titles, landscape fit-to-width). Only formatting: no amounts are computed here.
 *
 * Widths from content (fitColumns, run by printSetup on every sheet): a money column (a cell with
 * MONEY or MONTH_MONEY) is as wide as the longest value it holds as formatted, measured in Calibri
 * 11's advance widths (textPixels), and a column with a total row (bold money) holds 10 mia. kr.
 * as well; a header is as wide as its longest word (headers wrap at word boundaries, the row grows
 * to the lines it needs), and a header over numbers aligns right. Rows that are bytes, not cells
 * (Dispositioner's lines), give their extremes with moreValues. Print (printSetup): landscape,
 * A4 when the sheet's width fits at 70 % or more, else A3, fit to one page wide; a sheet too wide
 * for A3 at 70 % prints in column groups at 100 % on A3, its frozen columns repeated on each page
 * (columnBreaksOf: the writer adds the breaks).
 *
 * Exports: MONEY, MONTH_MONEY, DATE, PERCENT, COUNT, font, col, ref, sheetRef, setFormula, money,
 * date, styleHeader, styleTotal, styleTitle, markMonth, finishTable, TableLayout, printSetup,
 * textPixels, moneyText, columnPixels, CELL_PADDING, TOTAL_ROOM, moreValues, fitColumns, pageFor,
 * PAGE_CHARS, MIN_SCALE, GROUP_SCALE, columnGroups, columnBreaksOf.
 */
import type ExcelJS from 'exceljs';
import type { CivilDate } from '../../model/civil-date.js';
import type { Money } from '../../model/money.js';

/** exceljs's ValueType.Formula (exceljs itself is loaded lazily; its enum value is fixed). */
const ExcelJS_FORMULA = 6;

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
  /** The last row of the table; ≥ headerRow. */
  readonly lastRow: number;
  /** The last data row (the autofilter ends there, above a total row); default lastRow. */
  readonly lastDataRow?: number;
  readonly lastCol: number;
  /** Each column's width at least (money columns and headers widen to their content). */
  readonly widths: readonly number[];
  /** Columns to freeze to the left (names). */
  readonly frozenCols?: number;
}

export function finishTable(ws: ExcelJS.Worksheet, t: TableLayout, pageLabel: string): void {
  t.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', xSplit: t.frozenCols ?? 0, ySplit: t.headerRow, topLeftCell: ref((t.frozenCols ?? 0) + 1, t.headerRow + 1), activeCell: 'A1' }];
  ws.autoFilter = { from: { row: t.headerRow, column: 1 }, to: { row: Math.max(t.lastDataRow ?? t.lastRow, t.headerRow), column: t.lastCol } };
  printSetup(ws, `${t.headerRow}:${t.headerRow}`, pageLabel);
}

/**
 * Widths from content, then landscape A4 (or A3 when A4 would print below 70 %), fit to one page
 * wide, header rows repeated on each page.
 */
export function printSetup(ws: ExcelJS.Worksheet, titleRows: string | undefined, pageLabel: string): void {
  fitColumns(ws);
  const widths = shownWidths(ws);
  wrapLongNotes(ws, widths);
  const page = pageFor(widths.reduce((a, b) => a + b, 0));
  const margins = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 };
  const titles = titleRows ? { printTitlesRow: titleRows } : {};
  if (page.scale >= MIN_SCALE) {
    ws.pageSetup = { orientation: 'landscape', paperSize: page.paperSize as ExcelJS.PaperSize, fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins, ...titles };
  } else {
    // Too wide even for A3: column groups at 75 %, the frozen columns repeated on every page.
    const frozen = (ws.views[0] as { xSplit?: number } | undefined)?.xSplit ?? 0;
    const breaks = columnGroups(widths, frozen, PAGE_CHARS.a3 / GROUP_SCALE);
    columnBreaks.set(ws, breaks);
    ws.pageSetup = {
      orientation: 'landscape', paperSize: 8 as ExcelJS.PaperSize, scale: GROUP_SCALE * 100, fitToPage: false, margins, ...titles,
      ...(frozen > 0 ? { printTitlesColumn: `A:${col(frozen)}` } : {}),
    };
  }
  ws.headerFooter = { oddFooter: `&L&A&R${pageLabel}` };
}

const columnBreaks = new WeakMap<ExcelJS.Worksheet, readonly number[]>();

/** The columns after which a new page starts across (column groups), for the writer: none for most sheets. */
export function columnBreaksOf(ws: ExcelJS.Worksheet): readonly number[] {
  return columnBreaks.get(ws) ?? [];
}

/**
 * Where to break a row of columns (widths, 0 for hidden) into pages that hold `capacity`
 * characters, the first `frozen` columns repeated on each: the last column of every group but the
 * last.
 */
export function columnGroups(widths: readonly number[], frozen: number, capacity: number): number[] {
  const titles = widths.slice(0, frozen).reduce((a, b) => a + b, 0);
  const breaks: number[] = [];
  let used = widths.slice(0, frozen).reduce((a, b) => a + b, 0);
  for (let c = frozen + 1; c <= widths.length; c++) {
    const w = widths[c - 1]!;
    if (used + w > capacity && used > titles) {
      breaks.push(c - 1);
      used = titles;
    }
    used += w;
  }
  return breaks;
}

// ---- Widths from content -------------------------------------------------------------------

/** Calibri's advance widths (2048 units to the em) of the characters a formatted amount has. */
const ADVANCE: Readonly<Record<string, number>> = { '.': 517, ',': 511, '-': 627, ' ': 463, '%': 1463, '(': 621, ')': 621, '/': 791, ':': 548, '–': 1024, '§': 1004 };
const DIGIT = 1038;
/** 11 pt at 96 dpi: 14,667 px to the em. Unhinted (Excel hints a digit to 7 px; this counts 7,43). */
const PX_PER_UNIT = 14.667 / 2048;
/** A cell's margins and grid line, and a little more, in pixels. */
export const CELL_PADDING = 8;
/** Total rows have room for this many kr. (formatted with the money format). */
export const TOTAL_ROOM = 10_000_000_000;

/** How wide `text` renders in Calibri 11 (bold about 3 % wider in letters; its digits and separators are as wide as plain). */
export function textPixels(text: string, bold = false): number {
  let units = 0;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') units += DIGIT;
    else if (ADVANCE[ch] !== undefined) units += ADVANCE[ch]!;
    else if ('mwMW'.includes(ch)) units += 1700;
    else if (ch >= 'A' && ch <= 'Z') units += 1250;
    else if ('iljtf'.includes(ch)) units += 560;
    else units += 1050;
  }
  return units * PX_PER_UNIT * (bold && /[^0-9.,\- ]/.test(text) ? 1.03 : 1);
}

/** A column's width in pixels as a spreadsheet draws it (Calibri 11: 7 px to the character), rounded down. */
export function columnPixels(width: number): number {
  return Math.floor(width * 7);
}

/** The width (in characters, to a quarter) a text needs. */
function widthFor(pixels: number): number {
  return Math.ceil(((pixels + CELL_PADDING) / 7) * 4) / 4;
}

/** A number as the money formats show it: 1.234.567,89 (MONTH_MONEY shows 0 as "-"). */
export function moneyText(n: number, numFmt: string): string {
  if (n === 0 && numFmt === MONTH_MONEY) return '-';
  const [whole, frac] = Math.abs(n).toFixed(2).split('.') as [string, string];
  return `${n < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${frac}`;
}

const extraValues = new WeakMap<ExcelJS.Worksheet, Map<number, number[]>>();

/** Values a column holds in rows that are not cells (written as bytes): they count for its width. */
export function moreValues(ws: ExcelJS.Worksheet, column: number, values: readonly number[]): void {
  let map = extraValues.get(ws);
  if (!map) extraValues.set(ws, (map = new Map()));
  const list = map.get(column);
  if (list) list.push(...values);
  else map.set(column, [...values]);
}

const isHeader = (cell: ExcelJS.Cell): boolean => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === HEADER_FILL.fgColor!.argb;

/**
 * Widens each column to its content: money values as formatted (with 10 mia. kr. where a total
 * row is), a header's longest word; right-aligns a header over numbers, and grows a header row to
 * the lines its texts wrap to. Never narrows a column.
 */
export function fitColumns(ws: ExcelJS.Worksheet): void {
  const need = new Map<number, number>();
  /** Per column, the rows holding a number (a header aligns right over numbers in its table). */
  const numeric = new Map<number, Set<number>>();
  const isNumber = (c: number, r: number): void => {
    let rows = numeric.get(c);
    if (!rows) numeric.set(c, (rows = new Set()));
    rows.add(r);
  };
  const headers: ExcelJS.Cell[] = [];
  const widen = (c: number, px: number): void => void need.set(c, Math.max(need.get(c) ?? 0, px));
  ws.eachRow((row) => {
    row.eachCell((cell, c) => {
      if (isHeader(cell)) {
        if (typeof cell.value === 'string' && cell.value !== '') headers.push(cell);
        return;
      }
      const value = cell.type === ExcelJS_FORMULA ? cell.result : cell.value;
      if (typeof value !== 'number') return;
      isNumber(c, Number(cell.row));
      const fmt = cell.numFmt;
      if (fmt !== MONEY && fmt !== MONTH_MONEY) return;
      const bold = cell.font?.bold === true;
      widen(c, textPixels(moneyText(value, fmt), bold));
      if (bold) widen(c, textPixels(moneyText(TOTAL_ROOM, fmt), true));
    });
  });
  const bytesBelow = new Set<number>();
  for (const [c, values] of extraValues.get(ws) ?? []) {
    bytesBelow.add(c);
    for (const v of values) widen(c, textPixels(moneyText(v, MONEY)));
  }
  for (const cell of headers) {
    const c = Number(cell.col);
    const words = String(cell.value).split(/\s+/);
    widen(c, Math.max(...words.map((w) => textPixels(w, true))));
  }
  for (const [c, px] of need) {
    const column = ws.getColumn(c);
    const width = widthFor(px);
    if ((column.width ?? 0) < width) column.width = width;
  }
  // Headers over numbers align right; every header row as tall as its most wrapped text.
  const lines = new Map<number, number>();
  for (const cell of headers) {
    const c = Number(cell.col);
    if (bytesBelow.has(c) || numbersInTable(ws, numeric.get(c), Number(cell.row))) cell.alignment = { ...cell.alignment, horizontal: 'right', vertical: 'middle', wrapText: true };
    const room = columnPixels(ws.getColumn(c).width ?? 9) - CELL_PADDING;
    const r = Number(cell.row);
    lines.set(r, Math.max(lines.get(r) ?? 1, wrappedLines(String(cell.value), room)));
  }
  for (const [r, n] of lines) {
    const row = ws.getRow(r);
    const height = n * 15 + 2;
    if ((row.height ?? 0) < height) row.height = height;
  }
}

/** Whether a number lies in the table under a header row: the rows below it up to the first empty row. */
function numbersInTable(ws: ExcelJS.Worksheet, rows: ReadonlySet<number> | undefined, header: number): boolean {
  if (!rows) return false;
  for (let r = header + 1; r <= ws.rowCount; r++) {
    if (rows.has(r)) return true;
    if (ws.findRow(r) === undefined || ws.getRow(r).cellCount === 0) return false;
  }
  return false;
}

/** How many lines a text wraps to at word boundaries in `room` pixels (bold). */
function wrappedLines(text: string, room: number): number {
  let lines = 1;
  let used = 0;
  const space = textPixels(' ', true);
  for (const word of text.split(/\s+/)) {
    const w = textPixels(word, true);
    if (used === 0) used = w;
    else if (used + space + w <= room) used += space + w;
    else {
      lines++;
      used = w;
    }
  }
  return lines;
}

/**
 * A text alone on its row (a note under the title) wider than the sheet wraps within the sheet's
 * columns (merged), its row as tall as its lines: a text running on to the right would widen the
 * printed page.
 */
function wrapLongNotes(ws: ExcelJS.Worksheet, widths: readonly number[]): void {
  const room = widths.reduce((a, b) => a + b, 0);
  if (widths.length < 2) return;
  ws.eachRow((row, r) => {
    if (row.cellCount !== 1) return;
    const cell = row.getCell(1);
    if (typeof cell.value !== 'string' || cell.isMerged) return;
    const px = textPixels(cell.value, cell.font?.bold === true);
    if (px <= columnPixels(room) - CELL_PADDING) return;
    const lines = Math.ceil(px / (columnPixels(room) * 0.9));
    ws.mergeCells(r, 1, r, widths.length);
    cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    row.height = Math.max(row.height ?? 0, lines * 15 + 2);
  });
}

/** Each column's width in characters up to the last one with a cell (0 when hidden). */
function shownWidths(ws: ExcelJS.Worksheet): number[] {
  const widths: number[] = [];
  const count = ws.columnCount;
  for (let c = 1; c <= count; c++) widths.push(ws.getColumn(c).hidden ? 0 : (ws.getColumn(c).width ?? 9.140625));
  return widths;
}

/**
 * Characters (column width units) a landscape page holds across at 100 %, as LibreOffice prints:
 * measured on the example's PDF (Tilgang og afgang, 141 characters wide, printed on A4 at 80 %;
 * Måneder, 276 wide, on A3 at 58 %): A4 113, A3 160 (√2 more).
 */
export const PAGE_CHARS = { a4: 113, a3: 160 } as const;
/** Column groups print at this scale (an A3 page then holds PAGE_CHARS.a3 ÷ 0,75 characters across). */
export const GROUP_SCALE = 0.75;
/** No sheet prints smaller. */
export const MIN_SCALE = 0.7;

/** The paper a sheet of this width prints on, and the scale fit-to-width gives it. */
export function pageFor(width: number): { paperSize: 8 | 9; scale: number } {
  const a4 = Math.min(1, PAGE_CHARS.a4 / width);
  if (a4 >= MIN_SCALE) return { paperSize: 9, scale: a4 };
  return { paperSize: 8, scale: Math.min(1, PAGE_CHARS.a3 / width) };
}
