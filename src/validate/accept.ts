/**
 * The one door to the forecast: inputs, their period and every problem found in reading and
 * checking them become CheckedInputs (model/checked-inputs.ts) only when none of the problems is
 * an error. Exports: accept.
 */
import type { CheckedInputs } from '../model/checked-inputs.js';
import type { Inputs } from '../model/inputs.js';
import type { Period } from '../model/period.js';
import type { Problem } from '../model/problem.js';
import type { Review } from '../model/review.js';

export function accept(inputs: Inputs, period: Period, problems: readonly Problem[], review: Review = []): CheckedInputs | undefined {
  if (problems.some((p) => p.severity === 'error')) return undefined;
  return { inputs, period, problems, review } as CheckedInputs;
}
