/**
 * The workbook renderer: the Forecast as the follow-up workbook a consultant hands on, with the
 * sheets Oversigt, Grafer (native charts, render/workbook/charts-sheet.ts), Flerårsoversigt,
 * Måneder, Dispositioner, Risikosager, Tilgang og afgang, Overgange
 * (render/workbook/horizon-sheets.ts), Afstemning, Aktivitet og pris, Nøgletal
 * (render/workbook/explanation-sheets.ts), with `--compare-with` Ændringer
 * (render/workbook/changes-sheet.ts), Undringssager and Sagsbehandlere
 * (render/workbook/review-sheets.ts), Forudsætninger and Advarsler (render/workbook/*). It only formats: every amount, subtotals included, is the
 * Forecast's; totals are formulas carrying those amounts as cached results.
 * Every workbook, whatever its size, is built and written the same way:
 * - buildWorkbook lays out every sheet in order in a Book (exceljs's Worksheets). A small sheet is
 *   one call here: `writeXSheet(wb.addWorksheet(l.sheets.x), f, l)`, in the place it has in the
 *   file. The Dispositioner sheet(s) hold only their head and subtotal rows; their line rows are a
 *   LineRows (bytes, render/workbook/line-rows.ts), continued on "Dispositioner (2)" … before
 *   Excel's row limit.
 * - writeWorkbook writes it with render/workbook/xlsx-writer.ts: every sheet rendered once to XML,
 *   the line rows spliced in as bytes, into a zip whose entries are dated ctx.fileTime (so a fixed
 *   time gives identical bytes), to a temporary file beside the target renamed into place. Parts
 *   exceljs does not make (native charts and their drawings) come from extraParts below: the one
 *   place for them. buildWorkbook returns them with the line rows.
 * Exports: writeWorkbook, buildWorkbook, BuiltWorkbook, WorkbookLayout, WorkbookOptions, WorkbookContext.
 */
import type ExcelJS from 'exceljs';
import type { Forecast } from '../model/forecast.js';
import { chartLabelsFor } from './workbook/chart-labels.js';
import { chartParts } from './workbook/chart-xml.js';
import { writeChartsSheet, type ChartsSheet } from './workbook/charts-sheet.js';
import { writeAssumptionsSheet } from './workbook/assumptions-sheet.js';
import { Book } from './workbook/book.js';
import { changesLabelsFor } from './workbook/changes-labels.js';
import { writeChangesSheet } from './workbook/changes-sheet.js';
import type { WorkbookContext } from './workbook/context.js';
import { addDispositionSheets } from './workbook/dispositions-sheet.js';
import { writeExplanationSheets } from './workbook/explanation-sheets.js';
import { horizonLabelsFor } from './workbook/horizon-labels.js';
import { writeTransitionsSheet, writeYearsSheet } from './workbook/horizon-sheets.js';
import { writeIntakesSheet } from './workbook/intakes-sheet.js';
import { labelsFor } from './workbook/labels.js';
import { writeMonthsSheet } from './workbook/months-sheet.js';
import { writeOverviewSheet } from './workbook/overview-sheet.js';
import { reviewLabelsFor } from './workbook/review-labels.js';
import { writeReviewSheets } from './workbook/review-sheets.js';
import { writeRiskCasesSheet } from './workbook/risk-cases-sheet.js';
import { writeWarningsSheet } from './workbook/warnings-sheet.js';
import { writeXlsx, type ByteRows, type Extras } from './workbook/xlsx-writer.js';
import { writeFileSafely } from './write-safely.js';

export type { WorkbookContext } from './workbook/context.js';

/** Test settings of the writer: `maxRows` splits the Dispositioner sheet early. */
export interface WorkbookOptions {
  /** The last row a sheet may use (Excel: 1.048.576); smaller in tests. */
  readonly maxRows?: number;
}

/**
 * Parts exceljs does not make, the one place for them (made from the Forecast like the sheets): a
 * native chart is a chart part, a drawing part that places it, the drawing's .rels, and the sheet
 * (by name) that shows the drawing. See Extras in render/workbook/xlsx-writer.ts. The charts of
 * "Grafer" (render/workbook/chart-xml.ts).
 */
function extraParts(charts: ChartsSheet): Extras {
  return chartParts(charts.sheet, charts.charts);
}

export async function writeWorkbook(f: Forecast, path: string, ctx: WorkbookContext, options: WorkbookOptions = {}): Promise<void> {
  const book = new Book();
  const { rows, extras } = buildWorkbook(book, f, ctx, options);
  await writeFileSafely(path, async (temp) => void (await writeXlsx(temp, book, { time: ctx.fileTime, rows, extras, maskCpr: ctx.maskCpr })));
}

/** What buildWorkbook returns besides the sheets: the line rows (bytes) and the extra parts (charts). */
export interface BuiltWorkbook {
  readonly rows: ByteRows[];
  readonly extras: Extras;
}

/** What buildWorkbook lays the sheets out in: a Book, or exceljs's own Workbook (the tests compare with its writer). */
export interface WorkbookLayout {
  creator: string;
  lastModifiedBy: string;
  title: string;
  created: Date;
  modified: Date;
  calcProperties: { fullCalcOnLoad?: boolean };
  addWorksheet(name: string): ExcelJS.Worksheet;
}

/**
 * Lays out every sheet in order in `wb`, with the workbook's properties; returns the Dispositioner
 * line rows, which are not cells but bytes written with the file.
 */
export function buildWorkbook(wb: WorkbookLayout, f: Forecast, ctx: WorkbookContext, options: WorkbookOptions = {}): BuiltWorkbook {
  const l = labelsFor(ctx.lang);
  wb.creator = 'prognose';
  wb.lastModifiedBy = 'prognose';
  wb.title = l.title(f.period.year);
  wb.created = ctx.fileTime;
  wb.modified = ctx.fileTime;
  wb.calcProperties = { fullCalcOnLoad: true };

  const h = horizonLabelsFor(ctx.lang);
  const overview = wb.addWorksheet(l.sheets.overview);
  const cl = chartLabelsFor(ctx.lang);
  const grafer = wb.addWorksheet(cl.sheet);
  const years = wb.addWorksheet(h.sheets.years);
  const months = writeMonthsSheet(wb.addWorksheet(l.sheets.months), f, f.areas, l, ctx.lang);
  const overviewLayout = writeOverviewSheet(overview, f, f.areas, months, l, ctx);
  writeYearsSheet(years, f, l, h, months);
  const lines = addDispositionSheets(wb, f, l, ctx.maskCpr, {
    ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}), review: reviewLabelsFor(ctx.lang), allRows: ctx.allRows === true,
  });
  writeRiskCasesSheet(wb.addWorksheet(l.sheets.riskCases), f, l, ctx.maskCpr);
  writeIntakesSheet(wb.addWorksheet(l.sheets.intakes), f, l);
  writeTransitionsSheet(wb.addWorksheet(h.sheets.transitions), f, l, h, ctx.maskCpr);
  const keyFigures = writeExplanationSheets(wb, f, l, ctx.lang, months);
  if (ctx.comparison) {
    const x = changesLabelsFor(ctx.lang);
    writeChangesSheet(wb.addWorksheet(x.sheet), ctx.comparison, x, ctx.maskCpr);
  }
  writeReviewSheets(wb, f, l, reviewLabelsFor(ctx.lang), ctx.maskCpr);
  writeAssumptionsSheet(wb.addWorksheet(l.sheets.assumptions), f, l, ctx);
  writeWarningsSheet(wb.addWorksheet(l.sheets.warnings), f, l, ctx.lang);
  const charts = writeChartsSheet(grafer, f, l, cl, { months, overview: overviewLayout, keyFigures });
  return { rows: [lines], extras: extraParts(charts) };
}
