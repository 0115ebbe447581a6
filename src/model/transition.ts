/** A transition at the age limit (overgange): the shadow assessment of a case moving to an adults' measure. Exports: Transition, TRANSITION_AGE. */
import type { CivilDate } from './civil-date.js';
import { CHILDREN_AGE_LIMIT } from './measure.js';
import type { RateUnit } from './disposition.js';
import type { Money } from './money.js';
import type { SourceLocation } from './source.js';

/**
 * One row of overgange: from `start` the case is expected on the adults' measure `measure` at
 * `rate` per `unit`, with `probability`; prorated like a disposition row (methods/transition.ts).
 */
export interface Transition {
  /** The case: a CPR number or any case reference. Personal data: mask outside the workbook. */
  readonly caseRef: string;
  /** Til foranstaltning: the adults' measure (method disposition). */
  readonly measure: string;
  /** First day (inclusive): the Startdato given, else the 18th birthday from the CPR number. */
  readonly start: CivilDate;
  /** True when `start` is the 18th birthday because Startdato was blank. */
  readonly startFromCpr: boolean;
  readonly rate: Money;
  readonly unit: RateUnit;
  /** 0-1; 1 when blank. */
  readonly probability: Money;
  /** Inclusive; null means no known stop (blank or any date in year 9999). */
  readonly stop: CivilDate | null;
  readonly source: SourceLocation;
}

/**
 * The age at which a case moves to the adults' area: a blank Startdato of overgange is this
 * birthday. The one definition is model/measure.ts CHILDREN_AGE_LIMIT (the case review's too).
 */
export const TRANSITION_AGE = CHILDREN_AGE_LIMIT;
