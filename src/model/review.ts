/**
 * Undringssager: the rows a controller would pick out for review ("cases that look wrong":
 * payment errors, cases that have run too long, DOMAIN.md), as the plausibility checks of
 * src/validate flag them. Each flag is also a Problem (warning or note) with the same message; the
 * flags carry what the Undringssager sheet and the JSON show besides, and come sorted by the money
 * at stake.
 *
 * Exports: REVIEW_CODES, ReviewCode, ReviewFlag, Review, DEFAULT_LONG_CASE_YEARS.
 * - The money at stake of a row is what it adds in the open months: a disposition row prorated
 *   over them (methods/disposition.ts), a risk case weighted (methods/risk-case.ts).
 * - The list is ordered by |money at stake|, largest first; equal amounts in file order (the
 *   disposition rows, then the risk cases), then in the order of REVIEW_CODES.
 */
import type { CivilDate } from './civil-date.js';
import type { RateUnit } from './disposition.js';
import type { Money } from './money.js';
import type { Severity } from './problem.js';
import type { SourceLocation } from './source.js';

/** long-open-case's default: an open-ended row older than this many years at the first open day (--long-case-years). */
export const DEFAULT_LONG_CASE_YEARS = 3;

/** The checks that flag a row for review, in the order their problems are reported. */
export const REVIEW_CODES = ['expected-started', 'past-age-limit', 'age-for-measure', 'rate-outlier', 'long-open-case', 'negative-rate'] as const;
export type ReviewCode = (typeof REVIEW_CODES)[number];

export interface ReviewFlag {
  readonly code: ReviewCode;
  readonly severity: Severity;
  /** The case as written: a CPR number or another reference. Personal data: mask outside the workbook. */
  readonly caseRef: string;
  readonly measure: string;
  /** The row's rate (a risk case: its unit cost per month). */
  readonly rate: Money;
  readonly unit: RateUnit;
  readonly start: CivilDate;
  /** The stop as written (a disposition row; 01.01.9999 stays), or a risk case's last day; null when none. */
  readonly stop: CivilDate | null;
  /**
   * Whole years on the row's start or the first open day, whichever is later (a row that ended
   * before the first open day: on its last day); null when the case is no valid CPR number.
   */
  readonly age: number | null;
  /** What the row adds in the open months. */
  readonly atStake: Money;
  /** The problem's message (CPR masked). */
  readonly message: string;
  /** The row: file, sheet and line. */
  readonly source: SourceLocation;
}

/** The review of a run: its flags, sorted (see above). */
export type Review = readonly ReviewFlag[];
