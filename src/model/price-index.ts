/** A year's price change (prisfremskrivning). Exports: PriceChange. */
import type { Money } from './money.js';
import type { SourceLocation } from './source.js';

/** One row of prisfremskrivning: the prices of `year` are those of the year before × (1 + percent/100). */
export interface PriceChange {
  readonly year: number;
  /** In percent: 3,25 means 3,25 %. */
  readonly percent: Money;
  readonly source: SourceLocation;
}
