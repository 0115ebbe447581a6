/**
 * `prognose forecast <input>`: read → check → forecast → render. JSON (with --json) or the summary
 * table goes to stdout; everything human (warnings, progress) to stderr. Any error in reading or
 * checking stops the run with every problem listed; the workbook is written only when the run
 * succeeds, never over an input file. Exports: runForecast.
 */
import { forecast } from '../forecast/forecast.js';
import { InputError } from '../model/problem.js';
import { forecastToJson } from '../render/json.js';
import { forecastToTable } from '../render/table.js';
import { checkOutputPath } from './output-guard.js';
import { UsageError } from './usage-error.js';
import { parseForecastOptions } from './options.js';
import { readAndCheck } from './pipeline.js';
import { progressFor } from './progress.js';
import { reportProblems } from './report.js';
import { resolveRunTime } from './run-time.js';
import { VERSION } from './version.js';

export async function runForecast(input: string, rawOptions: Record<string, unknown>): Promise<number> {
  const parsed = parseForecastOptions(rawOptions);
  if ('error' in parsed) throw new UsageError(parsed.error);
  const { options } = parsed;
  if (options.out !== undefined) await checkOutputPath(options.out, input, []);
  const progress = progressFor(options);
  try {
    const { inputs, problems, checked } = await readAndCheck(input, { ...options, today: { year: new Date().getFullYear() } }, {
      onProgress: (file, done, total) => (total > 0 ? progress.update(`læser ${file}`, done, total) : progress.update(`læser ${file}`)),
    });
    if (checked === undefined) throw new InputError(problems);
    const runTime = resolveRunTime(process.env.SOURCE_DATE_EPOCH, options.deterministic, new Date());
    if ('error' in runTime) throw new UsageError(runTime.error);
    if (options.out !== undefined) await checkOutputPath(options.out, input, inputs.sources);
    progress.update('beregner prognosen');
    const result = forecast(checked);
    progress.clear();
    reportProblems(result.problems, { quiet: options.quiet });
    if (options.out !== undefined) {
      progress.update('skriver regnearket');
      // exceljs takes about half a second to load: only when a workbook is asked for.
      const { writeWorkbook } = await import('../render/workbook.js');
      try {
        await writeWorkbook(result, options.out, {
          lang: options.lang,
          maskCpr: options.maskCpr,
          ...runTime,
          input,
          version: VERSION,
          ...(options.materiality ? { materiality: options.materiality } : {}),
          options: { ...(options.year !== undefined ? { year: options.year } : {}), ...(options.asOf ? { asOf: options.asOf } : {}), deterministic: options.deterministic },
        });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EROFS') {
          throw new UsageError(`kan ikke skrive --out ${options.out} (${code}); findes mappen, og må der skrives i den?`);
        }
        throw err;
      }
      progress.clear();
      if (!options.quiet) process.stderr.write(`Regnearket er skrevet: ${options.out}\n`);
    }
    process.stdout.write(options.json ? forecastToJson(result) : forecastToTable(result, { quiet: options.quiet }));
    return 0;
  } finally {
    progress.clear();
  }
}
