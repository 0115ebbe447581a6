/**
 * The workbook renderer: the Forecast as the follow-up workbook a consultant hands on, with the
 * sheets Oversigt, Flerårsoversigt, Måneder, Dispositioner, Risikosager, Tilgang og afgang,
 * Overgange (render/workbook/horizon-sheets.ts), Afstemning, Aktivitet og pris, Nøgletal
 * (render/workbook/explanation-sheets.ts), Forudsætninger and Advarsler (render/workbook/*). It only formats: every amount, subtotals included, is the
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
import { horizonLabelsFor } from './workbook/horizon-labels.js';
import { writeTransitionsSheet, writeYearsSheet } from './workbook/horizon-sheets.js';
import { writeIntakesSheet } from './workbook/intakes-sheet.js';
import { labelsFor } from './workbook/labels.js';
import { writeMonthsSheet } from './workbook/months-sheet.js';
import { writeOverviewSheet } from './workbook/overview-sheet.js';
import { writeRiskCasesSheet } from './workbook/risk-cases-sheet.js';
import { writeStreamedWorkbook, type StreamOptions } from './workbook/streamed.js';
import { writeWarningsSheet } from './workbook/warnings-sheet.js';
import { writeFileSafely } from './write-safely.js';

export type { WorkbookContext } from './workbook/context.js';

/** Test settings of the writer: `maxRows` splits the Dispositioner sheet early. */
export type WorkbookOptions = StreamOptions;

/** The Dispositioner sheets come after this many of the small sheets (Oversigt, Flerårsoversigt, Måneder). */
const DISPOSITIONS_AFTER = 3;

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

  const h = horizonLabelsFor(ctx.lang);
  const overview = wb.addWorksheet(l.sheets.overview);
  const years = wb.addWorksheet(h.sheets.years);
  const monthsWs = wb.addWorksheet(l.sheets.months);
  const months = writeMonthsSheet(monthsWs, f, f.areas, l, ctx.lang);
  writeOverviewSheet(overview, f, f.areas, months, l, ctx);
  writeYearsSheet(years, f, l, h, months);
  writeRiskCasesSheet(wb.addWorksheet(l.sheets.riskCases), f, l, ctx.maskCpr);
  writeIntakesSheet(wb.addWorksheet(l.sheets.intakes), f, l);
  writeTransitionsSheet(wb.addWorksheet(h.sheets.transitions), f, l, h, ctx.maskCpr);
  writeExplanationSheets(wb, f, l, ctx.lang, months);
  writeAssumptionsSheet(wb.addWorksheet(l.sheets.assumptions), f, l, ctx);
  writeWarningsSheet(wb.addWorksheet(l.sheets.warnings), f, l);
  return wb;
}
