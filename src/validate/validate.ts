/**
 * validate(inputs, period) → { problems, review }: every check of the typed rows, for their budget
 * year, and the case review's flags (model/review.ts). The readers' own problems (cells, files)
 * come before these; `forecast` and `prognose validate` run the same checks and report the same
 * list.
 *
 * Order: the checks across rows and tables (check-inputs.ts, with CPR, overlaps, coverage and
 * transitions), Budget antal (activity-check.ts), the rows outside the year (period-check.ts), the
 * price changes and Budget ÅÅÅÅ columns (horizon-check.ts), the case review (review-check.ts: its
 * plausibility checks and negative rates), then, only when nothing so far is an error, each
 * measure's months (measure-months-check.ts), its helårspersoner (activity-check.ts) and the age
 * limit's cuts (age-limit-check.ts): on broken input those would mostly echo the errors.
 *
 * When reading found errors (readProblems), the rows that could be read are still checked, so one
 * run shows as much as possible, but the echoes of the read errors are left out: references to
 * unknown measures while foranstaltninger has errors, and disposition measures "without rows" while
 * another table has errors (their rows may be the ones that failed).
 * Exports: validate, Validation, ValidateOptions.
 */
import type { Inputs } from '../model/inputs.js';
import type { Period } from '../model/period.js';
import { ProblemList, type Problem } from '../model/problem.js';
import type { Review } from '../model/review.js';
import { TABLES } from '../model/table-schema.js';
import { checkActivityInputs, checkActivityPersons } from './activity-check.js';
import { checkAgeLimits } from './age-limit-check.js';
import { checkInputs } from './check-inputs.js';
import { checkMeasureMonths } from './measure-months-check.js';
import { checkLaterBudgetColumns, checkPriceChanges } from './horizon-check.js';
import { checkPeriodDependent } from './period-check.js';
import { reviewRows, type ReviewOptions } from './review-check.js';

export type ValidateOptions = ReviewOptions;

export interface Validation {
  readonly problems: Problem[];
  /** The case review's flags, sorted by the money at stake (model/review.ts). */
  readonly review: Review;
}

export function validate(inputs: Inputs, period: Period, readProblems: readonly Problem[] = [], options: ValidateOptions = {}): Validation {
  const problems = new ProblemList();
  checkInputs(inputs, problems);
  checkActivityInputs(inputs, problems);
  checkPeriodDependent(inputs, period, problems);
  checkPriceChanges(inputs, period, problems);
  checkLaterBudgetColumns(inputs, period, problems);
  const review = reviewRows(inputs, period, problems, options);
  const readErrors = readProblems.filter((p) => p.severity === 'error');
  if (readErrors.length === 0) {
    if (!problems.hasErrors) {
      checkMeasureMonths(inputs, period, problems);
      checkActivityPersons(inputs, period, problems);
      checkAgeLimits(inputs, period, problems);
    }
    return { problems: problems.items, review };
  }
  const measuresFile = inputs.sources.find((s) => s.table === TABLES.measures.name)?.file;
  const measuresBroken = measuresFile === undefined || readErrors.some((p) => p.location?.file === measuresFile);
  const rowsBroken = readErrors.some((p) => p.location?.file !== measuresFile);
  const echoes = (code: string): boolean => (measuresBroken && code === 'unknown-measure') || (rowsBroken && code === 'disposition-without-rows');
  return { problems: problems.items.filter((p) => !echoes(p.code)), review };
}
