/**
 * The pipeline every command runs, in one place: read → check, then (for `forecast`) forecast.
 * Reading is lenient (every problem of every file); the checks run on whatever rows could be read
 * (validate/validate.ts leaves out the echoes of read errors); the result is CheckedInputs only
 * when no problem is an error. `prognose validate` shows `problems`; `prognose forecast` stops on
 * an error with the same list. Exports: readAndCheck, Checked.
 */
import type { CheckedInputs } from '../model/checked-inputs.js';
import type { Inputs } from '../model/inputs.js';
import { resolvePeriod, type Period, type PeriodOptions } from '../model/period.js';
import type { Problem } from '../model/problem.js';
import { readProject, type ReadOptions } from '../read/project.js';
import { accept } from '../validate/accept.js';
import { validate, type ValidateOptions } from '../validate/validate.js';

export interface Checked {
  readonly inputs: Inputs;
  readonly period: Period;
  /** Every problem of reading and checking, in the order found. */
  readonly problems: readonly Problem[];
  /** Present when no problem is an error. */
  readonly checked?: CheckedInputs;
}

export async function readAndCheck(input: string, periodOptions: PeriodOptions, readOptions: ReadOptions = {}, checkOptions: ValidateOptions = {}): Promise<Checked> {
  const read = await readProject(input, readOptions);
  const period = resolvePeriod(read.inputs.actuals, periodOptions);
  const validation = validate(read.inputs, period, read.problems.items, checkOptions);
  const problems = [...read.problems.items, ...validation.problems];
  const checked = accept(read.inputs, period, problems, validation.review);
  return { inputs: read.inputs, period, problems, ...(checked ? { checked } : {}) };
}
