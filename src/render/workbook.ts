/**
 * The workbook renderer: the Forecast as the follow-up workbook a consultant hands on, with the
 * sheets Oversigt, Måneder, Dispositioner, Risikosager, Tilgang og afgang, Afstemning, Aktivitet
 * og pris, Nøgletal (render/workbook/explanation-sheets.ts), Forudsætninger and Advarsler
 * (render/workbook/*). It only formats: every amount is the engine's (Forecast and
 * forecast/breakdown.ts); totals are formulas carrying those amounts as cached results.
 * The file's metadata and zip timestamps are ctx.fileTime, so a fixed time gives identical bytes;
 * it is written to a temporary file beside the target and renamed into place. Runs with more than
 * STREAM_FROM_LINES disposition lines are streamed (render/workbook/streamed.ts): same sheets, the
 * Dispositioner sheet continued on further sheets before Excel's row limit.
 * Exports: writeWorkbook, workbookBuffer, WorkbookContext, STREAM_FROM_LINES.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Forecast } from '../model/forecast.js';
import { writeAssumptionsSheet } from './workbook/assumptions-sheet.js';
import type { WorkbookContext } from './workbook/context.js';
import { writeDispositionsSheet } from './workbook/dispositions-sheet.js';
import { writeExplanationSheets } from './workbook/explanation-sheets.js';
import { writeIntakesSheet } from './workbook/intakes-sheet.js';
import { labelsFor } from './workbook/labels.js';
import { writeMonthsSheet } from './workbook/months-sheet.js';
import { writeOverviewSheet } from './workbook/overview-sheet.js';
import { writeRiskCasesSheet } from './workbook/risk-cases-sheet.js';
import { writeStreamedWorkbook, type StreamOptions } from './workbook/streamed.js';
import { writeWarningsSheet } from './workbook/warnings-sheet.js';
import { writeFileSafely } from './write-safely.js';
import { setZipTimestamps } from './zip-timestamps.js';

export type { WorkbookContext } from './workbook/context.js';

/** Above this many disposition lines the workbook is streamed (render/workbook/streamed.ts). */
export const STREAM_FROM_LINES = 2000;

export async function workbookBuffer(f: Forecast, ctx: WorkbookContext): Promise<Buffer> {
  const wb = buildWorkbook(f, ctx, true);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return setZipTimestamps(buffer, ctx.fileTime);
}

/** The workbook in memory; without the Dispositioner sheet when `dispositions` is false (it is then streamed). */
function buildWorkbook(f: Forecast, ctx: WorkbookContext, dispositions: boolean): ExcelJS.Workbook {
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
  if (dispositions) writeDispositionsSheet(wb.addWorksheet(l.sheets.dispositions), f, f.dispositionGroups, l, ctx.maskCpr);
  writeRiskCasesSheet(wb.addWorksheet(l.sheets.riskCases), f, l, ctx.maskCpr);
  writeIntakesSheet(wb.addWorksheet(l.sheets.intakes), f, l);
  writeExplanationSheets(wb, f, l, ctx.lang, months);
  writeAssumptionsSheet(wb.addWorksheet(l.sheets.assumptions), f, l, ctx);
  writeWarningsSheet(wb.addWorksheet(l.sheets.warnings), f, l);
  return wb;
}

export async function writeWorkbook(f: Forecast, path: string, ctx: WorkbookContext, options: StreamOptions & { streamFromLines?: number } = {}): Promise<void> {
  if (f.dispositionLines.rows.length > (options.streamFromLines ?? STREAM_FROM_LINES)) {
    const small = buildWorkbook(f, ctx, false);
    await writeFileSafely(path, (temp) => writeStreamedWorkbook(f, small, 2, temp, ctx, labelsFor(ctx.lang), options));
    return;
  }
  const buffer = await workbookBuffer(f, ctx);
  await writeFileSafely(path, (temp) => writeFile(temp, buffer, { flag: 'wx' }));
}
