/**
 * The workbook of `prognose compare --out`: the sheet Ændringer alone (render/workbook/
 * changes-sheet.ts), with full recalculation on load, written to a temporary file beside the
 * target and renamed into place; the file's metadata and zip entries carry `fileTime`.
 * Exports: writeChangesWorkbook, ChangesWorkbookOptions.
 */
import type { Comparison } from '../../model/comparison.js';
import { writeFileSafely } from '../write-safely.js';
import { Book } from './book.js';
import { writeXlsx } from './xlsx-writer.js';
import { changesLabelsFor } from './changes-labels.js';
import { writeChangesSheet } from './changes-sheet.js';
import type { Lang } from './labels.js';

export interface ChangesWorkbookOptions {
  readonly lang: Lang;
  readonly maskCpr: boolean;
  readonly fileTime: Date;
}

export async function writeChangesWorkbook(c: Comparison, path: string, options: ChangesWorkbookOptions): Promise<void> {
  const x = changesLabelsFor(options.lang);
  const wb = new Book();
  wb.creator = 'prognose';
  wb.lastModifiedBy = 'prognose';
  wb.title = x.sheet;
  wb.created = options.fileTime;
  wb.modified = options.fileTime;
  wb.calcProperties = { fullCalcOnLoad: true };
  writeChangesSheet(wb.addWorksheet(x.sheet), c, x, options.maskCpr);
  await writeFileSafely(path, async (temp) => {
    await writeXlsx(temp, wb, { time: options.fileTime });
  });
}
