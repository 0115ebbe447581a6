/**
 * What explains a measure's forecast, as plain data in the Forecast (model/forecast.ts), computed
 * by forecast/ and only formatted by the renderers:
 * - Bridge: the forecast's parts over the open months (their sum is Prognose), and the closed
 *   months' disposed amount against the booked forbrug;
 * - Activity: helårspersoner against Budget antal, prices per helårsperson, and the deviation split
 *   into an activity effect and a price effect (activity + price = deviation exactly);
 * - KeyFigures: per month the cases, starts, stops, persons, average price, age bands and share.
 *
 * Exports: Bridge, BridgeParts, ClosedBridge, Activity, KeyFigureMonth, AGE_BANDS, AgeBand,
 * UNKNOWN_AGE_BAND.
 */
import type { YearMonth } from './civil-date.js';
import type { Money } from './money.js';

/** Sums over the open months. */
export interface BridgeParts {
  /** Disposition rows with status aktuel. */
  readonly activeDispositions: Money;
  /** Disposition rows with status forventet. */
  readonly expectedDispositions: Money;
  readonly riskCases: Money;
  readonly intake: Money;
  readonly pool: Money;
  /** Transitions into the measure (overgange). */
  readonly transitions: Money;
  /** The open months of a non-disposition method. */
  readonly method: Money;
}

/** Sums over the closed months. */
export interface ClosedBridge {
  /** What the disposition rows (aktuel + forventet) dispose in the closed months. */
  readonly disposed: Money;
  /** The forbrug booked (the measure's actual). */
  readonly booked: Money;
  /** booked − disposed: what the CPR rows do not explain (non-CPR costs, back-payments, errors). */
  readonly unexplained: Money;
}

export interface Bridge {
  /** Their sum is the forecast (Prognose). */
  readonly parts: BridgeParts;
  readonly closed: ClosedBridge;
}

/** Helårspersoner and the activity/price split of a disposition measure. */
export interface Activity {
  /** Budget antal as given; null without. */
  readonly budgetPersons: Money | null;
  /** Helårspersoner HP, rounded to 4 decimals. */
  readonly persons: Money;
  /** Budget ÷ Budget antal, rounded to øre; null without Budget antal. */
  readonly budgetPrice: Money | null;
  /** Forventet regnskab ÷ HP, rounded to øre; null when HP = 0. */
  readonly price: Money | null;
  /** round((HP − Budget antal) × Budget ÷ Budget antal); null without Budget antal or when HP = 0. */
  readonly activityEffect: Money | null;
  /** Afvigelse − activity effect; null when the activity effect is. */
  readonly priceEffect: Money | null;
}

/** The age bands of the key figures, in order; the last is for a case reference that is no valid CPR number. */
export const AGE_BANDS = ['0-5', '6-11', '12-14', '15-17', '18-22', '23-29', '30-49', '50-64', '65+', 'ukendt'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const UNKNOWN_AGE_BAND = AGE_BANDS.length - 1;

/** A disposition measure's key figures in one month (its rows only, closed months too). */
export interface KeyFigureMonth {
  readonly month: YearMonth;
  /** Distinct cases with a row active on the month's last day. */
  readonly cases: number;
  /** Cases active on the month's last day but not on the previous month's last day. */
  readonly starts: number;
  /** Cases active on the previous month's last day but not on this month's. */
  readonly stops: number;
  /** The rows' persons n(m), rounded to 2 decimals. */
  readonly persons: Money;
  /** The rows' disposed amount ÷ their exact persons, rounded to øre; null when no persons. */
  readonly averagePrice: Money | null;
  /** Cases by age on the month's last day, one count per AGE_BANDS entry. */
  readonly ages: readonly number[];
  /** cases ÷ the case count of the Område's disposition measures, in percent with 1 decimal; null when that is 0. */
  readonly share: Money | null;
}
