/**
 * The workbook renderer: the Forecast as the follow-up workbook a consultant hands on, with the
 * sheets Oversigt, Måneder, Dispositioner, Risikosager, Tilgang og afgang, Afstemning, Aktivitet
 * og pris, Nøgletal (render/workbook/explanation-sheets.ts), Undringssager and Sagsbehandlere
 * (render/workbook/review-sheets.ts), Forudsætninger and Advarsler
 * (render/workbook/*). It only formats: every amount, subtotals included, is the
 * Forecast's; totals are formulas carrying those amounts as cached results.
 * Every workbook, whatever its size, is written by one writer, as a stream
 * (render/workbook/streamed.ts): the small sheets are built here in memory and copied into it, the
 * Dispositioner sheet is written row by row and continued on further sheets before Excel's row
 * limit. The file's metadata and zip timestamps are ctx.fileTime, so a fixed time gives identical
 * bytes; it is written to a temporary file beside the target and renamed into place.
 * Exports: writeWorkbook, WorkbookOptions, WorkbookContext, buildSmallSheets (for the test of the copy).
 */
import ExcelJS from 'exceljs';
import type { Forecast } from '../model/forecast.js';
import { writeAssumptionsSheet } from './workbook/assumptions-sheet.js';
import type { WorkbookContext } from './workbook/context.js';
import { writeExplanationSheets } from './workbook/explanation-sheets.js';
import { writeIntakesSheet } from './workbook/intakes-sheet.js';
import { labelsFor } from './workbook/labels.js';
import { writeMonthsSheet } from './workbook/months-sheet.js';
import { writeOverviewSheet } from './workbook/overview-sheet.js';
import { reviewLabelsFor } from './workbook/review-labels.js';
import { writeReviewSheets } from './workbook/review-sheets.js';
import { writeRiskCasesSheet } from './workbook/risk-cases-sheet.js';
import { writeStreamedWorkbook, type StreamOptions } from './workbook/streamed.js';
import { writeWarningsSheet } from './workbook/warnings-sheet.js';
import { writeFileSafely } from './write-safely.js';

export type { WorkbookContext } from './workbook/context.js';

/** Test settings of the writer: `maxRows` splits the Dispositioner sheet early. */
export type WorkbookOptions = StreamOptions;

/** The Dispositioner sheets come after this many of the small sheets (Oversigt, Måneder). */
const DISPOSITIONS_AFTER = 2;

export async function writeWorkbook(f: Forecast, path: string, ctx: WorkbookContext, options: WorkbookOptions = {}): Promise<void> {
  const small = buildSmallSheets(f, ctx);
  await writeFileSafely(path, (temp) => writeStreamedWorkbook(f, small, DISPOSITIONS_AFTER, temp, ctx, labelsFor(ctx.lang), options));
}

/** Every sheet but Dispositioner, in memory and in order, with the workbook's properties. */
export function buildSmallSheets(f: Forecast, ctx: WorkbookContext): ExcelJS.Workbook {
  const l = labelsFor(ctx.lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'prognose';
  wb.lastModifiedBy = 'prognose';
  wb.title = l.title(f.period.year);
  wb.created = ctx.fileTime;
  wb.modified = ctx.fileTime;
  wb.calcProperties = { fullCalcOnLoad: true };

  const overview = wb.addWorksheet(l.sheets.overview);
  const monthsWs = wb.addWorksheet(l.sheets.months);
  const months = writeMonthsSheet(monthsWs, f, f.areas, l);
  writeOverviewSheet(overview, f, f.areas, months, l, ctx);
  writeRiskCasesSheet(wb.addWorksheet(l.sheets.riskCases), f, l, ctx.maskCpr);
  writeIntakesSheet(wb.addWorksheet(l.sheets.intakes), f, l);
  writeExplanationSheets(wb, f, l, ctx.lang, months);
  writeReviewSheets(wb, f, l, reviewLabelsFor(ctx.lang), ctx.maskCpr);
  writeAssumptionsSheet(wb.addWorksheet(l.sheets.assumptions), f, l, ctx);
  writeWarningsSheet(wb.addWorksheet(l.sheets.warnings), f, l);
  return wb;
}
