/**
 * The caseworker list (Kolding's caseworker lists, Mariagerfjord's grants per caseworker): per
 * caseworker and disposition measure, from the disposition rows, computed by forecast/caseworkers.ts
 * when dispositioner has a Sagsbehandler column. Plain data; renderers only format it.
 *
 * Exports: Caseworkers, CaseworkerGroup, CaseworkerLine, CaseworkerTotal.
 * - cases: distinct cases with a row active on the last closed day (the day before the first open
 *   month; with no month closed, 31 December of the year before); a CPR number with and without
 *   its hyphen is one case;
 * - year: what the rows dispose in the whole year (closed months too), as the Dispositioner sheet;
 * - open: what they dispose in the open months;
 * - share: year ÷ the measure's year (all its rows); a caseworker's total: ÷ all disposition rows'
 *   year; null when that is 0. An exact decimal quotient, for a percentage.
 */
import type { CivilDate } from './civil-date.js';
import type { Money } from './money.js';

export interface CaseworkerTotal {
  readonly cases: number;
  readonly year: Money;
  readonly open: Money;
  readonly share: Money | null;
}

export interface CaseworkerLine extends CaseworkerTotal {
  readonly measure: string;
}

export interface CaseworkerGroup {
  /** The caseworker as written; '' for rows without one. */
  readonly caseworker: string;
  /** In measure order. */
  readonly lines: readonly CaseworkerLine[];
  readonly total: CaseworkerTotal;
}

export interface Caseworkers {
  /** The Sagsbehandler column's header as written. */
  readonly column: string;
  /** The day cases are counted on: the last closed day. */
  readonly day: CivilDate;
  /** By caseworker (Danish order), rows without one last. */
  readonly groups: readonly CaseworkerGroup[];
  readonly total: CaseworkerTotal;
}
