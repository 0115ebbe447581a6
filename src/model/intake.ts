/** An intake/exit estimate (tilgang og afgang). Exports: Intake. */
import type { Money } from './money.js';
import type { SourceLocation } from './source.js';
import type { YearMonth } from './civil-date.js';

/** An intake/exit estimate: from `month` on, (intake − exit) cases at a monthly price. */
export interface Intake {
  readonly measure: string;
  readonly month: YearMonth;
  readonly intake: Money;
  readonly exit: Money;
  /** The row's own price, or null to use the measure's Gennemsnitspris. */
  readonly averagePrice: Money | null;
  readonly source: SourceLocation;
}
