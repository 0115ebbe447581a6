/**
 * The xlsx reader: workbook → RawTable(s) of text cells, the same as read/csv.ts hands on, with the
 * sheet and column letters set so problems point at `Dispositioner!E17`. Parts are taken from the
 * zip's directory (read/zip.ts) and parsed by exceljs's streaming parsers, one sheet at a time,
 * row by row, so memory stays bounded; hidden sheets and sheets no table needs are never read.
 *
 * Cells become the text the shared conventions (read/conventions.ts) parse:
 * - numbers → plain decimal text ("1234567.89"), rounded to 15 significant digits as Excel shows
 *   them (so a stored 0.30000000000000004 is "0.3"); never in exponent form; a number in a
 *   percent-formatted cell is shown as Excel shows it, "2.8 %" for a stored 0.028 (the decimal
 *   point moved exactly, no float multiplication), so a typed 2,8 % is 2,8 % for a probability
 *   and for a price change alike;
 * - dates (typed date cells, and numeric formula results in date-formatted cells) → "yyyy-mm-dd",
 *   from UTC fields or serial arithmetic in the workbook's 1900 or 1904 date system;
 * - formulas → their cached result (a formula without one is reported);
 * - rich text → its plain text; errors (#I/T, #VÆRDI!) → the error text, so a used cell fails;
 * - merged cells hold their value in the top-left cell only, so a merged title is a one-cell row.
 * Title rows above the header are skipped (read/header-row.ts); empty rows and empty trailing
 * cells are dropped.
 *
 * Exports: readXlsxTable (one table: the first visible sheet), readXlsxWorkbook (every sheet
 * named like a table), cellToText, serialToDate, isDateFormat, isPercentFormat, columnLetter, isWorkbookFile,
 * isoDateCellsAsText, utf8Text.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { fromDayNumber, dayNumber, type CivilDate } from '../model/civil-date.js';
import { Money } from '../model/money.js';
import type { ProblemList } from '../model/problem.js';
import { HEADER_SEARCH_ROWS, isCompleteHeader, pickHeaderRow } from './header-row.js';
import { ArrayRow, type RawRow, type RawTable } from './raw-table.js';
import { tableForName, TABLES, type TableKey, type TableSpec } from '../model/table-schema.js';
import { openZipEntry, readZipDirectory, readZipEntry } from './zip.js';

export { isWorkbookFile } from './workbook-file.js';

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

/** A number format that shows a percent (a % outside quotes, brackets and escapes). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
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

/**
 * A formula cell's value with its cached result: exceljs's `value` leaves out a result that is 0,
 * FALSK or "" (they are falsy), so a formula that came to 0 would look unsaved; `result` has it.
 */
function withResult(cell: StreamCell): unknown {
  const v = cell.value;
  if (v === null || typeof v !== 'object' || !('formula' in v || 'sharedFormula' in v) || 'result' in v) return v;
  return cell.result === undefined ? v : { ...v, result: cell.result };
}

/** Text of a cell value as exceljs's streaming reader gives it. `missingResult` is set for a formula without a cached value. */
export function cellToText(value: unknown, numFmt: string | undefined, date1904: boolean): { text: string; missingResult?: boolean } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { text: '' }; // an empty <v/>
    if (isDateFormat(numFmt)) {
      const d = serialToDate(value, date1904);
      return { text: d ? isoDate(d) : numberText(value) };
    }
    if (isPercentFormat(numFmt) && Number.isFinite(value)) return { text: `${new Money(value.toPrecision(15)).times(100).toFixed()} %` };
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
      if (typeof result === 'number' && Number.isNaN(result)) return { text: '#FEJL' }; // the streaming parser's error result (t="e")
      return cellToText(result, numFmt, date1904);
    }
    if ('error' in v) return { text: String(v['error']) };
    if ('text' in v) return cellToText(v['text'], numFmt, date1904);
  }
  return { text: String(value) };
}

interface StreamCell {
  readonly value: unknown;
  /** A formula's cached result; `value` drops a falsy one (0, FALSK, ""): exceljs's _copyModel. */
  readonly result?: unknown;
  readonly type?: number;
  readonly numFmt?: string;
}
interface StreamRow {
  readonly number: number;
  eachCell(callback: (cell: StreamCell, column: number) => void): void;
}
interface StreamSheet extends AsyncIterable<StreamRow> {
  name: string;
  state?: string;
}

/**
 * The parts of exceljs's streaming reader used here. Its own `parse()` walks the zip front to back
 * with unzipper and, racing, can drop a part (a sheet, or workbook.xml) now and then (exceljs
 * issues #2790, #3064); so the parts are taken from read/zip.ts in a fixed order and handed to
 * its parsers: relations, workbook, shared strings, styles, then each sheet as it is read.
 */
interface ExcelStreamReader {
  workbookRels?: { Id?: string; Target?: string }[];
  model?: { sheets?: ({ name?: string; state?: string; rId?: string } | undefined)[] };
  properties?: { model?: { date1904?: boolean } };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<{ value: StreamSheet }>;
}

/**
 * Bytes → text, decoding UTF-8 across chunk boundaries. exceljs decodes each chunk on its own, so
 * an æ, ø or å split between two chunks of a large part would come out as two U+FFFD.
 */
export async function* utf8Text(bytes: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of bytes) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * Sheet XML with ISO date cells (`t="d"`, written by some tools, not by Excel or LibreOffice) made
 * text cells, so their "2026-10-01T00:00:00" reaches the date convention as text; exceljs would
 * take the number in front of the first dash (2026) as a date serial. Tags are rewritten only up
 * to the last complete `>` of what has arrived, so a tag split between chunks is never missed.
 */
export async function* isoDateCellsAsText(xml: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of utf8Text(xml)) {
    const text = carry + chunk;
    const cut = text.lastIndexOf('>') + 1;
    carry = text.slice(cut);
    if (cut > 0) yield text.slice(0, cut).replace(/(<c\b[^>]*?\s)t=(["'])d\2/g, '$1t=$2str$2');
  }
  if (carry !== '') yield carry;
}

const isHidden = (state: string | undefined) => state === 'hidden' || state === 'veryHidden';

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** The zip part a relation target of xl/workbook.xml names ("worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml"). */
function partName(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts: string[] = ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/**
 * Reads a workbook's visible worksheets in tab order; `choose` names the table a sheet holds (or
 * undefined to leave it unread).
 */
async function streamWorkbook(
  path: string,
  problems: ProblemList,
  choose: (sheetName: string) => TableSpec | undefined,
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
  try {
    const parts = await readZipDirectory(path);
    const part = (name: string) => {
      const entry = parts.get(name);
      if (!entry) throw new Error(`regnearket mangler delen ${name}`);
      return entry;
    };
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
    }) as unknown as ExcelStreamReader;
    await reader._parseRels(Readable.from([await readZipEntry(path, part('xl/_rels/workbook.xml.rels'))]));
    const workbookXml = await readZipEntry(path, part('xl/workbook.xml'));
    await reader._parseWorkbook(Readable.from([workbookXml]));
    // exceljs takes only date1904="1" for the 1904 system, but the attribute is an xsd:boolean and
    // LibreOffice writes date1904="true"; read as 1900 dates, every date would be 4 years early.
    const date1904Attr = /<(?:\w+:)?workbookPr\b[^>]*?\bdate1904\s*=\s*["']([^"']*)["']/.exec(workbookXml.toString('utf8'))?.[1]?.trim().toLowerCase();
    const date1904 = date1904Attr === '1' || date1904Attr === 'true';
    if (reader.properties) reader.properties.model = { ...reader.properties.model, date1904 };
    const shared = parts.get('xl/sharedStrings.xml');
    if (shared) for await (const _ of reader._parseSharedStrings(Readable.from(utf8Text(await openZipEntry(path, shared))))) void _;
    const styles = parts.get('xl/styles.xml');
    if (styles) await reader._parseStyles(Readable.from([await readZipEntry(path, styles)]));

    const sheets = (reader.model?.sheets ?? []).filter((s): s is { name?: string; state?: string; rId?: string } => s !== undefined);
    for (const [index, info] of sheets.entries()) {
      if (isHidden(info.state)) continue;
      const name = info.name ?? '';
      const target = reader.workbookRels?.find((r) => r.Id === info.rId)?.Target;
      if (target === undefined || !/worksheets\//.test(target)) continue; // e.g. a chart sheet
      const spec = choose(name);
      if (!spec) continue;
      const stream = await openZipEntry(path, part(partName(target)));
      const sheet = [...reader._parseWorksheet(isoDateCellsAsText(stream), String(index + 1))][0]!.value;
      sheet.name = name;
      const table = await readSheet(sheet, spec, { file, path, sha256, date1904 }, problems);
      if (table.headers.length > 0) tables.push(table);
      else if (spec.required) {
        problems.error('empty-sheet', `arket ${name} er tomt`, { file, sheet: name }, { hint: `skriv overskrifterne ${spec.columns.filter((c) => c.required).map((c) => c.label).join(', ')} og en række pr. ${spec.name.toLowerCase()}` });
      } else {
        problems.note('empty-sheet', `arket ${name} er tomt og springes over`, { file, sheet: name });
      }
    }
  } catch (err) {
    problems.error('unreadable-workbook', 'filen kan ikke læses som Excel-regneark (.xlsx)', { file }, {
      hint: 'gem filen fra Excel som "Excel-projektmappe (*.xlsx)"; det gamle .xls-format kan ikke læses',
      ...(err instanceof Error ? { value: err.message } : {}),
    });
    return null;
  }
  return tables;
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
      const { text, missingResult } = cellToText(withResult(cell), cell.numFmt, meta.date1904);
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
    const raw: RawRow = new ArrayRow(row.number, cells);
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
  const tables = await streamWorkbook(path, problems, () => {
    if (taken) return undefined;
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
