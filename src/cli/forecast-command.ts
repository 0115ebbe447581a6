/**
 * `prognose forecast <input>`: read → check → forecast → render. JSON (with --json) or the summary
 * table goes to stdout; everything human (warnings, progress) to stderr. Any error in reading or
 * checking stops the run with every problem listed; the workbook is written only when the run
 * succeeds, never over an input file. With --compare-with <previous> the previous run is read,
 * checked and forecast for the same budget year too, and the workbook gets the sheet Ændringer
 * (compare/compare.ts); with --archive DIR the run is archived (cli/archive.ts). Exports: runForecast.
 */
import { forecast } from '../forecast/forecast.js';
import type { Comparison } from '../model/comparison.js';
import { formatYearMonth } from '../model/civil-date.js';
import { InputError } from '../model/problem.js';
import { forecastToJson } from '../render/json.js';
import { forecastToTable } from '../render/table.js';
import { checkOutputPath } from './output-guard.js';
import { UsageError } from './usage-error.js';
import { parseForecastOptions } from './options.js';
import { readAndCheck } from './pipeline.js';
import { progressFor } from './progress.js';
import { reportProblems } from './report.js';
import { writeErr, writeOut } from './streams.js';
import { resolveRunTime } from './run-time.js';
import { VERSION } from './version.js';
import { writeOrTell } from './write-or-tell.js';

export async function runForecast(input: string, rawOptions: Record<string, unknown>): Promise<number> {
  const parsed = parseForecastOptions(rawOptions);
  if ('error' in parsed) throw new UsageError(parsed.error);
  const { options } = parsed;
  if (options.compareWith !== undefined && options.out === undefined) {
    throw new UsageError('--compare-with tilføjer arket Ændringer til regnearket: angiv også --out (eller brug prognose compare)');
  }
  if (options.out !== undefined) await checkOutputPath(options.out, input, []);
  if (options.out !== undefined && options.compareWith !== undefined) await checkOutputPath(options.out, options.compareWith, []);
  if (options.out !== undefined && options.archive !== undefined) await (await import('./archive.js')).checkOutsideArchive(options.out, options.archive);
  const progress = progressFor(options);
  const today = { year: new Date().getFullYear() };
  try {
    const { inputs, problems, checked } = await readAndCheck(input, { ...options, today }, {
      onProgress: (file, done, total) => (total > 0 ? progress.update(`læser ${file}`, done, total) : progress.update(`læser ${file}`)),
    }, { longCaseYears: options.longCaseYears });
    if (checked === undefined) throw new InputError(problems);
    const runTime = resolveRunTime(process.env.SOURCE_DATE_EPOCH, options.deterministic, new Date());
    if ('error' in runTime) throw new UsageError(runTime.error);
    if (options.out !== undefined) await checkOutputPath(options.out, input, inputs.sources);
    progress.update('beregner prognosen');
    const result = forecast(checked);
    let comparison: Comparison | undefined;
    if (options.compareWith !== undefined) {
      // The previous run of the same budget year; its as-of resolves as in forecast (its forbrug).
      const { readRun, stopOnInvalid, checkRunOrder, reportRunProblems } = await import('./compare-runs.js');
      const { compare } = await import('../compare/compare.js');
      const previous = await readRun('previous', options.compareWith, { year: checked.period.year, today }, progress);
      progress.clear();
      stopOnInvalid([previous]);
      checkRunOrder(previous.period, checked.period);
      await checkOutputPath(options.out!, options.compareWith, previous.forecast!.sources);
      comparison = compare(previous.forecast!, result);
      reportRunProblems(comparison.problems.filter((p) => p.run === 'previous'), options.quiet);
    }
    progress.clear();
    reportProblems(result.problems, { quiet: options.quiet });
    const given = {
      ...(options.year !== undefined ? { year: options.year } : {}),
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(options.years !== undefined ? { years: options.years } : {}),
      deterministic: options.deterministic,
      longCaseYears: options.longCaseYears,
      allRows: options.allRows,
    };
    if (options.out !== undefined) {
      const out = options.out;
      progress.update('skriver regnearket');
      // exceljs takes about half a second to load: only when a workbook is asked for.
      const { writeWorkbook } = await import('../render/workbook.js');
      await writeOrTell(out, () => writeWorkbook(result, out, {
        lang: options.lang, maskCpr: options.maskCpr, allRows: options.allRows, ...runTime, input, version: VERSION, options: given, ...(comparison ? { comparison } : {}),
        ...(options.materiality ? { materiality: options.materiality } : {}),
      }));
      progress.clear();
      if (!options.quiet) writeErr(`Regnearket er skrevet: ${out}\n`);
    }
    if (options.archive !== undefined) {
      const { archiveRun } = await import('./archive.js');
      await archiveRun(options.archive, result, {
        version: VERSION,
        madeAt: runTime.madeAt,
        input,
        options: {
          year: options.year ?? null, asOf: options.asOf ? formatYearMonth(options.asOf) : null, json: options.json, out: options.out ?? null,
          lang: options.lang, maskCpr: options.maskCpr, deterministic: options.deterministic, compareWith: options.compareWith ?? null,
        },
      }, options.quiet);
    }
    writeOut(options.json ? forecastToJson(result) : forecastToTable(result, { quiet: options.quiet }));
    return 0;
  } finally {
    progress.clear();
  }
}
