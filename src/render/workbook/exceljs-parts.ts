/**
 * The parts of exceljs the writer uses, loaded from its modules rather than from the package's
 * entry point: the in-memory Workbook (the small sheets are built with it), its xlsx renderer (the
 * package parts: content types, relationships, workbook.xml, styles, shared strings, theme,
 * document properties) and the sheet and comment renderers. The entry point would also load the
 * streaming reader and writer, CSV and their dependencies: about 0,4 s more on every run.
 * These are exceljs 4.4's internal modules (package-lock pins the version); the tests that read the
 * workbook back fail if one of them changes.
 *
 * Exports: loadExcelJs, ExcelJsParts, PackageModel, SheetModel, Styles, SharedStrings, XmlStreamLike, Zip.
 */
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

/** The zip an exceljs renderer appends its parts to. */
export interface Zip {
  append(data: string | Buffer, options: { name: string; base64?: boolean }): void;
}

/** exceljs's model of a sheet as it is rendered (the parts used here). */
export interface SheetModel {
  readonly id: number;
  readonly name: string;
  rows: readonly { readonly number: number }[];
  dimensions?: unknown;
  rels?: { Id: string; Type: string; Target: string; TargetMode?: string }[];
  readonly comments: readonly unknown[];
}

/** exceljs's style registry (xl/styles.xml): a cell-format index per style, by content. */
export interface Styles {
  addStyleModel(style: Partial<ExcelJS.Style> | undefined, type?: number): number;
  /** Styles it has seen, by object. */
  readonly weakMap: WeakMap<object, number>;
}

/** exceljs's shared-string table (xl/sharedStrings.xml). */
export interface SharedStrings {
  add(text: string): number;
  readonly model: { count: number };
}

/** exceljs's model of the workbook as its xlsx renderer prepares it. */
export interface PackageModel {
  readonly worksheets: SheetModel[];
  readonly properties: { date1904?: boolean };
  readonly media: unknown[];
  styles: Styles;
  sharedStrings: SharedStrings;
  useSharedStrings?: boolean;
  useStyles?: boolean;
  creator?: string;
  lastModifiedBy?: string;
  created?: Date;
  modified?: Date;
  drawings?: unknown[];
  commentRefs?: unknown[];
  tables?: unknown[];
}

export interface XmlStreamLike {
  readonly xml: string;
}

interface Renderer<M> {
  render(xmlStream: XmlStreamLike, model: M): void;
}

interface Preparer<M, O> {
  prepare(model: M, options: O): void;
}

/** exceljs's xlsx renderer: each method appends its part(s) to the zip. */
interface XlsxRenderer {
  addContentTypes(zip: Zip, model: PackageModel): Promise<void>;
  addOfficeRels(zip: Zip, model: PackageModel): Promise<void>;
  addWorkbookRels(zip: Zip, model: PackageModel): Promise<void>;
  addSharedStrings(zip: Zip, model: PackageModel): Promise<void>;
  addDrawings(zip: Zip, model: PackageModel): void;
  addTables(zip: Zip, model: PackageModel): void;
  addThemes(zip: Zip, model: PackageModel): Promise<void>;
  addStyles(zip: Zip, model: PackageModel): Promise<void>;
  addMedia(zip: Zip, model: PackageModel): Promise<void>;
  addApp(zip: Zip, model: PackageModel): Promise<void>;
  addCore(zip: Zip, model: PackageModel): Promise<void>;
  addWorkbook(zip: Zip, model: PackageModel): Promise<void>;
}

export interface ExcelJsParts {
  readonly Workbook: new () => ExcelJS.Workbook;
  readonly XLSX: new (wb: ExcelJS.Workbook) => XlsxRenderer;
  readonly XmlStream: new () => XmlStreamLike;
  readonly WorksheetXform: new () => Renderer<SheetModel> & Preparer<SheetModel, object> & { readonly map: { readonly sheetData: { readonly childXform: Renderer<SheetModel['rows'][number]> } } };
  readonly WorkbookXform: new () => { prepare(model: PackageModel): void };
  readonly StylesXform: new (initialise: boolean) => Styles;
  readonly SharedStringsXform: new () => SharedStrings;
  readonly RelationshipsXform: new () => Renderer<SheetModel['rels']>;
  readonly CommentsXform: new () => Renderer<SheetModel>;
  readonly VmlNotesXform: new () => Renderer<SheetModel>;
  readonly ValueType: typeof ExcelJS.ValueType;
}

let parts: ExcelJsParts | undefined;

export function loadExcelJs(): ExcelJsParts {
  if (parts) return parts;
  const require = createRequire(import.meta.url);
  const lib = (path: string): unknown => require(`exceljs/lib/${path}`);
  parts = {
    Workbook: lib('doc/workbook.js') as ExcelJsParts['Workbook'],
    XLSX: lib('xlsx/xlsx.js') as ExcelJsParts['XLSX'],
    XmlStream: lib('utils/xml-stream.js') as ExcelJsParts['XmlStream'],
    WorksheetXform: lib('xlsx/xform/sheet/worksheet-xform.js') as ExcelJsParts['WorksheetXform'],
    WorkbookXform: lib('xlsx/xform/book/workbook-xform.js') as ExcelJsParts['WorkbookXform'],
    StylesXform: lib('xlsx/xform/style/styles-xform.js') as ExcelJsParts['StylesXform'],
    SharedStringsXform: lib('xlsx/xform/strings/shared-strings-xform.js') as ExcelJsParts['SharedStringsXform'],
    RelationshipsXform: lib('xlsx/xform/core/relationships-xform.js') as ExcelJsParts['RelationshipsXform'],
    CommentsXform: lib('xlsx/xform/comment/comments-xform.js') as ExcelJsParts['CommentsXform'],
    VmlNotesXform: lib('xlsx/xform/comment/vml-notes-xform.js') as ExcelJsParts['VmlNotesXform'],
    ValueType: (lib('doc/enums.js') as { ValueType: typeof ExcelJS.ValueType }).ValueType,
  };
  return parts;
}
