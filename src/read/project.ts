/**
 * Reads an input folder into Inputs: finds each table's file (names case-insensitive, Danish or
 * English; CSV or .xlsx), reads it with the reader for its format and converts the rows. An .xlsx
 * path instead of a folder is a one-workbook project: a sheet per table (read/xlsx.ts). Rows whose
 * first non-empty cell starts with `#` are comments (the template's example rows) and are skipped.
 * Collects every problem; never throws for bad input (the problems carry it), only for I/O faults. Spreadsheets
 * in formats that cannot be read (.xls, .ods) named like a table are never skipped silently: an
 * error without a CSV/.xlsx for that table, a warning beside one.
 *
 * Exports: readProject, findTableFiles, convertTable, convertRawTables, ReadResult, ReadOptions,
 * ReadProgress.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, basename } from 'node:path';
import { NO_EXTRA_COLUMNS } from '../model/extra-columns.js';
import type { Inputs } from '../model/inputs.js';
import { ProblemList } from '../model/problem.js';
import type { SourceFile } from '../model/source.js';
import { checkRowCells, checkTableShape } from './cell-check.js';
import { extraColumnsOf } from './extra-columns.js';
import { readCsvFile } from './csv.js';
import { forEachRow, isCommentRow, type RawTable } from './raw-table.js';
import { CellMemo } from './cell-memo.js';
import { RowCells } from './row-cells.js';
import { TABLES, tableForName, type TableKey, type TableSpec } from '../model/table-schema.js';
import { matchColumns } from './match-columns.js';
import { toActual } from './tables/actuals.js';
import { toDisposition } from './tables/dispositions.js';
import { toIntake } from './tables/intakes.js';
import { toMeasure } from './tables/measures.js';
import { toPriceChange } from './tables/price-changes.js';
import { toRiskCase } from './tables/risk-cases.js';
import { toTransition } from './tables/transitions.js';
import { isWorkbookFile } from './workbook-file.js';

/** The xlsx reader, loaded only when a workbook is read (exceljs takes about half a second to load). */
const xlsxReader = (): Promise<typeof import('./xlsx.js')> => import('./xlsx.js');

const TABLE_EXTENSIONS = ['.csv', '.txt', '.xlsx', '.xlsm'];
const UNREADABLE_SPREADSHEETS = ['.xls', '.ods', '.numbers'];

/** The file for each table in a folder. Two files for one table is an error. */
export async function findTableFiles(folder: string, problems: ProblemList): Promise<Map<TableKey, string>> {
  const found = new Map<TableKey, string>();
  const otherWorkbooks: string[] = [];
  const unreadable: { key: TableKey; entry: string }[] = [];
  for (const entry of (await readdir(folder)).sort()) {
    const ext = extname(entry).toLowerCase();
    const unreadableSpec = UNREADABLE_SPREADSHEETS.includes(ext) ? tableForName(basename(entry, extname(entry))) : undefined;
    if (unreadableSpec) unreadable.push({ key: unreadableSpec.key, entry });
    if (!TABLE_EXTENSIONS.includes(ext) || entry.startsWith('~$')) continue; // ~$x.xlsx: Excel's lock file
    const spec = tableForName(basename(entry, extname(entry)));
    if (!spec) {
      if (isWorkbookFile(entry)) otherWorkbooks.push(entry);
      continue;
    }
    const previous = found.get(spec.key);
    if (previous !== undefined) {
      problems.error('duplicate-table', `både ${basename(previous)} og ${entry} er ${spec.name.toLowerCase()}`, { file: entry }, { hint: 'fjern eller omdøb den ene fil' });
      continue;
    }
    found.set(spec.key, join(folder, entry));
  }
  for (const { key, entry } of unreadable) {
    const used = found.get(key);
    if (used !== undefined) {
      problems.warning('spreadsheet-ignored', `${entry} ignoreres; ${basename(used)} bruges`, { file: entry }, { hint: 'tjek at den brugte fil er gemt fra den nyeste udgave af regnearket' });
    } else {
      problems.error('unsupported-format', `${extname(entry).toLowerCase()}-filer kan ikke læses`, { file: entry }, { hint: 'gem arket som "Excel-projektmappe (*.xlsx)" eller CSV (semikolonsepareret) med samme navn' });
    }
  }
  for (const spec of Object.values(TABLES)) {
    if (spec.required && !found.has(spec.key) && !unreadable.some((u) => u.key === spec.key)) {
      problems.error('missing-file', `filen ${spec.name.toLowerCase()}.csv (eller .xlsx) mangler i ${folder}`, { file: `${spec.name.toLowerCase()}.csv` }, {
        hint: otherWorkbooks.length > 0
          ? `er tabellerne ark i ${otherWorkbooks[0]}? Så angiv projektmappen: prognose forecast ${join(folder, otherWorkbooks[0]!)}`
          : `opret ${spec.name.toLowerCase()}.csv med kolonnerne ${spec.columns.filter((c) => c.required).map((c) => c.label).join(', ')} (eller kør "prognose init")`,
      });
    }
  }
  return found;
}

/** Rows converted so far in one table, for a progress display. */
export type ReadProgress = (file: string, done: number, total: number) => void;

export interface ReadOptions {
  /** Called now and then while rows are converted. */
  readonly onProgress?: ReadProgress;
}

const PROGRESS_EVERY = 16_384;

/**
 * Converts a raw table's rows with the table's row converter; failed rows are dropped (their
 * problems are recorded). `total` is the table's data row count (dataRowCount), for progress.
 */
export function convertTable<T>(raw: RawTable, spec: TableSpec, convert: (cells: RowCells) => T | undefined, problems: ProblemList, total: number, onProgress?: ReadProgress): T[] {
  if (!checkTableShape(raw, spec, problems)) return [];
  const columns = matchColumns(raw, spec, problems);
  if (!columns) return [];
  const out: T[] = [];
  const memo = new CellMemo();
  let cells: RowCells | undefined;
  // A table that keeps its extra columns has their cells checked too (read/extra-columns.ts).
  const kept = extraColumnsOf(raw, spec).indexes;
  const read = kept.length === 0 ? undefined : [...new Set([...columns.values(), ...kept])];
  let done = 0;
  forEachRow(raw, (rawRow) => {
    if (isCommentRow(rawRow)) return;
    const row = checkRowCells(raw, columns, rawRow, problems, read);
    if (row === undefined) return;
    // One RowCells for the table, moved from row to row (a converter reads its row and keeps only values).
    cells = cells === undefined ? new RowCells(raw, spec, columns, row, problems, memo) : cells.moveTo(row);
    const value = convert(cells);
    if (value !== undefined) out.push(value);
    if (++done % PROGRESS_EVERY === 0) onProgress?.(raw.file, done, total);
  });
  return out;
}

/** Rows that are not comments (read/raw-table.ts isCommentRow). */
function dataRowCount(raw: RawTable): number {
  let n = 0;
  forEachRow(raw, (row) => {
    if (!isCommentRow(row)) n++;
  });
  return n;
}

export interface ReadResult {
  readonly inputs: Inputs;
  readonly problems: ProblemList;
}

/** Reads everything; never throws for bad input (problems carry it), only for I/O faults. */
export async function readProject(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const problems = new ProblemList();
  const empty: Inputs = { measures: [], dispositions: [], dispositionExtras: NO_EXTRA_COLUMNS, actuals: [], riskCases: [], intakes: [], transitions: [], priceChanges: [], sources: [] };
  let info;
  try {
    info = await stat(path);
  } catch {
    problems.error('missing-input', `input findes ikke: ${path}`, undefined, { hint: 'angiv mappen med foranstaltninger.csv m.fl.' });
    return { inputs: empty, problems };
  }
  if (info.isFile() && isWorkbookFile(path)) {
    const raws = await (await xlsxReader()).readXlsxWorkbook(path, problems);
    return { inputs: raws ? convertRawTables(raws, problems) : empty, problems };
  }
  if (!info.isDirectory()) {
    problems.error('unsupported-input', `${path} er hverken en mappe eller et regneark (.xlsx)`, undefined, { hint: 'angiv mappen med foranstaltninger.csv m.fl., eller en projektmappe model.xlsx med et ark pr. tabel' });
    return { inputs: empty, problems };
  }
  const files = await findTableFiles(path, problems);
  const raws = new Map<TableKey, RawTable>();
  for (const [key, file] of files) {
    options.onProgress?.(basename(file), 0, 0);
    const raw = isWorkbookFile(file) ? await (await xlsxReader()).readXlsxTable(file, TABLES[key], problems) : await readCsvFile(file, problems);
    if (raw) raws.set(key, raw);
  }
  return { inputs: convertRawTables(raws, problems, options.onProgress), problems };
}

export function convertRawTables(raws: ReadonlyMap<TableKey, RawTable>, problems: ProblemList, onProgress?: ReadProgress): Inputs {
  // Each table's data rows are counted once: for the sources and for progress.
  const counts = new Map([...raws].map(([key, raw]) => [key, dataRowCount(raw)] as const));
  const table = <T>(key: TableKey, convert: (cells: RowCells) => T | undefined): T[] => {
    const raw = raws.get(key);
    return raw ? convertTable(raw, TABLES[key], convert, problems, counts.get(key)!, onProgress) : [];
  };
  const sources: SourceFile[] = [...raws.entries()].map(([key, raw]) => ({
    table: TABLES[key].name, file: raw.file, path: raw.path, ...(raw.sheet !== undefined ? { sheet: raw.sheet } : {}), rows: counts.get(key)!, sha256: raw.sha256,
  }));
  const measuresRaw = raws.get('measures');
  if (measuresRaw && measuresRaw.headers.length > 0 && counts.get('measures') === 0) {
    const spec = TABLES.measures;
    problems.error('no-measures', `${spec.name.toLowerCase()} har ingen rækker endnu`, { file: measuresRaw.file, ...(measuresRaw.sheet !== undefined ? { sheet: measuresRaw.sheet } : {}) }, {
      hint: `udfyld en række pr. foranstaltning med ${spec.columns.filter((c) => c.required).map((c) => c.label).join(', ')}; rækker hvis første udfyldte celle begynder med # er eksempler og læses ikke`,
    });
  }
  const dispositionsRaw = raws.get('dispositions');
  return {
    measures: table('measures', toMeasure),
    dispositions: table('dispositions', toDisposition),
    dispositionExtras: dispositionsRaw ? extraColumnsOf(dispositionsRaw, TABLES.dispositions).columns : NO_EXTRA_COLUMNS,
    actuals: table('actuals', toActual),
    riskCases: table('riskCases', toRiskCase),
    intakes: table('intakes', toIntake),
    transitions: table('transitions', toTransition),
    priceChanges: table('priceChanges', toPriceChange),
    sources,
  };
}
