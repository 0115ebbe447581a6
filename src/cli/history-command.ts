/**
 * `prognose history <archive>`: reads every archive file (read/archive.ts; any file that is not
 * one of prognose's, or was edited by hand, is an error naming it: exit 2, nothing shown), then
 * shows the budget year's runs side by side (compare/history.ts): the terminal table, JSON
 * (--json) or the workbook (--out). The year is --year, else the latest year in the archive.
 * Exports: runHistory.
 */
import { history } from '../compare/history.js';
import { InputError } from '../model/problem.js';
import { historyToJson } from '../render/history-json.js';
import { historyToTable } from '../render/history-table.js';
import { parseForecastOptions } from './options.js';
import { resolveRunTime } from './run-time.js';
import { UsageError } from './usage-error.js';
import { writeOrTell } from './write-or-tell.js';

export async function runHistory(dir: string, raw: Record<string, unknown>): Promise<number> {
  const parsed = parseForecastOptions({ year: raw.year, json: raw.json, out: raw.out, quiet: raw.quiet });
  if ('error' in parsed) throw new UsageError(parsed.error);
  const { options } = parsed;
  const runTime = resolveRunTime(process.env.SOURCE_DATE_EPOCH, false, new Date());
  if ('error' in runTime) throw new UsageError(runTime.error);
  if (options.out !== undefined) await (await import('./archive.js')).checkOutsideArchive(options.out, dir);
  // zod validates the archive: loaded only by this command.
  const { readArchive } = await import('../read/archive.js');
  const { runs, problems } = await readArchive(dir);
  problems.throwIfErrors();
  const years = [...new Set(runs.map((r) => r.year))].sort((a, b) => a - b);
  const year = options.year ?? years[years.length - 1];
  if (year === undefined || !years.includes(year)) {
    problems.error('archive-empty', year === undefined ? `arkivet ${dir} har ingen kørsler endnu` : `arkivet ${dir} har ingen kørsler for ${year} (kun ${years.join(', ')})`, { file: dir }, {
      hint: 'arkivér hver måneds kørsel med prognose forecast <input> --archive <mappe>',
    });
    throw new InputError(problems.items);
  }
  if (!options.quiet && options.year === undefined && years.length > 1) {
    process.stderr.write(`note: arkivet rummer også ${years.filter((y) => y !== year).join(', ')}; viser ${year} (vælg med --year)\n`);
  }
  const h = history(runs, year);
  if (options.out !== undefined) {
    const out = options.out;
    const { writeHistoryWorkbook } = await import('../render/workbook/history-workbook.js');
    await writeOrTell(out, () => writeHistoryWorkbook(h, out, runTime.fileTime));
    if (!options.quiet) process.stderr.write(`Regnearket er skrevet: ${out}\n`);
  }
  process.stdout.write(options.json ? historyToJson(h) : historyToTable(h));
  return 0;
}
