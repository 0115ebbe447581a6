/**
 * What the workbook says about the run besides the Forecast: language, CPR masking, when it was
 * made (null with --deterministic and no SOURCE_DATE_EPOCH), the input folder, the options given
 * and the tool version; with `forecast --compare-with`, the comparison with the previous run (the
 * sheet Ændringer). Exports: WorkbookContext.
 */
import type { YearMonth } from '../../model/civil-date.js';
import type { Comparison } from '../../model/comparison.js';
import type { Lang } from './labels.js';

export interface WorkbookContext {
  readonly lang: Lang;
  readonly maskCpr: boolean;
  /** --all-rows: the Dispositioner sheet keeps the rows wholly outside the budget year. */
  readonly allRows?: boolean;
  /** Shown as "Dannet"; null = omitted (deterministic run without SOURCE_DATE_EPOCH). */
  readonly madeAt: Date | null;
  /** Timestamp stored in the file's metadata and zip entries. */
  readonly fileTime: Date;
  readonly input: string;
  readonly version: string;
  readonly options: {
    readonly year?: number;
    readonly asOf?: YearMonth;
    /** --years as given. */
    readonly years?: number;
    readonly deterministic: boolean;
    readonly longCaseYears?: number;
    readonly allRows?: boolean;
  };
  /** forecast --compare-with: adds the sheet Ændringer after Nøgletal. */
  readonly comparison?: Comparison;
}
