/**
 * The one writer of the workbook file. It takes a Book (book.ts: every sheet in order, exceljs
 * Worksheets, the small ones whole, the large ones holding only their head and subtotal rows) and
 * writes the .xlsx package front to back into a zip (zip/writer.ts):
 * - each sheet is rendered once to XML as exceljs renders it: its frame by exceljs's sheet
 *   renderer, its rows by rowXml (exceljs's row renderer character for character, for the cells
 *   we write; exceljs's own for any other), a batch at a time into the sheet's part. The package
 *   parts (content types, relationships, workbook.xml with print titles and fullCalcOnLoad,
 *   styles, shared strings, theme, document properties) come from exceljs's own renderers, in the
 *   order exceljs writes them;
 * - the bulk of a large sheet is not cells but `ByteRows`: runs of rows that write themselves as
 *   bytes into the sheet's part (a ByteSink), spliced in at their row numbers. They register their
 *   cell styles and shared strings first, so styles.xml and sharedStrings.xml, written after the
 *   sheets, hold them too;
 * - every zip entry is dated `time` as it is written (nothing is read back), so a fixed time gives
 *   identical bytes.
 * Extra parts: `extras.parts` are added to the package (a text part through the same edge as every
 * text: workbookText) and listed in [Content_Types].xml
 * (charts, drawings and their relationship parts), and `extras.drawings` gives a sheet (by name) a
 * drawing part: a relationship and its <drawing> element. A sheet printed in column groups
 * (layout.ts printSetup) gets its <colBreaks>, which exceljs does not write. That is the one place for parts exceljs
 * does not make (native charts; test/workbook-writer.test.ts adds one). exceljs's own images and
 * tables are not written (an Error says so); cell notes are, as exceljs writes them.
 *
 * Exports: writeXlsx, XlsxOptions, RowCounts, ByteRows, ByteRun, Registry, ExtraPart, Extras, workbookText.
 */
import { maskCprsInText } from '../../model/cpr.js';
import { col, columnBreaksOf } from './layout.js';
import { ZipWriter } from '../../zip/writer.js';
import type ExcelJS from 'exceljs';
import { ByteSink } from './byte-sink.js';
import type { Book } from './book.js';
import { loadExcelJs, type PackageModel, type Relationship, type SheetModel } from './exceljs-parts.js';

/** Where large rows register the styles and shared strings they use. */
export interface Registry {
  /** The cell-format index of a style, for a value of this type (exceljs's rules: a date gets a date format). */
  styleId(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number;
  /** The index of a shared string (one reference counted). */
  sharedString(text: string): number;
  /** Counts more references to shared strings (sharedStrings.xml states the total). */
  countSharedStrings(n: number): void;
  /** The edge every text of the workbook passes (see XlsxOptions.maskCpr): rows written as bytes call it for text they write inline. */
  text(text: string): string;
}

/** Consecutive rows of one sheet written as bytes. */
export interface ByteRun {
  readonly firstRow: number;
  readonly rowCount: number;
  /** Writes <row r="…">…</row> for each of its rows, in order, into the sheet's part. */
  write(sink: ByteSink): Promise<void>;
}

/** Rows written as bytes, on one or more sheets. */
export interface ByteRows {
  /** The last column its rows use (for the sheet's dimension). */
  readonly lastCol: number;
  /** Called once, before any part is written. */
  prepare(registry: Registry): void;
  /** Its runs on the sheet with this id (exceljs's worksheet.id), in row order. */
  runsOn(sheetId: number): readonly ByteRun[];
}

export interface ExtraPart {
  /** The part's path in the package, e.g. "xl/charts/chart1.xml". */
  readonly name: string;
  /** Its content type; a relationship part (.rels) needs none. */
  readonly contentType?: string;
  readonly data: string | Uint8Array;
}

export interface Extras {
  readonly parts?: readonly ExtraPart[];
  /** Sheet name → the drawing part (among `parts`, under xl/) shown on that sheet. */
  readonly drawings?: ReadonlyMap<string, string>;
}

export interface XlsxOptions {
  /** Every zip entry's date. */
  readonly time: Date;
  readonly rows?: readonly ByteRows[];
  readonly extras?: Extras;
  /** Tests: render every cell row with exceljs's row renderer, not rowXml (the bytes must be the same). */
  readonly exceljsRows?: boolean;
  /**
   * Every text cell (shared strings, rich text, the text byte rows write inline) passes one edge:
   * U+FFFE and U+FFFF, which XML cannot hold, are dropped always; with maskCpr every CPR in it is
   * masked by model/cpr.ts's one mask (`--mask-cpr`), on every sheet.
   */
  readonly maskCpr?: boolean;
}

/** Characters no XML document may hold (control characters are dropped by the XML escaping). */
const NOT_XML = /[\uFFFE\uFFFF]/g;

/** The edge of every text in the workbook (XlsxOptions.maskCpr). */
export function workbookText(maskCpr: boolean): (text: string) => string {
  const clean = (text: string): string => (text.indexOf('\uFFFE') < 0 && text.indexOf('\uFFFF') < 0 ? text : text.replace(NOT_XML, ''));
  return maskCpr ? (text) => maskCprsInText(clean(text)) : clean;
}

/** How many cell rows (not byte rows) rowXml rendered, and how many exceljs's row renderer. */
export interface RowCounts {
  own: number;
  exceljs: number;
}

const DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
/** What follows <drawing> in a sheet, as exceljs orders it (the schema's order). */
const AFTER_DRAWING = ['<picture', '<tableParts', '<extLst', '<legacyDrawing', '</worksheet>'];

/**
 * Writes `book` to `path` (a new file). The book is used up: its cells are let go once its model
 * is taken.
 */
export async function writeXlsx(path: string, book: Book, options: XlsxOptions): Promise<RowCounts> {
  const { XmlStream, ContentTypesXform, RelationshipsXform, AppXform, CoreXform, WorkbookRenderer, RelType, theme1 } = loadExcelJs();
  const rows = options.rows ?? [];
  const extras = options.extras ?? {};
  const render = <M>(xform: { render(s: InstanceType<typeof XmlStream>, m: M): void }, m: M): string => {
    const stream = new XmlStream();
    xform.render(stream, m);
    return stream.xml;
  };
  const counts: RowCounts = { own: 0, exceljs: 0 };
  const zip = ZipWriter.create(path, options.time);
  try {
    // Column groups (layout.ts printSetup) by sheet id: exceljs writes no <colBreaks>.
    const colBreaks = new Map(book.worksheets.map((ws) => [ws.id, columnBreaksOf(ws)] as const).filter(([, b]) => b.length > 0));
    const model = book.model;
    // The model holds what is written; the cells themselves can go (a million-row run has 140.000).
    for (const ws of book.worksheets) (ws as unknown as { _rows: unknown[] })._rows = [];
    const text = workbookText(options.maskCpr === true);
    prepareModel(model, text);
    const registry: Registry = {
      styleId: (style, type) => model.styles.addStyleModel(style, type),
      sharedString: (s) => model.sharedStrings.add(s),
      countSharedStrings: (n) => void (model.sharedStrings.model.count += n),
      text,
    };
    for (const r of rows) r.prepare(registry);
    if (model.media.length > 0 || (model.drawings ?? []).length > 0 || (model.tables ?? []).length > 0) {
      throw new Error('the workbook writer writes no exceljs images or tables (a chart goes in Extras)');
    }

    // The parts exceljs's xlsx.js write() makes, in its order, the sheets in the middle.
    const hasStrings = (): boolean => model.sharedStrings.count > 0;
    zip.add('[Content_Types].xml', withContentTypes(render(new ContentTypesXform(), model), extras.parts ?? []));
    zip.add('_rels/.rels', render(new RelationshipsXform(), [
      { Id: 'rId1', Type: RelType.OfficeDocument!, Target: 'xl/workbook.xml' },
      { Id: 'rId2', Type: RelType.CoreProperties!, Target: 'docProps/core.xml' },
      { Id: 'rId3', Type: RelType.ExtenderProperties!, Target: 'docProps/app.xml' },
    ]));
    const workbookRels: Relationship[] = [
      { Id: 'rId1', Type: RelType.Styles!, Target: 'styles.xml' },
      { Id: 'rId2', Type: RelType.Theme!, Target: 'theme/theme1.xml' },
    ];
    if (hasStrings()) workbookRels.push({ Id: 'rId3', Type: RelType.SharedStrings!, Target: 'sharedStrings.xml' });
    for (const ws of model.worksheets) {
      ws.rId = `rId${workbookRels.length + 1}`;
      workbookRels.push({ Id: ws.rId, Type: RelType.Worksheet!, Target: `worksheets/sheet${ws.id}.xml` });
    }
    zip.add('xl/_rels/workbook.xml.rels', render(new RelationshipsXform(), workbookRels));
    await addWorksheets(zip, model, rows, extras.drawings ?? new Map(), colBreaks, options.exceljsRows ?? false, counts);
    if (hasStrings()) zip.add('xl/sharedStrings.xml', model.sharedStrings.xml);
    zip.add('xl/theme/theme1.xml', theme1);
    zip.add('xl/styles.xml', model.styles.xml);
    zip.add('docProps/app.xml', render(new AppXform(), model));
    zip.add('docProps/core.xml', render(new CoreXform(), model));
    zip.add('xl/workbook.xml', render(new WorkbookRenderer(), model));
    // Extra parts (charts hold measure names and cached texts) pass the same edge as every text.
    for (const p of extras.parts ?? []) zip.add(p.name, typeof p.data === 'string' ? text(p.data) : p.data);
    zip.finish();
  } finally {
    zip.close();
  }
  return counts;
}

/**
 * exceljs's prepareModel (xlsx.js), with one change: its style registry remembers each style by
 * its parts, not only by object. exceljs renders a cell's style to XML to find its index, for every
 * cell (most of the time of the small sheets); a style whose parts (number format, and font, fill,
 * border, alignment and protection by identity, else by content) were seen before now costs a
 * lookup. Same indexes: a style it has seen as an object keeps exceljs's answer.
 */
function prepareModel(model: PackageModel, text: (text: string) => string): void {
  const { StylesXform, SharedStringsXform, WorkbookXform, WorksheetXform } = loadExcelJs();
  model.creator ||= 'ExcelJS';
  model.lastModifiedBy ||= 'ExcelJS';
  model.created ||= new Date();
  model.modified ||= new Date();
  model.useSharedStrings = true;
  model.useStyles = true;
  model.sharedStrings = new SharedStringsXform();
  // The one edge for text cells: every string and rich text run goes through `text` on its way in.
  // exceljs's add takes rich text too ({ richText }), though its type here says string.
  const add = model.sharedStrings.add.bind(model.sharedStrings) as (value: unknown) => number;
  type Run = { text?: unknown };
  (model.sharedStrings as { add: (value: unknown) => number }).add = (value: unknown) => {
    if (typeof value === 'string') return add(text(value));
    const runs = (value as { richText?: Run[] } | null)?.richText;
    if (Array.isArray(runs)) return add({ ...(value as object), richText: runs.map((r) => (typeof r.text === 'string' ? { ...r, text: text(r.text) } : r)) });
    return add(value);
  };
  const styles = new StylesXform(true);
  const byObject = styles.addStyleModel.bind(styles);
  // A style's parts (the fonts and fills of layout.ts are shared objects) by identity, then by
  // content. The parts index a tree of maps: no text is built for a style seen before.
  type Node = Map<unknown, Node | number>;
  const byParts: Node = new Map();
  const byContent = new Map<string, number>();
  const child = (node: Node, key: unknown): Node => {
    let next = node.get(key) as Node | undefined;
    if (next === undefined) node.set(key, (next = new Map()));
    return next;
  };
  styles.addStyleModel = (style, type) => {
    if (!style || styles.weakMap.has(style)) return byObject(style, type);
    // What exceljs's addStyleModel reads: the type (for a style without numFmt) and these six.
    const { numFmt, font, fill, border, alignment, protection } = style;
    const leaf = child(child(child(child(child(child(byParts, type), numFmt), font), fill), border), alignment);
    let id = leaf.get(protection) as number | undefined;
    if (id === undefined) {
      const content = `${type ?? ''}${JSON.stringify([numFmt, font, fill, border, alignment, protection])}`;
      id = byContent.get(content);
      if (id === undefined) byContent.set(content, (id = byObject(style, type)));
      leaf.set(protection, id);
    }
    styles.weakMap.set(style, id);
    return id;
  };
  model.styles = styles;
  new WorkbookXform().prepare(model);
  const options = { sharedStrings: model.sharedStrings, styles, date1904: model.properties.date1904, drawingsCount: 0, media: model.media, drawings: (model.drawings = []), commentRefs: (model.commentRefs = []) };
  const tables: { target?: string; id?: number }[] = (model.tables = []);
  const sheet = new WorksheetXform();
  for (const ws of model.worksheets) {
    for (const table of (ws as unknown as { tables: { target?: string; id?: number }[] }).tables) {
      tables.push(table);
      table.target = `table${tables.length}.xml`;
      table.id = tables.length;
    }
    // A formula's text result (t="str", e.g. a name Grafer takes from Oversigt) is text of the workbook too.
    for (const row of (ws as unknown as { rows: { cells: { result?: unknown }[] }[] }).rows) {
      for (const cell of row.cells) if (typeof cell.result === 'string') cell.result = text(cell.result);
    }
    sheet.prepare(ws, options);
  }
}

function withContentTypes(xml: string, parts: readonly ExtraPart[]): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const overrides = parts.filter((p) => p.contentType).map((p) => `<Override PartName="/${escape(p.name)}" ContentType="${escape(p.contentType!)}"/>`);
  return overrides.length === 0 ? xml : xml.replace('</Types>', `${overrides.join('')}</Types>`);
}

/** Rows of a small sheet rendered into one string at a time (bounds the garbage of a large one). */
const ROWS_PER_BATCH = 500;
/** A sheet with at most this many rendered rows and no byte rows is deflated whole. */
const SMALL_SHEET_ROWS = 2000;

type RowModel = SheetModel['rows'][number];

/**
 * exceljs's addWorksheets (xlsx.js), sheet by sheet: the sheet's XML as exceljs renders it, with
 * the byte rows spliced in and the drawings of `extras`. The cell rows are rendered a batch at a
 * time into the sheet's part, and the sheet's model is let go once written.
 */
async function addWorksheets(zip: ZipWriter, model: PackageModel, rows: readonly ByteRows[], drawings: ReadonlyMap<string, string>, colBreaks: ReadonlyMap<number, readonly number[]>, exceljsRows: boolean, counts: RowCounts): Promise<void> {
  const { XmlStream, WorksheetXform, RelationshipsXform, CommentsXform, VmlNotesXform } = loadExcelJs();
  const sheetXform = new WorksheetXform();
  const rowXform = sheetXform.map.sheetData.childXform;
  const render = <M>(xform: { render(s: InstanceType<typeof XmlStream>, m: M): void }, m: M): string => {
    const stream = new XmlStream();
    xform.render(stream, m);
    return stream.xml;
  };
  const renderRows = (list: readonly RowModel[]): string => {
    let xml = '';
    for (const row of list) {
      const own = exceljsRows ? null : rowXml(row);
      if (own !== null) {
        counts.own++;
        xml += own;
      } else {
        counts.exceljs++;
        const stream = new XmlStream();
        rowXform.render(stream, row);
        xml += stream.xml;
      }
    }
    return xml;
  };
  for (const ws of model.worksheets) {
    const runs = rows.flatMap((r) => r.runsOn(ws.id).map((run) => ({ run, lastCol: r.lastCol }))).sort((a, b) => a.run.firstRow - b.run.firstRow);
    if (runs.length > 0) ws.dimensions = dimensions(ws, runs);
    const drawing = drawings.get(ws.name);
    let drawingId: string | undefined;
    if (drawing !== undefined) {
      if (!drawing.startsWith('xl/')) throw new Error(`a drawing part lies under xl/: ${drawing}`);
      ws.rels ??= [];
      drawingId = `rId${ws.rels.length + 1}`;
      ws.rels.push({ Id: drawingId, Type: DRAWING, Target: `../${drawing.slice(3)}` });
    }
    // The sheet without its rows (their place: between <sheetData> and </sheetData>), then the rows.
    const cellRows = ws.rows;
    ws.rows = [];
    let frame = render(sheetXform, ws).replace('<sheetData/>', '<sheetData></sheetData>');
    const breaks = colBreaks.get(ws.id) ?? [];
    if (drawingId !== undefined || breaks.length > 0) {
      // <colBreaks> then <drawing>, both where <drawing> goes (after <rowBreaks>, the schema's order).
      const at = Math.min(...['<drawing', ...AFTER_DRAWING].map((tag) => frame.indexOf(tag)).filter((i) => i >= 0));
      const brk = breaks.length === 0 ? '' : `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join('')}</colBreaks>`;
      frame = `${frame.slice(0, at)}${brk}${drawingId !== undefined ? `<drawing r:id="${drawingId}"/>` : ''}${frame.slice(at)}`;
    }
    const cut = frame.indexOf('</sheetData>');
    if (cut < 0) throw new Error(`${ws.name}: no <sheetData> in the rendered sheet`);
    const name = `xl/worksheets/sheet${ws.id}.xml`;
    if (runs.length === 0 && cellRows.length <= SMALL_SHEET_ROWS) zip.add(name, frame.slice(0, cut) + renderRows(cellRows) + frame.slice(cut));
    else await writeRows(zip, name, ws.name, frame, cut, cellRows, runs.map((r) => r.run), renderRows);

    if (ws.rels && ws.rels.length > 0) zip.add(`xl/worksheets/_rels/sheet${ws.id}.xml.rels`, render(new RelationshipsXform(), ws.rels));
    if (ws.comments.length > 0) {
      zip.add(`xl/comments${ws.id}.xml`, render(new CommentsXform(), ws));
      zip.add(`xl/drawings/vmlDrawing${ws.id}.vml`, render(new VmlNotesXform(), ws));
    }
  }
}

/** The sheet's used range with its byte rows: from the rendered cells' top left to the last run row and column. */
function dimensions(ws: SheetModel, runs: readonly { run: ByteRun; lastCol: number }[]): string {
  const range = (ws.dimensions ?? {}) as { top?: number; left?: number; bottom?: number; right?: number };
  const last = runs[runs.length - 1]!.run;
  const top = Math.min(range.top || Infinity, runs[0]!.run.firstRow);
  const left = Math.min(range.left || Infinity, 1);
  const bottom = Math.max(range.bottom || 0, last.firstRow + last.rowCount - 1);
  const right = Math.max(range.right || 0, ...runs.map((r) => r.lastCol));
  return `${col(left)}${top}:${col(right)}${bottom}`;
}

/**
 * A sheet streamed into its part: the frame up to </sheetData>, the cell rows (rendered a batch at
 * a time) and the byte runs in row order, the rest of the frame. A run may not overlap a cell row.
 */
async function writeRows(zip: ZipWriter, name: string, sheet: string, frame: string, cut: number, cellRows: readonly RowModel[], runs: readonly ByteRun[], renderRows: (rows: readonly RowModel[]) => string): Promise<void> {
  const part = zip.stream(name);
  const sink = new ByteSink((chunk, consumed) => part.write(chunk, consumed));
  await sink.string(frame.slice(0, cut));
  let k = 0;
  /** Cell rows k … below `before`, in batches. */
  const rowsBefore = async (before: number): Promise<void> => {
    while (k < cellRows.length && cellRows[k]!.number < before) {
      let end = k;
      while (end < cellRows.length && end - k < ROWS_PER_BATCH && cellRows[end]!.number < before) end++;
      await sink.string(renderRows(cellRows.slice(k, end)));
      k = end;
    }
  };
  for (const run of runs) {
    const last = run.firstRow + run.rowCount - 1;
    await rowsBefore(run.firstRow);
    if (k < cellRows.length && cellRows[k]!.number <= last) throw new Error(`${sheet}: row ${cellRows[k]!.number} is both a cell row and in a run of rows ${run.firstRow}-${last}`);
    await run.write(sink);
  }
  await rowsBefore(Infinity);
  await sink.string(frame.slice(cut));
  await sink.flush();
  await part.end();
}

/** exceljs's cell model as prepared for rendering (xform/sheet/cell-xform.js). */
interface CellModel {
  readonly address: string;
  readonly type: number;
  readonly styleId?: number;
  readonly value?: unknown;
  readonly ssId?: number;
  readonly date1904?: boolean;
  readonly formula?: string;
  readonly result?: unknown;
  readonly shareType?: string;
  readonly si?: number;
}

interface FullRowModel {
  readonly number: number;
  readonly cells: readonly CellModel[];
  readonly height?: number;
  readonly hidden?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly styleId?: number;
  readonly outlineLevel?: number;
  readonly collapsed?: boolean;
}

/**
 * A row as exceljs's RowXform and CellXform render it, character for character, without building
 * its XML piece by piece (exceljs's XmlStream costs about ten times as much); null when the row
 * has a cell this does not render (rich text, hyperlinks, booleans, errors, shared formulas …):
 * exceljs renders that row. A test writes the workbook both ways and compares the bytes.
 */
function rowXml(model: RowModel): string | null {
  const row = model as unknown as FullRowModel;
  const { ValueType, xmlEncode, dateToExcel } = loadExcelJs();
  let cells = '';
  for (const c of row.cells) {
    if (c.type === ValueType.Null && !c.styleId) continue;
    const open = c.styleId ? `<c r="${c.address}" s="${c.styleId}"` : `<c r="${c.address}"`;
    switch (c.type) {
      case ValueType.Null:
      case ValueType.Merge:
        cells += `${open}/>`;
        break;
      case ValueType.Number:
        cells += `${open}><v>${xmlEncode(String(c.value))}</v></c>`;
        break;
      case ValueType.String:
        if (c.ssId === undefined) return null;
        cells += `${open} t="s"><v>${c.ssId}</v></c>`;
        break;
      case ValueType.Date:
        cells += `${open}><v>${xmlEncode(String(dateToExcel(c.value as Date, c.date1904)))}</v></c>`;
        break;
      case ValueType.Formula: {
        if (c.shareType !== undefined || c.si !== undefined || !c.formula) return null;
        const f = `<f>${xmlEncode(c.formula)}</f>`;
        const r = c.result;
        if (r === null || r === undefined) cells += `${open}>${f}</c>`;
        else if (typeof r === 'string') cells += `${open} t="str">${f}<v>${xmlEncode(r)}</v></c>`;
        else if (typeof r === 'number') cells += `${open}>${f}<v>${xmlEncode(String(r))}</v></c>`;
        else return null;
        break;
      }
      default:
        return null;
    }
  }
  let x = `<row r="${row.number}"`;
  if (row.height) x += ` ht="${xmlEncode(String(row.height))}" customHeight="1"`;
  if (row.hidden) x += ' hidden="1"';
  if (row.min! > 0 && row.max! > 0 && row.min! <= row.max!) x += ` spans="${row.min}:${row.max}"`;
  if (row.styleId) x += ` s="${row.styleId}" customFormat="1"`;
  x += ' x14ac:dyDescent="0.25"';
  if (row.outlineLevel) x += ` outlineLevel="${row.outlineLevel}"`;
  if (row.collapsed) x += ' collapsed="1"';
  return cells === '' ? `${x}/>` : `${x}>${cells}</row>`;
}
