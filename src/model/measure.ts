/**
 * A measure (foranstaltning) and its prognosis method, and the specialised area it belongs to.
 * Exports: Measure, CareArea, careAreaOf, CHILDREN_AGE_LIMIT.
 */
import type { Method } from './method.js';
import type { Money } from './money.js';
import { normalizeKey } from './names.js';
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

/** The specialised children's area (anbringelser, forebyggende) or the adults' area (botilbud, § 85). */
export type CareArea = 'children' | 'adults';

/** The age at which children's measures end and the case moves to the adults' area (DOMAIN.md). */
export const CHILDREN_AGE_LIMIT = 18;

/**
 * The area of a measure: its account when it is one of the ministry's 5.28 (children) or 5.38
 * (adults) groups, written with or without dots (5.28.20, 52820); else its Område, "Børn og unge"
 * (any Område starting "Børn") or "Voksne" (starting "Voks"), matched forgivingly; else null.
 */
export function careAreaOf(m: Pick<Measure, 'account' | 'area'>): CareArea | null {
  const digits = m.account.replace(/\D/g, '');
  if (digits.startsWith('528')) return 'children';
  if (digits.startsWith('538')) return 'adults';
  const area = normalizeKey(m.area);
  if (area.startsWith('boern')) return 'children';
  if (area.startsWith('voks')) return 'adults';
  return null;
}
