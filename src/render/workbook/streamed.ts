/**
 * The workbook writer, for every size of run: exceljs's streaming WorkbookWriter, so that a sheet
 * of a million disposition lines is never held as cell objects. The small sheets are built in
 * memory (render/workbook.ts) and copied into the stream cell by cell with their set-up, and the
 * file gets that workbook's properties: title, creator, times and full recalculation on load. The
 * Dispositioner sheet is written here row by row: its line rows as XML straight into the sheet's
 * stream with shared cell styles, its other rows through exceljs's row writer. It is continued on
 * "Dispositioner (2)", "(3)" … before Excel's limit of 1.048.576 rows per sheet. Per measure: the
 * aktuelle lines, their subtotal, the forventede lines, their subtotal, the subtotal of both, and
 * the pool's row ("Skøn (pulje)") when the measure has one; a grand total at the end. Every subtotal is a formula (summing ranges on every sheet the lines
 * reach) with the engine's figure cached. Only formatting: every amount comes from the Forecast.
 *
 * Exports: writeStreamedWorkbook, StreamOptions, EXCEL_MAX_ROWS, lineRowsWritten.
 */
import { open, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { lineMonthNumber, lineTotalNumber, type DispositionGroup, type Forecast, type LineTotal } from '../../model/forecast.js';
import { dayNumber, type CivilDate } from '../../model/civil-date.js';
import { maskCpr } from '../../model/cpr.js';
import { setZipTimestamps } from '../zip-timestamps.js';
import type { WorkbookContext } from './context.js';
import type { Labels } from './labels.js';
import { col, DATE, finishTable, font, markMonth, MONEY, money, MONTH_MONEY, sheetRef, styleHeader, styleTitle, styleTotal } from './layout.js';
import { writeMonthCells, writeMonthHeaders } from './month-grid.js';

export const EXCEL_MAX_ROWS = 1_048_576;

const FIRST_MONTH_COL = 8;
const LAST_COL = FIRST_MONTH_COL + 12;
const HEADER_ROW = 4;
const WIDTHS = [14, 26, 13, 8, 12, 12, 10, ...Array<number>(12).fill(12.5), 14];
/** Rows written between pauses that let the zip stream drain. */
const ROWS_PER_PAUSE = 2000;
/** Sheet XML waiting for compression (in Buffers) above which writing waits. */
const MAX_PENDING_BYTES = 16 * 1024 * 1024;

/**
 * Lets the zip stream work, and waits while more than MAX_PENDING_BYTES of a sheet's XML wait to
 * be compressed: in the sheet stream's own buffers (before the zip takes the entry) or in the
 * compressor it is piped into (exceljs's StreamBuf ignores back-pressure, so we look ourselves).
 */
async function drain(ws: ExcelJS.Worksheet): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  type Piped = { _readableState?: { length?: number }; _writableState?: { length?: number } };
  const stream = (ws as unknown as { stream: { buffers?: unknown[]; pipes?: Piped[] } }).stream;
  // The pipe is a PassThrough of the readable-stream package: its buffered bytes are in the states.
  const pending = (): number =>
    (stream.buffers?.length ?? 0) * 65536 + (stream.pipes ?? []).reduce((n, p) => n + (p._readableState?.length ?? 0) + (p._writableState?.length ?? 0), 0);
  for (let waited = 0; waited < 30_000 && pending() > MAX_PENDING_BYTES; waited += 2) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

type Style = Partial<ExcelJS.Style>;
type SheetWriter = ExcelJS.Worksheet & { commit(): void };
type RowWriter = ExcelJS.Row & { commit(): void };

export interface StreamOptions {
  /** The last row a sheet may use (Excel: 1.048.576); smaller in tests. */
  readonly maxRows?: number;
}

let lineRows = 0;

/**
 * How many line rows the last workbook written in this process wrote as XML straight into its
 * Dispositioner sheets (the raw row writer); 0 before the first. test/workbook-wiring.test.ts reads
 * it to prove that the CLI writes through this writer.
 */
export function lineRowsWritten(): number {
  return lineRows;
}

/**
 * Writes the workbook to `temp` (the caller renames it into place). `small` holds every sheet but
 * Dispositioner, in order, and the workbook's properties; the dispositions sheets are placed after
 * the first `before` of its sheets.
 */
export async function writeStreamedWorkbook(f: Forecast, small: ExcelJS.Workbook, before: number, temp: string, ctx: WorkbookContext, l: Labels, options: StreamOptions = {}): Promise<void> {
  lineRows = 0;
  // Create the file first, so that a folder that does not exist or cannot be written is an error
  // here (ENOENT, EACCES …) rather than an error event inside the zip stream.
  await (await open(temp, 'wx')).close();
  // The fastest compression (also the zip library's default): a million rows are most of a gigabyte of XML.
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 1 } } });
  copyProperties(small, writer);
  const sheets = small.worksheets;
  for (const ws of sheets.slice(0, before)) copySheet(ws, writer);
  lineRows = await writeDispositionSheets(writer, f, f.dispositionGroups, l, ctx.maskCpr, options.maxRows ?? EXCEL_MAX_ROWS);
  for (const ws of sheets.slice(before)) copySheet(ws, writer);
  await writer.commit();
  const bytes = await readFile(temp);
  await writeFile(temp, setZipTimestamps(bytes, ctx.fileTime));
}

/** exceljs's renderer of xl/workbook.xml (an internal module: the streaming writer offers no calculation properties). */
const WorkbookXform = createRequire(import.meta.url)('exceljs/lib/xlsx/xform/book/workbook-xform.js') as new () => { prepare(model: object): void; toXml(model: object): string };

/**
 * The in-memory workbook's properties on the writer: docProps/core.xml (creator, title, times …)
 * and the calculation properties of xl/workbook.xml (fullCalcOnLoad), which the streaming writer
 * would leave empty: its addWorkbook is replaced by the same rendering with them.
 */
function copyProperties(src: ExcelJS.Workbook, writer: ExcelJS.stream.xlsx.WorkbookWriter): void {
  writer.creator = src.creator;
  writer.lastModifiedBy = src.lastModifiedBy;
  writer.title = src.title;
  writer.subject = src.subject;
  writer.description = src.description;
  writer.keywords = src.keywords;
  writer.category = src.category;
  writer.created = src.created;
  writer.modified = src.modified;
  const calcProperties = { ...src.calcProperties };
  const internals = writer as unknown as { zip: { append(xml: string, options: { name: string }): void }; _worksheets: unknown[]; _definedNames: { model: unknown }; views: unknown };
  writer.addWorkbook = async () => {
    const model = { worksheets: internals._worksheets.filter(Boolean), definedNames: internals._definedNames.model, views: internals.views, properties: {}, calcProperties };
    const xform = new WorkbookXform();
    xform.prepare(model);
    internals.zip.append(xform.toXml(model), { name: '/xl/workbook.xml' });
  };
}

type RowStyle = { style: Partial<ExcelJS.Style> };

/** A finished in-memory sheet, copied cell by cell (values, formulas with results, styles) with its set-up. */
function copySheet(src: ExcelJS.Worksheet, writer: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const dst = writer.addWorksheet(src.name, {
    views: src.views, pageSetup: src.pageSetup, headerFooter: src.headerFooter, properties: src.properties, state: src.state,
  }) as SheetWriter;
  // The sheet's own print set-up, without the defaults the writer adds (DPI, scale).
  dst.pageSetup = { ...src.pageSetup };
  if (src.autoFilter) dst.autoFilter = src.autoFilter;
  const columns = src.columns ?? [];
  if (columns.length > 0) dst.columns = columns.map((c) => ({ width: c.width }));
  src.eachRow({ includeEmpty: true }, (row, n) => {
    const out = dst.getRow(n);
    if (row.height) out.height = row.height;
    // The row's own style (header and total rows), for cells typed into it later.
    (out as unknown as RowStyle).style = (row as unknown as RowStyle).style;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const target = out.getCell(c);
      // A formula's cached result is cell.result (cell.value drops a cached 0).
      target.value = cell.type === ExcelJS.ValueType.Formula ? ({ formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue) : cell.value;
      target.style = cell.style;
    });
  });
  // Merges before any row is committed; the sheet is small, so its rows are committed together.
  for (const range of (src.model as { merges?: string[] }).merges ?? []) dst.mergeCells(range);
  dst.commit();
}

/** Cell styles shared by every line row (exceljs then finds each style by identity, not by content). */
function lineStyles(closedMonths: number) {
  const probe = (set: (cell: ExcelJS.Cell) => void): Style => {
    const cell = {} as ExcelJS.Cell;
    set(cell);
    return { ...cell } as Style;
  };
  const months = Array.from({ length: 12 }, (_, i) => probe((c) => {
    c.numFmt = MONTH_MONEY;
    markMonth(c, i < closedMonths, false);
  }));
  return {
    plain: {} as Style,
    rate: { numFmt: MONEY } as Style,
    centered: { alignment: { horizontal: 'center' } } as Style,
    date: { numFmt: DATE } as Style,
    months,
    total: { numFmt: MONTH_MONEY, font: font({ bold: true }) } as Style,
  };
}

/** Consecutive line rows on one sheet. */
interface Segment {
  readonly sheet: string;
  readonly first: number;
  last: number;
}

/** The Dispositioner sheet and its continuations; returns how many line rows went through the raw row writer. */
async function writeDispositionSheets(writer: ExcelJS.stream.xlsx.WorkbookWriter, f: Forecast, groups: readonly DispositionGroup[], l: Labels, maskCprs: boolean, maxRows: number): Promise<number> {
  const { year, closedMonths } = f.period;
  const styles = lineStyles(closedMonths);
  const h = l.dispositionHeaders;
  // The table set-up of every table sheet (widths, frozen panes, print set-up), taken from layout.ts.
  const setup = { widths: [] as number[], views: [] as Partial<ExcelJS.WorksheetView>[], pageSetup: {} as Partial<ExcelJS.PageSetup>, headerFooter: {} as Partial<ExcelJS.HeaderFooter>, autoFilter: null as unknown };
  const probe = { getColumn: (i: number) => ({ set width(w: number) { setup.widths[i - 1] = w; } }) } as unknown as ExcelJS.Worksheet;
  finishTable(probe, { headerRow: HEADER_ROW, lastRow: HEADER_ROW, lastCol: LAST_COL, widths: WIDTHS, frozenCols: 1 }, l.page);
  Object.assign(setup, { views: probe.views, pageSetup: probe.pageSetup, headerFooter: probe.headerFooter });

  let ws!: SheetWriter;
  let sheetName = '';
  let sheetNumber = 0;
  let r = 0;
  let sinceDrain = 0;

  const openSheet = (): void => {
    sheetNumber++;
    sheetName = sheetNumber === 1 ? l.sheets.dispositions : `${l.sheets.dispositions} (${sheetNumber})`;
    ws = writer.addWorksheet(sheetName, { views: setup.views, pageSetup: setup.pageSetup, headerFooter: setup.headerFooter }) as SheetWriter;
    ws.pageSetup = { ...setup.pageSetup };
    ws.columns = setup.widths.map((width) => ({ width }));
    ws.getRow(1).getCell(1).value = sheetNumber === 1 ? l.dispositionsTitle(year) : `${l.dispositionsTitle(year)} (${sheetNumber})`;
    styleTitle(ws, 1);
    const note = ws.getRow(2).getCell(1);
    note.value = l.dispositionsNote;
    note.font = font({ italic: true });
    const header = ws.getRow(HEADER_ROW);
    header.values = [h.caseRef, h.measure, h.rate, h.unit, h.start, h.stop, h.status];
    styleHeader(header, LAST_COL);
    writeMonthHeaders(header, FIRST_MONTH_COL, closedMonths, l.monthNames, year, l.total);
    for (let n = 1; n <= HEADER_ROW; n++) (ws.getRow(n) as RowWriter).commit();
    r = HEADER_ROW + 1;
  };
  const closeSheet = (): void => {
    ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: Math.max(r - 1, HEADER_ROW), column: LAST_COL } };
    ws.commit();
  };
  /** The next row, on a new sheet when this one is full. */
  const nextRow = async (): Promise<RowWriter> => {
    if (r > maxRows) {
      closeSheet();
      openSheet();
    }
    if (++sinceDrain >= ROWS_PER_PAUSE) {
      sinceDrain = 0;
      await drain(ws);
    }
    return ws.getRow(r++) as RowWriter;
  };
  /** A cell reference from the current sheet to `row` on `sheet`. */
  const at = (sheet: string, column: string, row: number): string => (sheet === sheetName ? `${column}${row}` : sheetRef(sheet, `${column}${row}`));

  const lines = f.dispositionLines;
  const writeLines = async (which: readonly number[]): Promise<Segment[]> => {
    const segments: Segment[] = [];
    for (const line of which) {
      if (r > maxRows) {
        raw.flush(ws, r);
        closeSheet();
        openSheet();
      }
      const n = r++;
      const last = segments[segments.length - 1];
      if (last && last.sheet === sheetName) last.last = n;
      else segments.push({ sheet: sheetName, first: n, last: n });
      raw.add(lineXml(n, line));
      if (++sinceDrain >= ROWS_PER_PAUSE) {
        sinceDrain = 0;
        raw.flush(ws, r);
        await drain(ws);
      }
    }
    raw.flush(ws, r);
    return segments;
  };
  /**
   * One line row as sheet XML: cell for cell what exceljs would write for the row's cells (case,
   * measure, rate, unit, start, stop as written, status, twelve months, the year total as SUM).
   */
  const lineXml = (n: number, line: number): string => {
    const d = lines.rows[line]!;
    let x = `<row r="${n}">`;
    x += inlineString(`A${n}`, ids.plainString, maskCprs ? maskCpr(d.caseRef) : d.caseRef);
    x += sharedString(`B${n}`, ids.plainString, d.measure);
    x += number(`C${n}`, ids.rate, money(d.rate));
    x += sharedString(`D${n}`, ids.centered, l.units[d.unit]);
    x += number(`E${n}`, ids.date, excelDate(d.start));
    if (d.stopAsWritten) x += number(`F${n}`, ids.date, excelDate(d.stopAsWritten));
    x += sharedString(`G${n}`, ids.centered, l.statuses[d.status]);
    for (let m = 0; m < 12; m++) x += number(`${MONTH_COLS[m]}${n}`, ids.months[m]!, lineMonthNumber(lines, line, m));
    x += `<c r="${TOTAL_COL}${n}"${styleAttr(ids.total)}><f>SUM(${MONTH_COLS[0]}${n}:${MONTH_COLS[11]}${n})</f><v>${lineTotalNumber(lines, line)}</v></c>`;
    return x + '</row>';
  };
  const sharedString = (ref: string, style: number, text: string): string => `<c r="${ref}"${styleAttr(style)} t="s"><v>${strings.add(text)}</v></c>`;
  /** A subtotal row, through exceljs's row writer; returns where it is. */
  const writeTotal = async (label: string, t: LineTotal, formula: ((c: string) => string) | null, grand = false): Promise<{ sheet: string; row: number }> => {
    const row = await nextRow();
    styleTotal(row, LAST_COL, grand);
    row.getCell(1).value = label;
    writeMonthCells(row, {
      firstCol: FIRST_MONTH_COL, closedMonths, months: t.months, total: t.total, bold: true,
      ...(formula ? { formula: (_i: number, c: number) => formula(col(c)) } : {}),
    });
    row.commit();
    return { sheet: sheetName, row: row.number };
  };
  const sumOf = (segments: readonly Segment[]) =>
    segments.length === 0 ? null : (c: string) => segments.map((s) => (s.sheet === sheetName ? `SUM(${c}${s.first}:${c}${s.last})` : `SUM(${sheetRef(s.sheet, `${c}${s.first}:${c}${s.last}`)})`)).join('+');

  // Style ids and shared strings of the writer: line rows are written as XML, not cell objects.
  const writerInternals = writer as unknown as { styles: { addStyleModel(style: Style, type: number): number }; sharedStrings: { add(text: string): number } };
  const strings = writerInternals.sharedStrings;
  const styleId = (style: Style, type: ExcelJS.ValueType): number => writerInternals.styles.addStyleModel(style, type);
  const ids = {
    plainString: styleId(styles.plain, ExcelJS.ValueType.String),
    rate: styleId(styles.rate, ExcelJS.ValueType.Number),
    centered: styleId(styles.centered, ExcelJS.ValueType.String),
    date: styleId(styles.date, ExcelJS.ValueType.Date),
    months: styles.months.map((m) => styleId(m, ExcelJS.ValueType.Number)),
    total: styleId(styles.total, ExcelJS.ValueType.Formula),
  };
  const raw = new RawRows();

  openSheet();
  const bothRows: { sheet: string; row: number }[] = [];
  for (const g of groups) {
    const currentAt = await writeTotal(l.currentTotal(g.measure), g.currentTotal, sumOf(await writeLines(g.current)));
    const expectedAt = await writeTotal(l.expectedTotal(g.measure), g.expectedTotal, sumOf(await writeLines(g.expected)));
    bothRows.push(await writeTotal(l.bothTotal(g.measure), g.bothTotal, (c) => `${at(currentAt.sheet, c, currentAt.row)}+${at(expectedAt.sheet, c, expectedAt.row)}`));
    if (g.pool) await writeTotal(l.poolTotal(g.measure), g.pool, null);
    r++;
  }
  if (groups.length === 0) {
    const row = await nextRow();
    row.getCell(1).value = l.noDispositions;
    row.commit();
    r++;
  }
  await writeTotal(l.allDispositions, f.dispositionTotal, bothRows.length > 0 ? (c) => bothRows.map((b) => at(b.sheet, c, b.row)).join('+') : null, true);
  closeSheet();
  return raw.written;
}

const MONTH_COLS = Array.from({ length: 12 }, (_, m) => col(FIRST_MONTH_COL + m));
const TOTAL_COL = col(LAST_COL);

const styleAttr = (id: number): string => (id ? ` s="${id}"` : '');

function number(ref: string, style: number, value: number): string {
  return `<c r="${ref}"${styleAttr(style)}><v>${value}</v></c>`;
}

function inlineString(ref: string, style: number, text: string): string {
  const escaped = xmlText(text);
  const space = /^\s|\s$/.test(escaped) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${styleAttr(style)} t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
}

/** A civil date as Excel's serial day number (1900 system), as exceljs writes a UTC-midnight Date. */
function excelDate(d: CivilDate): number {
  return dayNumber(d) + 25569;
}

// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** Text for XML by exceljs's rules: entities for < > & ' ", control characters dropped. */
function xmlText(text: string): string {
  XML_SPECIAL.lastIndex = 0;
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL, (c) => ENTITIES[c] ?? '') : text;
}

/**
 * Line rows written as XML straight into a sheet's stream. Uses two exceljs internals: the
 * sheet's `stream`, and `_rowZero`, the first row the writer still accepts, moved past the rows
 * written here (test/workbook-streamed.test.ts reads every cell back and checks it against the
 * Forecast). The sheet's header rows must be committed first, so that <cols> and <sheetData> are
 * open. Counts the rows it has written into a stream.
 */
class RawRows {
  private chunk: string[] = [];
  written = 0;

  add(xml: string): void {
    this.chunk.push(xml);
  }

  flush(ws: ExcelJS.Worksheet, nextRow: number): void {
    const sheet = ws as unknown as { stream: { write(text: string): void }; _rowZero: number };
    if (this.chunk.length > 0) sheet.stream.write(this.chunk.join(''));
    this.written += this.chunk.length;
    this.chunk = [];
    sheet._rowZero = nextRow;
  }
}
