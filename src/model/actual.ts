/** Forbrug: spend booked in the finance system for a measure and month. Exports: Actual. */
import type { YearMonth } from './civil-date.js';
import type { Money } from './money.js';
import type { SourceLocation } from './source.js';

/** Spend booked in the finance system for a measure and month. Several rows for one month add up. */
export interface Actual {
  readonly measure: string;
  readonly month: YearMonth;
  readonly amount: Money;
  readonly source: SourceLocation;
}
