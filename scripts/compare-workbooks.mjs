#!/usr/bin/env node
// Compares two workbooks as a reader sees them: both are read with exceljs (the in-memory reader)
// and compared cell by cell, so two writers that lay out the file differently (zip, XML, style and
// string indexes) compare equal exactly when every reader-visible fact is the same:
// - the workbook: sheet order, names and states, document properties (title, subject, creator,
//   last modified by, created, modified, keywords, category, description, company, manager),
//   calculation properties (fullCalcOnLoad), workbook views, defined names (print titles, print
//   areas), the 1904 flag;
// - each sheet: properties, views (frozen panes), page set-up with margins and print titles,
//   header/footer, autofilter, merges, data validations, conditional formats, row and column
//   counts, every column (width, hidden, outline, style) and every row (height, hidden, outline,
//   style);
// - every cell of every row: type, value (a date as its instant), formula, cached result (a
//   cached 0 or "" included), shared-formula master, and its whole style (number format, font,
//   fill, border, alignment, protection).
//   node scripts/compare-workbooks.mjs a.xlsx b.xlsx [--max 20]
// Prints "compare-workbooks: no difference …" and exits 0, or lists the first differences and exits 1.
// exceljs's reader drops the calculation properties and turns print titles into page set-up, so
// xl/workbook.xml's <calcPr> and <definedNames> are also compared as written (uses dist/: build first).
// Large workbooks need memory: node --max-old-space-size=8192 scripts/compare-workbooks.mjs …
import ExcelJS from 'exceljs';
import { readZipDirectory, readZipEntry } from '../dist/read/zip.js';

const args = process.argv.slice(2);
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--max');
const maxAt = args.indexOf('--max');
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 20;
if (files.length !== 2) {
  console.error('usage: node scripts/compare-workbooks.mjs a.xlsx b.xlsx [--max 20]');
  process.exit(2);
}

/** A value as comparable, order-independent JSON: keys sorted, undefined dropped, dates as ISO text. */
function canon(value) {
  if (value instanceof Date) return { date: Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString() };
  if (Array.isArray(value)) return value.map(canon);
  if (value && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      const v = value[key];
      if (v !== undefined && typeof v !== 'function') out[key] = canon(v);
    }
    return out;
  }
  if (typeof value === 'number' && Object.is(value, -0)) return 0;
  return value;
}
const text = (value) => JSON.stringify(canon(value));

const differences = [];
let compared = { sheets: 0, rows: 0, cells: 0 };
function same(where, a, b) {
  const ta = text(a);
  const tb = text(b);
  if (ta === tb) return true;
  differences.push(`${where}: ${ta?.slice(0, 300)} ≠ ${tb?.slice(0, 300)}`);
  return false;
}

async function load(path) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function workbookFacts(wb) {
  return {
    sheets: wb.worksheets.map((ws) => ({ name: ws.name, state: ws.state })),
    title: wb.title, subject: wb.subject, creator: wb.creator, lastModifiedBy: wb.lastModifiedBy,
    created: wb.created, modified: wb.modified, lastPrinted: wb.lastPrinted, keywords: wb.keywords, category: wb.category,
    description: wb.description, company: wb.company, manager: wb.manager, language: wb.language, revision: wb.revision,
    contentStatus: wb.contentStatus, properties: wb.properties, calcProperties: wb.calcProperties, views: wb.views,
    definedNames: wb.definedNames.model,
  };
}

function sheetFacts(ws) {
  const model = ws.model;
  return {
    properties: ws.properties, views: ws.views, pageSetup: ws.pageSetup, headerFooter: ws.headerFooter,
    autoFilter: ws.autoFilter, merges: [...(model.merges ?? [])].sort(), dataValidations: model.dataValidations,
    conditionalFormattings: model.conditionalFormattings, rowCount: ws.rowCount, actualRowCount: ws.actualRowCount,
    columnCount: ws.columnCount, actualColumnCount: ws.actualColumnCount,
  };
}

function columnFacts(column) {
  return { width: column.width, hidden: column.hidden, outlineLevel: column.outlineLevel, collapsed: column.collapsed, style: column.style };
}

function rowFacts(row) {
  return { height: row.height, hidden: row.hidden, outlineLevel: row.outlineLevel, collapsed: row.collapsed, style: row.style, cellCount: row.cellCount };
}

function cellFacts(cell) {
  const isFormula = cell.type === ExcelJS.ValueType.Formula;
  return {
    type: cell.type,
    value: isFormula ? undefined : cell.value,
    formula: isFormula ? cell.formula : undefined,
    // cell.result, not cell.value.result: the value drops a cached 0 or "".
    result: isFormula ? cell.result : undefined,
    sharedFormula: isFormula ? cell.value.sharedFormula : undefined,
    master: cell.isMerged ? cell.master.address : undefined,
    style: cell.style,
  };
}

/** What exceljs's reader does not keep of xl/workbook.xml: <calcPr> and <definedNames>, as written. */
async function workbookXml(path) {
  const entries = await readZipDirectory(path);
  const xml = (await readZipEntry(path, entries.get('xl/workbook.xml'))).toString('utf8');
  return { calcPr: /<calcPr\b[^>]*>/.exec(xml)?.[0] ?? null, definedNames: /<definedNames>.*?<\/definedNames>/s.exec(xml)?.[0] ?? null };
}

const [a, b] = await Promise.all(files.map(load));
same('workbook', workbookFacts(a), workbookFacts(b));
same('xl/workbook.xml', await workbookXml(files[0]), await workbookXml(files[1]));
// Sheets in order (a difference in names or order is reported above).
for (const [i, wsA] of a.worksheets.entries()) {
  const wsB = b.worksheets[i];
  if (!wsB) continue;
  compared.sheets++;
  const where = `'${wsA.name}'`;
  same(`${where} set-up`, sheetFacts(wsA), sheetFacts(wsB));
  // Every column that has a cell or a definition (a width set beyond the last cell included).
  const columns = Math.max(wsA.columnCount, wsB.columnCount, wsA.columns?.length ?? 0, wsB.columns?.length ?? 0);
  for (let c = 1; c <= columns; c++) same(`${where} column ${c}`, columnFacts(wsA.getColumn(c)), columnFacts(wsB.getColumn(c)));
  const rows = Math.max(wsA.rowCount, wsB.rowCount);
  for (let r = 1; r <= rows && differences.length < max; r++) {
    // getRow: a row that is not there reads as an empty one (no cells, no height, no style).
    const rowA = wsA.getRow(r);
    const rowB = wsB.getRow(r);
    compared.rows++;
    same(`${where} row ${r}`, rowFacts(rowA), rowFacts(rowB));
    const cells = Math.max(rowA.cellCount, rowB.cellCount);
    for (let c = 1; c <= cells; c++) {
      compared.cells++;
      same(`${where}!${rowA.getCell(c).address}`, cellFacts(rowA.getCell(c)), cellFacts(rowB.getCell(c)));
    }
  }
}

if (differences.length === 0) {
  console.log(`compare-workbooks: no difference (${compared.sheets} sheets, ${compared.rows} rows, ${compared.cells} cells compared) between ${files[0]} and ${files[1]}`);
} else {
  console.log(`compare-workbooks: ${differences.length >= max ? `at least ${max}` : differences.length} differences between ${files[0]} and ${files[1]}:`);
  for (const d of differences.slice(0, max)) console.log(`  ${d}`);
  process.exitCode = 1;
}
