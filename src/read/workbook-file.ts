/**
 * Which files are Excel workbooks (.xlsx, .xlsm), decided by name alone, so that deciding does not
 * load the workbook reader (exceljs takes about half a second to load). Exports: isWorkbookFile.
 */
import { extname } from 'node:path';

const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];

/** True for a file name an Excel workbook this reader handles (.xlsx, .xlsm). */
export function isWorkbookFile(name: string): boolean {
  return WORKBOOK_EXTENSIONS.includes(extname(name).toLowerCase());
}
