/**
 * Inputs that passed every check for their period: the only thing forecast() takes. The brand
 * makes "only checked input is forecast" a fact the compiler checks: a CheckedInputs is made by
 * validate/accept.ts alone, and only when the checks found no error.
 *
 * Exports: CheckedInputs.
 */
import type { Inputs } from './inputs.js';
import type { Period } from './period.js';
import type { Problem } from './problem.js';
import type { Review } from './review.js';

declare const checkedBrand: unique symbol;

export interface CheckedInputs {
  readonly inputs: Inputs;
  readonly period: Period;
  /** The warnings and notes of reading and checking, in the order found (never an error). */
  readonly problems: readonly Problem[];
  /** The case review's flags (undringssager), sorted by the money at stake. */
  readonly review: Review;
  readonly [checkedBrand]: true;
}
