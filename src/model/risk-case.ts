/** A pending risk case. Exports: RiskCase. */
import type { CivilDate } from './civil-date.js';
import type { Money } from './money.js';
import type { SourceLocation } from './source.js';

/** A pending case on the way: antal × enhedsudgift (per month) × sandsynlighed over its period. */
export interface RiskCase {
  readonly caseRef: string;
  readonly measure: string;
  readonly count: Money;
  readonly unitCost: Money;
  /** 0-1. */
  readonly probability: Money;
  readonly start: CivilDate;
  /** Varighed in months; the period runs to start + months − 1 day. */
  readonly durationMonths: number | null;
  /** Inclusive stop, when given instead of a duration. */
  readonly stop: CivilDate | null;
  readonly source: SourceLocation;
}
