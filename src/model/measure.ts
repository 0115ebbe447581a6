/** A measure (foranstaltning) and its prognosis method. Exports: Measure. */
import type { Method } from './method.js';
import type { Money } from './money.js';
import type { SourceLocation } from './source.js';

/** A measure (foranstaltning): a budget line followed by one prognosis method. Its name is its key. */
export interface Measure {
  readonly name: string;
  readonly account: string;
  readonly area: string;
  readonly method: Method;
  /** Korrigeret budget for the year. */
  readonly budget: Money;
  /** Budget ÅÅÅÅ: the budgets of later years (year → budget); a year not given has none. */
  readonly laterBudgets: ReadonlyMap<number, Money>;
  /** Pool for unknown intake (disposition only): an annual amount (methods/pool.ts). */
  readonly pool: Money | null;
  /** Restpulje: what is left of the pool for the open months, as the consultant judges it; overrides the pool's share. */
  readonly restPool: Money | null;
  /** Budget antal: the budgeted helårspersoner (> 0), for the activity/price split. */
  readonly budgetPersons: Money | null;
  /**
   * Aldersgrænse: the age (whole years) at which the measure's rows end, for a case with a valid
   * CPR: the day before that birthday is the last paid (model/age.ts). null = no limit.
   */
  readonly ageLimit: number | null;
  /** Expected annual total (method skøn). */
  readonly estimate: Money | null;
  /** Default monthly price for intake rows. */
  readonly averagePrice: Money | null;
  readonly source: SourceLocation;
}
