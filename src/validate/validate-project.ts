/**
 * `prognose validate` without the command line: every problem the forecast would report for an
 * input folder, and more, without computing or writing anything for the user.
 *
 * validateProject(input, periodOptions) → { problems, period }:
 * - reads leniently (every read problem, not only the first);
 * - when reading found no errors, runs forecast() itself on the same list, so the list is exactly
 *   what `prognose forecast` reports (checkInputs, period checks and the forecast's own warnings);
 * - when reading found errors, still runs checkInputs and the period checks on the rows that could
 *   be read, so one run shows as much as possible. Echoes of the read errors are left out:
 *   references to unknown measures while foranstaltninger has errors, and disposition measures
 *   "without rows" while another table has errors (their rows may be the ones that failed).
 * Problems come in the order found; each rule lives in one place (read/, validate/, forecast/).
 * Exports: validateProject, ValidationResult.
 */
import { forecast } from '../forecast/forecast.js';
import { resolvePeriod, type PeriodOptions } from '../model/period.js';
import type { Period } from '../model/period.js';
import { InputError, ProblemList, type Problem } from '../model/problem.js';
import { readProjectLenient } from '../read/project.js';
import { TABLES } from '../model/table-schema.js';
import { checkInputs } from './check-inputs.js';
import { checkPeriodDependent } from './period-check.js';

export interface ValidationResult {
  readonly problems: readonly Problem[];
  readonly period: Period;
}

export async function validateProject(input: string, options: PeriodOptions): Promise<ValidationResult> {
  const { inputs, problems } = await readProjectLenient(input);
  const period = resolvePeriod(inputs.actuals, options);
  if (!problems.hasErrors) {
    try {
      forecast(inputs, period, problems);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
    }
    return { problems: problems.items, period };
  }
  const measuresFile = inputs.sources.find((s) => s.table === TABLES.measures.name)?.file;
  const measuresBroken = measuresFile === undefined || problems.errors.some((p) => p.location?.file === measuresFile);
  const rowsBroken = problems.errors.some((p) => p.location?.file !== measuresFile);
  const echoes = (code: string): boolean => (measuresBroken && code === 'unknown-measure') || (rowsBroken && code === 'disposition-without-rows');
  const cross = new ProblemList();
  checkInputs(inputs, cross);
  checkPeriodDependent(inputs, period, cross);
  for (const p of cross.items) if (!echoes(p.code)) problems.add(p);
  return { problems: problems.items, period };
}
