/**
 * The xlsx reader: workbook → RawTable(s) of text cells, the same as read/csv.ts hands on, with the
 * sheet and column letters set so problems point at `Dispositioner!E17`. Reads with exceljs's
 * streaming reader, one sheet at a time; hidden sheets are never read.
 *
 * Cells become the text the shared conventions (read/conventions.ts) parse:
 * - numbers → plain decimal text ("1234567.89"), rounded to 15 significant digits as Excel shows
 *   them (so a stored 0.30000000000000004 is "0.3"); never multiplied, never in exponent form;
 * - dates (typed date cells, and numeric formula results in date-formatted cells) → "yyyy-mm-dd",
 *   from UTC fields or serial arithmetic in the workbook's 1900 or 1904 date system;
 * - formulas → their cached result (a formula without one is reported);
 * - rich text → its plain text; errors (#I/T, #VÆRDI!) → the error text, so a used cell fails;
 * - merged cells hold their value in the top-left cell only, so a merged title is a one-cell row.
 * Title rows above the header are skipped (read/header-row.ts); empty rows and empty trailing
 * cells are dropped.
 *
 * Exports: readXlsxTable (one table: the first visible sheet), readXlsxWorkbook (every sheet
 * named like a table), cellToText, serialToDate, isDateFormat, columnLetter, isWorkbookFile.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { fromDayNumber, dayNumber, type CivilDate } from '../model/civil-date.js';
import { Money } from '../model/money.js';
import type { ProblemList } from '../model/problem.js';
import { HEADER_SEARCH_ROWS, isCompleteHeader, pickHeaderRow } from './header-row.js';
import type { RawRow, RawTable } from './raw-table.js';
import { tableForName, TABLES, type TableKey, type TableSpec } from './table-spec.js';

const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];

/** True for a file name an Excel workbook this reader handles (.xlsx, .xlsm). */
export function isWorkbookFile(name: string): boolean {
  return WORKBOOK_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A number format that shows a date (d, m, y, h, s outside quotes, brackets and escapes). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/_.|\*./g, '');
  if (/general/i.test(bare)) return false;
  return /[ymdhs]/i.test(bare);
}

const DAY_1899_12_31 = dayNumber({ year: 1899, month: 12, day: 31 });
const DAY_1899_12_30 = dayNumber({ year: 1899, month: 12, day: 30 });
const DAY_1904_01_01 = dayNumber({ year: 1904, month: 1, day: 1 });

/**
 * The civil date of a date serial (its day part; the time of day is dropped). In the 1900 system
 * serial 1 is 01.01.1900 and Excel counts a 29.02.1900 that never was (serial 60), so from serial
 * 61 (01.03.1900) on the days count from 30.12.1899. In the 1904 system serial 0 is 01.01.1904.
 */
export function serialToDate(serial: number, date1904: boolean): CivilDate | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const days = Math.floor(serial + 1e-9);
  if (date1904) return fromDayNumber(DAY_1904_01_01 + days);
  if (days === 60) return undefined; // 29.02.1900 does not exist
  return fromDayNumber((days < 60 ? DAY_1899_12_31 : DAY_1899_12_30) + days);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDate = (d: CivilDate) => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;

/** A number as plain decimal text with at most 15 significant digits (what Excel displays). */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '#FEJL';
  return new Money(n.toPrecision(15)).toFixed();
}

/** Text of a cell value as exceljs's streaming reader gives it. `missingResult` is set for a formula without a cached value. */
export function cellToText(value: unknown, numFmt: string | undefined, date1904: boolean): { text: string; missingResult?: boolean } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') {
    if (isDateFormat(numFmt)) {
      const d = serialToDate(value, date1904);
      return { text: d ? isoDate(d) : numberText(value) };
    }
    return { text: numberText(value) };
  }
  if (typeof value === 'boolean') return { text: value ? 'SAND' : 'FALSK' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '' };
    return { text: isoDate({ year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() }) };
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['richText'])) {
      return { text: (v['richText'] as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('') };
    }
    if ('formula' in v || 'sharedFormula' in v) {
      if (!('result' in v) || v['result'] === undefined) return { text: `=${String(v['formula'] ?? v['sharedFormula'] ?? '')}`, missingResult: true };
      const result = v['result'];
      if (result !== null && typeof result === 'object' && 'error' in result) return { text: String((result as { error: unknown }).error) };
      return cellToText(result, numFmt, date1904);
    }
    if ('error' in v) return { text: String(v['error']) };
    if ('text' in v) return cellToText(v['text'], numFmt, date1904);
  }
  return { text: String(value) };
}

interface StreamCell {
  readonly value: unknown;
  readonly numFmt?: string;
}
interface StreamRow {
  readonly number: number;
  eachCell(callback: (cell: StreamCell, column: number) => void): void;
}
interface StreamSheet extends AsyncIterable<StreamRow> {
  readonly name: string;
  readonly state?: string;
}
interface StreamWorkbook extends AsyncIterable<StreamSheet> {
  readonly model?: { sheets?: ({ name?: string; state?: string } | undefined)[] };
  readonly properties?: { model?: { date1904?: boolean } };
}

type WorkbookReaderClass = new (input: string, options: object) => StreamWorkbook & {
  properties?: { model?: { date1904?: boolean } };
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
};

/**
 * exceljs's streaming reader, reading the date system as the file states it. exceljs takes only
 * date1904="1" for the 1904 system, but the attribute is an xsd:boolean and LibreOffice writes
 * date1904="true"; read as 1900 dates, every date would be four years and a day early.
 */
class WorkbookReader extends (ExcelJS.stream.xlsx.WorkbookReader as unknown as WorkbookReaderClass) {
  override async _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    const xml = Buffer.concat(chunks);
    await super._parseWorkbook(Readable.from([xml]));
    const attr = /<(?:\w+:)?workbookPr\b[^>]*?\bdate1904\s*=\s*["']([^"']*)["']/.exec(xml.toString('utf8'))?.[1]?.trim().toLowerCase();
    if (this.properties) this.properties.model = { ...this.properties.model, date1904: attr === '1' || attr === 'true' };
  }
}

const isHidden = (state: string | undefined) => state === 'hidden' || state === 'veryHidden';

/**
 * Leaves a sheet unread. A sheet exceljs parked in a temporary file (its part came before the
 * shared strings) must still be read to the end: exceljs deletes the file when the next sheet is
 * asked for, and a stream not yet opened would then fail with ENOENT.
 */
async function skipSheet(sheet: StreamSheet): Promise<void> {
  const source = (sheet as { iterator?: unknown }).iterator;
  if (source instanceof Readable) {
    source.resume();
    await finished(source).catch(() => undefined);
  }
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/**
 * Streams a workbook's visible sheets; `choose` names the table a sheet holds (or undefined to
 * skip it, unread). `visibleOrder` lists the visible sheets' names in tab order when known.
 */
async function streamWorkbook(
  path: string,
  problems: ProblemList,
  choose: (sheetName: string, visibleOrder: readonly string[] | undefined) => TableSpec | undefined,
): Promise<RawTable[] | null> {
  const file = basename(path);
  let sha256: string;
  try {
    sha256 = await fileSha256(path);
  } catch {
    problems.error('unreadable-file', 'filen kan ikke læses', { file }, { hint: 'tjek at filen findes og ikke er låst af et andet program' });
    return null;
  }
  const tables: RawTable[] = [];
  let tabOrder: string[] = [];
  try {
    const reader = new WorkbookReader(path, {
      worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
    });
    for await (const sheet of reader) {
      const visibleOrder = reader.model?.sheets?.filter((s) => s !== undefined && !isHidden(s.state)).map((s) => s!.name ?? '');
      const spec = isHidden(sheet.state) ? undefined : choose(sheet.name, visibleOrder);
      if (!spec) {
        await skipSheet(sheet);
        continue;
      }
      const date1904 = reader.properties?.model?.date1904 === true;
      const table = await readSheet(sheet, spec, { file, path, sha256, date1904 }, problems);
      if (table.headers.length > 0) tables.push(table);
      else if (spec.required) {
        problems.error('empty-sheet', `arket ${sheet.name} er tomt`, { file, sheet: sheet.name }, { hint: `skriv overskrifterne ${spec.columns.filter((c) => c.required).map((c) => c.label).join(', ')} og en række pr. ${spec.name.toLowerCase()}` });
      } else {
        problems.note('empty-sheet', `arket ${sheet.name} er tomt og springes over`, { file, sheet: sheet.name });
      }
    }
    tabOrder = (reader.model?.sheets ?? []).map((s) => s?.name ?? '');
  } catch (err) {
    problems.error('unreadable-workbook', 'filen kan ikke læses som Excel-regneark (.xlsx)', { file }, {
      hint: 'gem filen fra Excel som "Excel-projektmappe (*.xlsx)"; det gamle .xls-format kan ikke læses',
      ...(err instanceof Error ? { value: err.message } : {}),
    });
    return null;
  }
  // Sheets arrive in the order of their parts in the zip; hand them on in tab order.
  const position = (t: RawTable) => tabOrder.indexOf(t.sheet!);
  return tables.sort((a, b) => position(a) - position(b));
}

async function readSheet(
  sheet: StreamSheet,
  spec: TableSpec,
  meta: { file: string; path: string; sha256: string; date1904: boolean },
  problems: ProblemList,
): Promise<RawTable> {
  const leading: RawRow[] = [];
  const rows: RawRow[] = [];
  let header: RawRow | undefined;
  const decide = () => {
    const at = pickHeaderRow(leading.map((r) => r.cells), spec);
    if (at >= 0) {
      header = leading[at]!;
      rows.push(...leading.slice(at + 1));
    }
    leading.length = 0;
  };
  for await (const row of sheet) {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      const { text, missingResult } = cellToText(cell.value, cell.numFmt, meta.date1904);
      if (missingResult) {
        problems.warning('formula-without-result', 'formlen har ingen gemt værdi', { file: meta.file, sheet: sheet.name, line: row.number, cell: `${columnLetter(column)}${row.number}` }, {
          hint: 'åbn regnearket i Excel og gem det igen, så formlernes resultater gemmes',
          value: text,
        });
      }
      cells[column - 1] = text;
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = '';
    while (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
    if (cells.length === 0) continue;
    const raw: RawRow = { line: row.number, cells };
    if (header) rows.push(raw);
    else {
      leading.push(raw);
      if (isCompleteHeader(raw.cells, spec) || leading.length >= HEADER_SEARCH_ROWS) decide();
    }
  }
  if (!header) decide();
  const headers = header ? header.cells.map((h) => h.trim()) : [];
  return {
    file: meta.file,
    path: meta.path,
    sheet: sheet.name,
    headerLine: header?.line ?? 1,
    headers,
    rows,
    columnLetters: headers.map((_, i) => columnLetter(i + 1)),
    sha256: meta.sha256,
  };
}

/** One table from a workbook: its first visible sheet. */
export async function readXlsxTable(path: string, spec: TableSpec, problems: ProblemList): Promise<RawTable | null> {
  let taken = false;
  const tables = await streamWorkbook(path, problems, (name, visibleOrder) => {
    if (taken) return undefined;
    if (visibleOrder !== undefined && visibleOrder.length > 0 && visibleOrder[0] !== name) return undefined;
    taken = true;
    return spec;
  });
  if (tables === null) return null;
  if (!taken) {
    problems.error('empty-file', 'regnearket har intet synligt ark', { file: basename(path) }, { hint: 'vis arket med tabellen, eller flyt det forrest' });
    return null;
  }
  return tables[0] ?? null; // none: the sheet was empty (reported)
}

/** Sheet names a workbook may carry besides the tables (the template's explanation sheet). */
const IGNORED_SHEETS = ['om', 'about', 'vejledning'];

/**
 * Every table of a one-workbook project: each visible sheet named like a table (forgiving names,
 * English aliases). Two sheets for one table, and a missing required table, are errors; a visible
 * sheet that names no table gets a note.
 */
export async function readXlsxWorkbook(path: string, problems: ProblemList): Promise<Map<TableKey, RawTable> | null> {
  const file = basename(path);
  const seen = new Map<TableKey, string>();
  const tables = await streamWorkbook(path, problems, (name) => {
    const spec = tableForName(name);
    if (!spec) {
      if (!IGNORED_SHEETS.includes(name.trim().toLowerCase())) {
        problems.note('unknown-sheet', `arket "${name}" svarer ikke til nogen tabel og læses ikke`, { file, sheet: name }, {
          hint: `tabellernes ark hedder ${Object.values(TABLES).map((t) => t.name).join(', ')}`,
        });
      }
      return undefined;
    }
    const previous = seen.get(spec.key);
    if (previous !== undefined) {
      problems.error('duplicate-table', `både arket "${previous}" og arket "${name}" er ${spec.name.toLowerCase()}`, { file, sheet: name }, { hint: 'slet, skjul eller omdøb det ene ark' });
      return undefined;
    }
    seen.set(spec.key, name);
    return spec;
  });
  if (tables === null) return null;
  const byKey = new Map<TableKey, RawTable>();
  for (const t of tables) {
    const spec = tableForName(t.sheet!);
    if (spec) byKey.set(spec.key, t);
  }
  for (const spec of Object.values(TABLES)) {
    if (spec.required && !byKey.has(spec.key)) {
      problems.error('missing-sheet', `arket ${spec.name} mangler i ${file}`, { file }, {
        hint: `tilføj et ark "${spec.name}" med kolonnerne ${spec.columns.filter((c) => c.required).map((c) => c.label).join(', ')} (eller kør "prognose init --xlsx")`,
      });
    }
  }
  return byKey;
}
