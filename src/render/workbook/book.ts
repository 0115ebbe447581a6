/**
 * The in-memory workbook the sheets are laid out in before they are written (xlsx-writer.ts): the
 * part of exceljs's Workbook the writer needs, around exceljs's own Worksheet class, so the small
 * sheets are built with the exceljs API as ever. exceljs's Workbook itself would also load its
 * xlsx reader and writer, CSV and JSZip. Its model is exceljs's workbook model, so exceljs can
 * load it too (the tests compare with exceljs's own writer: `wb.model = book.model`).
 *
 * Exports: Book.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJs, type PackageModel } from './exceljs-parts.js';

export class Book {
  creator = '';
  lastModifiedBy = '';
  title = '';
  subject = '';
  description = '';
  keywords = '';
  category = '';
  company = '';
  /** docProps/app.xml gets a <Manager> only when this is set. */
  manager: string | undefined = undefined;
  created = new Date();
  modified = this.created;
  calcProperties: { fullCalcOnLoad?: boolean } = {};
  /** By id (exceljs's Worksheet looks its siblings up here, for unique names); index 0 unused. */
  readonly _worksheets: (ExcelJS.Worksheet | undefined)[] = [];
  /** Names of cells and ranges (exceljs's Cell keeps them here). */
  readonly definedNames: { readonly model: unknown[] };

  constructor() {
    this.definedNames = new (loadExcelJs().DefinedNames)();
  }

  /** A new sheet after the others. */
  addWorksheet(name: string): ExcelJS.Worksheet {
    const id = Math.max(1, this._worksheets.length);
    const ws = new (loadExcelJs().Worksheet)({ id, name, orderNo: id, workbook: this });
    this._worksheets[id] = ws;
    return ws;
  }

  get worksheets(): ExcelJS.Worksheet[] {
    return this._worksheets.filter((ws): ws is ExcelJS.Worksheet => ws !== undefined);
  }

  /** exceljs's workbook model (doc/workbook.js `get model`), with each sheet's model. */
  get model(): PackageModel {
    const worksheets = this.worksheets.map((ws) => ws.model);
    return {
      creator: this.creator || 'Unknown',
      lastModifiedBy: this.lastModifiedBy || 'Unknown',
      created: this.created,
      modified: this.modified,
      properties: {},
      worksheets,
      sheets: worksheets,
      definedNames: this.definedNames.model,
      views: [],
      company: this.company,
      manager: this.manager,
      title: this.title,
      subject: this.subject,
      keywords: this.keywords,
      category: this.category,
      description: this.description,
      media: [],
      calcProperties: this.calcProperties,
    } as unknown as PackageModel;
  }
}
