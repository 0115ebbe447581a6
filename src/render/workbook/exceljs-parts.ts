/**
 * The parts of exceljs the writer uses, loaded from its modules rather than from the package's
 * entry point: the Worksheet (the small sheets are built with it, in a Book), and the renderers of
 * the sheets, comments and package parts (content types, relationships, workbook.xml, styles,
 * shared strings, theme, document properties). The entry point, or its Workbook, would also load
 * the reader, the streaming writer, CSV and JSZip: 0,1-0,4 s more on every run.
 * These are exceljs 4.4's internal modules (package-lock pins the version); the tests that read the
 * workbook back fail if one of them changes.
 *
 * Exports: loadExcelJs, PackageModel, SheetModel, Relationship.
 */
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

/** exceljs's model of a sheet as it is rendered (the parts used here). */
export interface SheetModel {
  readonly id: number;
  readonly name: string;
  rows: readonly { readonly number: number }[];
  dimensions?: unknown;
  rels?: Relationship[];
  rId?: string;
  readonly comments: readonly unknown[];
}

/** exceljs's style registry (xl/styles.xml): a cell-format index per style, by content. */
interface Styles {
  addStyleModel(style: Partial<ExcelJS.Style> | undefined, type?: number): number;
  /** Styles it has seen, by object. */
  readonly weakMap: WeakMap<object, number>;
  /** xl/styles.xml. */
  readonly xml: string;
}

/** exceljs's shared-string table (xl/sharedStrings.xml). */
interface SharedStrings {
  add(text: string): number;
  readonly model: { count: number };
  /** References counted. */
  readonly count: number;
  /** xl/sharedStrings.xml. */
  readonly xml: string;
}

/** exceljs's model of the workbook as its xlsx renderer prepares it. */
export interface PackageModel {
  readonly worksheets: SheetModel[];
  readonly properties: { date1904?: boolean };
  readonly media: unknown[];
  styles: Styles;
  sharedStrings: SharedStrings;
  readonly sheets: SheetModel[];
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

interface XmlStreamLike {
  readonly xml: string;
}

interface Renderer<M> {
  render(xmlStream: XmlStreamLike, model: M): void;
}

interface Preparer<M, O> {
  prepare(model: M, options: O): void;
}

export type Relationship = { Id: string; Type: string; Target: string; TargetMode?: string };

interface ExcelJsParts {
  readonly Worksheet: new (options: { id: number; name: string; orderNo: number; workbook: object }) => ExcelJS.Worksheet;
  readonly DefinedNames: new () => { readonly model: unknown[] };
  readonly XmlStream: new () => XmlStreamLike;
  readonly WorksheetXform: new () => Renderer<SheetModel> & Preparer<SheetModel, object> & { readonly map: { readonly sheetData: { readonly childXform: Renderer<SheetModel['rows'][number]> } } };
  readonly WorkbookXform: new () => { prepare(model: PackageModel): void };
  readonly StylesXform: new (initialise: boolean) => Styles;
  readonly SharedStringsXform: new () => SharedStrings;
  readonly RelationshipsXform: new () => Renderer<Relationship[]>;
  readonly ContentTypesXform: new () => Renderer<PackageModel>;
  readonly AppXform: new () => Renderer<PackageModel>;
  readonly CoreXform: new () => Renderer<PackageModel>;
  readonly WorkbookRenderer: new () => Renderer<PackageModel>;
  /** Relationship types by name (Styles, Theme, SharedStrings, Worksheet, OfficeDocument …). */
  readonly RelType: Readonly<Record<string, string>>;
  /** xl/theme/theme1.xml as exceljs writes it. */
  readonly theme1: string;
  readonly CommentsXform: new () => Renderer<SheetModel>;
  readonly VmlNotesXform: new () => Renderer<SheetModel>;
  readonly ValueType: typeof ExcelJS.ValueType;
  /** exceljs's escaping of XML text and attribute values. */
  readonly xmlEncode: (text: string) => string;
  /** exceljs's Excel serial of a Date. */
  readonly dateToExcel: (d: Date, date1904?: boolean) => number;
}

let parts: ExcelJsParts | undefined;

export function loadExcelJs(): ExcelJsParts {
  if (parts) return parts;
  const require = createRequire(import.meta.url);
  const lib = (path: string): unknown => require(`exceljs/lib/${path}`);
  const workbookXform = lib('xlsx/xform/book/workbook-xform.js') as ExcelJsParts['WorkbookXform'] & ExcelJsParts['WorkbookRenderer'];
  parts = {
    Worksheet: lib('doc/worksheet.js') as ExcelJsParts['Worksheet'],
    DefinedNames: lib('doc/defined-names.js') as ExcelJsParts['DefinedNames'],
    XmlStream: lib('utils/xml-stream.js') as ExcelJsParts['XmlStream'],
    WorksheetXform: lib('xlsx/xform/sheet/worksheet-xform.js') as ExcelJsParts['WorksheetXform'],
    WorkbookXform: workbookXform,
    WorkbookRenderer: workbookXform,
    StylesXform: lib('xlsx/xform/style/styles-xform.js') as ExcelJsParts['StylesXform'],
    SharedStringsXform: lib('xlsx/xform/strings/shared-strings-xform.js') as ExcelJsParts['SharedStringsXform'],
    RelationshipsXform: lib('xlsx/xform/core/relationships-xform.js') as ExcelJsParts['RelationshipsXform'],
    ContentTypesXform: lib('xlsx/xform/core/content-types-xform.js') as ExcelJsParts['ContentTypesXform'],
    AppXform: lib('xlsx/xform/core/app-xform.js') as ExcelJsParts['AppXform'],
    CoreXform: lib('xlsx/xform/core/core-xform.js') as ExcelJsParts['CoreXform'],
    RelType: lib('xlsx/rel-type.js') as ExcelJsParts['RelType'],
    theme1: lib('xlsx/xml/theme1.js') as string,
    CommentsXform: lib('xlsx/xform/comment/comments-xform.js') as ExcelJsParts['CommentsXform'],
    VmlNotesXform: lib('xlsx/xform/comment/vml-notes-xform.js') as ExcelJsParts['VmlNotesXform'],
    ValueType: (lib('doc/enums.js') as { ValueType: typeof ExcelJS.ValueType }).ValueType,
    xmlEncode: (lib('utils/utils.js') as { xmlEncode: ExcelJsParts['xmlEncode'] }).xmlEncode,
    dateToExcel: (lib('utils/utils.js') as { dateToExcel: ExcelJsParts['dateToExcel'] }).dateToExcel,
  };
  return parts;
}
