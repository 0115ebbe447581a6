/**
 * The parts of exceljs the writer uses, loaded from its modules rather than from the package's
 * entry point: the in-memory Workbook (the small sheets are built with it), its xlsx renderer (the
 * package parts: content types, relationships, workbook.xml, styles, shared strings, theme,
 * document properties) and the sheet and comment renderers. The entry point would also load the
 * streaming reader and writer, CSV and their dependencies: about 0,4 s more on every run.
 * These are exceljs 4.4's internal modules (package-lock pins the version); the tests that read the
 * workbook back fail if one of them changes.
 *
 * Exports: loadExcelJs, ExcelJsParts, PackageModel, SheetModel, XmlStreamLike, Zip.
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
  readonly rows: readonly { readonly number: number }[];
  dimensions?: unknown;
  rels?: { Id: string; Type: string; Target: string; TargetMode?: string }[];
  readonly comments: readonly unknown[];
}

/** exceljs's model of the workbook as its xlsx renderer prepares it. */
export interface PackageModel {
  readonly worksheets: SheetModel[];
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, type?: number): number };
  sharedStrings: { add(text: string): number; model: { count: number } };
}

export interface XmlStreamLike {
  readonly xml: string;
}

interface Renderer<M> {
  render(xmlStream: XmlStreamLike, model: M): void;
}

/** exceljs's xlsx renderer: each method appends its part(s) to the zip. */
interface XlsxRenderer {
  prepareModel(model: PackageModel, options: object): void;
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
  readonly WorksheetXform: new () => Renderer<SheetModel>;
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
    RelationshipsXform: lib('xlsx/xform/core/relationships-xform.js') as ExcelJsParts['RelationshipsXform'],
    CommentsXform: lib('xlsx/xform/comment/comments-xform.js') as ExcelJsParts['CommentsXform'],
    VmlNotesXform: lib('xlsx/xform/comment/vml-notes-xform.js') as ExcelJsParts['VmlNotesXform'],
    ValueType: (lib('doc/enums.js') as { ValueType: typeof ExcelJS.ValueType }).ValueType,
  };
  return parts;
}
