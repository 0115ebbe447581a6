/**
 * `prognose compare <previous> <current>`: read → check → forecast each project, then compare
 * (compare/compare.ts) and render: JSON (--json), the terminal table, and with --out a workbook
 * with the sheet Ændringer. Each project's as-of resolves as in `forecast` (--as-of for the
 * current one, --as-of-previous for the previous one, else the latest month of the year in its
 * forbrug); the budget year is --year, else the year of --as-of or --as-of-previous, else this
 * year. Errors (exit 2): different budget years, a current as-of earlier than the previous one,
 * either project invalid. Exports: runCompare.
 */
import { compare } from '../compare/compare.js';
import { comparisonToJson } from '../render/compare-json.js';
import { comparisonToTable } from '../render/compare-table.js';
import { checkRunOrder, readRun, reportRunProblems, stopOnInvalid } from './compare-runs.js';
import { parseAsOfPrevious, parseForecastOptions } from './options.js';
import { checkOutputPath } from './output-guard.js';
import { progressFor } from './progress.js';
import { resolveRunTime } from './run-time.js';
import { UsageError } from './usage-error.js';
import { writeOrTell } from './write-or-tell.js';

export async function runCompare(previousInput: string, currentInput: string, raw: Record<string, unknown>): Promise<number> {
  const parsed = parseForecastOptions({ year: raw.year, asOf: raw.asOf, json: raw.json, out: raw.out, quiet: raw.quiet, maskCpr: raw.maskCpr });
  if ('error' in parsed) throw new UsageError(parsed.error);
  const { options } = parsed;
  const previousAsOf = parseAsOfPrevious(raw.asOfPrevious);
  if ('error' in previousAsOf) throw new UsageError(previousAsOf.error);
  const thisYear = new Date().getFullYear();
  const year = options.year ?? options.asOf?.year ?? previousAsOf.asOf?.year ?? thisYear;
  const previousYear = options.year ?? previousAsOf.asOf?.year ?? options.asOf?.year ?? thisYear;
  if (year !== previousYear) {
    throw new UsageError(`de to kørsler har forskellige budgetår (${previousYear} og ${year}); angiv --year, eller --as-of og --as-of-previous i samme år`);
  }
  if (options.out !== undefined) for (const input of [previousInput, currentInput]) await checkOutputPath(options.out, input, []);
  const runTime = resolveRunTime(process.env.SOURCE_DATE_EPOCH, false, new Date());
  if ('error' in runTime) throw new UsageError(runTime.error);
  const progress = progressFor(options);
  try {
    const today = { year: thisYear };
    const previous = await readRun('previous', previousInput, { year, ...(previousAsOf.asOf ? { asOf: previousAsOf.asOf } : {}), today }, progress);
    const current = await readRun('current', currentInput, { year, ...(options.asOf ? { asOf: options.asOf } : {}), today }, progress);
    progress.clear();
    stopOnInvalid([previous, current]);
    checkRunOrder(previous.period, current.period);
    if (options.out !== undefined) {
      const sources = [...previous.forecast!.sources, ...current.forecast!.sources];
      for (const input of [previousInput, currentInput]) await checkOutputPath(options.out, input, sources);
    }
    progress.update('sammenligner');
    const comparison = compare(previous.forecast!, current.forecast!);
    progress.clear();
    reportRunProblems(comparison.problems, options.quiet);
    if (options.out !== undefined) {
      const out = options.out;
      progress.update('skriver regnearket');
      const { writeChangesWorkbook } = await import('../render/workbook/changes-workbook.js');
      await writeOrTell(out, () => writeChangesWorkbook(comparison, out, { lang: 'da', maskCpr: options.maskCpr, fileTime: runTime.fileTime }));
      progress.clear();
      if (!options.quiet) process.stderr.write(`Regnearket er skrevet: ${out}\n`);
    }
    process.stdout.write(options.json ? comparisonToJson(comparison) : comparisonToTable(comparison));
    return 0;
  } finally {
    progress.clear();
  }
}
