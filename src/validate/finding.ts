/**
 * What a plausibility check of the case review finds on one row, before the review
 * (review-check.ts) adds the money at stake to its message and makes it a Problem and a
 * ReviewFlag (model/review.ts). Exports: Finding.
 */
import type { ReviewCode } from '../model/review.js';

export interface Finding {
  readonly code: ReviewCode;
  readonly severity: 'warning' | 'note';
  /** The row: an index into Inputs.dispositions, or into Inputs.riskCases. */
  readonly table: 'dispositions' | 'riskCases';
  readonly index: number;
  /** The column the problem points at (a key of model/table-schema.ts). */
  readonly column: string;
  /** What is wrong, with the masked case; the review adds the money at stake. */
  readonly message: string;
  readonly hint: string;
}
