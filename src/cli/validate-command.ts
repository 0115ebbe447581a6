/**
 * `prognose validate <input>`: lists every problem in the input (file, line, column, masked value,
 * what is wrong, how to fix it) on stdout, or as JSON with --json; writes nothing. It reads and
 * checks exactly as `forecast` does (validate/validate.ts), without forecasting.
 * Exit code 0 when clean or with warnings/notes only, 2 with errors (--strict: warnings count as
 * errors). Exports: runValidate.
 */
import { maskCprsInText } from '../model/cpr.js';
import { asOfJson, problemToJson } from '../render/json.js';
import { readAndCheck } from './pipeline.js';
import { parseForecastOptions } from './options.js';
import { problemLine } from './report.js';
import { UsageError } from './usage-error.js';

export async function runValidate(input: string, rawOptions: Record<string, unknown>): Promise<number> {
  const parsed = parseForecastOptions({ year: rawOptions.year, asOf: rawOptions.asOf, years: rawOptions.years, json: rawOptions.json, longCaseYears: rawOptions.longCaseYears });
  if ('error' in parsed) throw new UsageError(parsed.error);
  const { options } = parsed;
  const strict = rawOptions.strict === true;
  const { problems, period } = await readAndCheck(input, { ...options, today: { year: new Date().getFullYear() } }, {}, { longCaseYears: options.longCaseYears });
  const count = (s: string): number => problems.filter((p) => p.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const notes = count('note');
  const valid = errors === 0 && !(strict && warnings > 0);
  if (options.json) {
    const doc = {
      input: maskCprsInText(input),
      year: period.year,
      asOf: asOfJson(period),
      strict,
      valid,
      errors,
      warnings,
      notes,
      problems: problems.map(problemToJson),
    };
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  } else {
    for (const p of problems) process.stdout.write(problemLine(p) + '\n');
    const summary = `${errors} fejl, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}, ${notes} ${notes === 1 ? 'note' : 'noter'}`;
    process.stdout.write(problems.length === 0
      ? `Ingen problemer fundet (budgetår ${period.year}).\n`
      : `${valid ? 'Input kan bruges' : 'Input kan ikke bruges'}: ${summary}${strict && errors === 0 && warnings > 0 ? ' (--strict: advarsler tæller som fejl)' : ''}.\n`);
  }
  return valid ? 0 : 2;
}
