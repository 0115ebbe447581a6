/**
 * `prognose init <folder> [--xlsx]`: writes an empty project a new user can fill in (render/
 * template.ts): a CSV file per table, or one workbook model.xlsx. Creates the folder when needed
 * and never overwrites: when the folder already holds a table file (CSV or xlsx) or the workbook,
 * nothing is written. Exports: runInit.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { tableForName } from '../model/table-schema.js';
import { templateCsvFiles, templateWorkbook, TEMPLATE_WORKBOOK, type TemplateFile } from '../render/template.js';
import { writeErr } from './streams.js';
import { UsageError } from './usage-error.js';

const TABLE_FILE = /\.(csv|txt|xlsx|xlsm)$/i;

export async function runInit(folder: string, options: { xlsx?: boolean; year?: number }): Promise<number> {
  const year = options.year ?? new Date().getFullYear();
  const files: TemplateFile[] = options.xlsx ? [{ name: TEMPLATE_WORKBOOK, bytes: await templateWorkbook(year) }] : templateCsvFiles(year);
  try {
    await mkdir(folder, { recursive: true });
  } catch (err) {
    throw new UsageError(`mappen ${folder} kan ikke oprettes (${(err as NodeJS.ErrnoException).code ?? 'fejl'}); vælg en anden mappe`);
  }
  const existing = (await readdir(folder)).filter(
    (entry) => (TABLE_FILE.test(entry) && tableForName(basename(entry, extname(entry))) !== undefined) || files.some((f) => f.name.toLowerCase() === entry.toLowerCase()),
  );
  if (existing.length > 0) {
    throw new UsageError(`${folder} indeholder allerede ${existing.sort().join(', ')}; init skriver aldrig over filer - vælg en ny mappe`);
  }
  for (const file of files) {
    const path = join(folder, file.name);
    try {
      await writeFile(path, file.bytes, { flag: 'wx' });
    } catch (err) {
      // A write that fails on the way (a full disk) names the file; what was written is left for the user to see.
      const code = (err as NodeJS.ErrnoException).code ?? 'fejl';
      throw new UsageError(`kunne ikke skrive ${path} (${code}${code === 'ENOSPC' ? ': disken er fuld' : ''})`);
    }
  }
  const target = options.xlsx ? join(folder, TEMPLATE_WORKBOOK) : folder;
  writeErr(
    `Skabelonen er skrevet: ${files.map((f) => join(folder, f.name)).join(', ')}\n` +
      `Rækker hvis første udfyldte celle begynder med # er eksempler og læses ikke. Udfyld mindst ${options.xlsx ? 'arket' : 'filen'} Foranstaltninger, og kør:\n` +
      `  prognose forecast ${target}\n`,
  );
  return 0;
}
