/** Everything a forecast rests on, as typed rows. Exports: Inputs. */
import type { Actual } from './actual.js';
import type { Disposition } from './disposition.js';
import type { ExtraColumns } from './extra-columns.js';
import type { Intake } from './intake.js';
import type { Measure } from './measure.js';
import type { PriceChange } from './price-index.js';
import type { RiskCase } from './risk-case.js';
import type { SourceFile } from './source.js';
import type { Transition } from './transition.js';

/** Everything a forecast rests on, as typed rows; ignorant of where each row came from. */
export interface Inputs {
  readonly measures: readonly Measure[];
  readonly dispositions: readonly Disposition[];
  /** Dispositioner's extra columns (Institution, Sagsbehandler, Art …); each row holds its cells of them. */
  readonly dispositionExtras: ExtraColumns;
  readonly actuals: readonly Actual[];
  readonly riskCases: readonly RiskCase[];
  readonly intakes: readonly Intake[];
  /** Overgange: transitions into adults' measures (optional table). */
  readonly transitions: readonly Transition[];
  /** Prisfremskrivning: price changes per year after the budget year (optional table). */
  readonly priceChanges: readonly PriceChange[];
  readonly sources: readonly SourceFile[];
}
