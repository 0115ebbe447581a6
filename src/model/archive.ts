/**
 * The run archive (`forecast --archive DIR`, `prognose history DIR`): one JSON file per budget
 * year and last closed month, named <year>-<MM>.json (MM = the number of closed months of the
 * year: 01-12, 00 when none is closed, so a run past December is the year's 12). The file holds
 * the JSON summary exactly as `forecast --json` prints it, the tool's version, the options, the
 * SHA-256 of every input file and the SHA-256 of the summary (README "The run archive" is the
 * format's contract). What history needs of a file is an ArchivedRun.
 *
 * Exports: ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, ARCHIVE_FILE_NAME, archiveFileName, ArchivedRun,
 * ArchivedMeasure.
 */
import type { YearMonth } from './civil-date.js';
import type { Money } from './money.js';

/** The `format` field of every archive file. */
export const ARCHIVE_FORMAT = 'prognose-arkiv';
export const ARCHIVE_FORMAT_VERSION = 1;
/** <year>-<MM>.json */
export const ARCHIVE_FILE_NAME = /^(\d{4})-(\d{2})\.json$/;

/** The file name of a run of `year` with `closedMonths` (0-12) closed months. */
export function archiveFileName(year: number, closedMonths: number): string {
  return `${String(year).padStart(4, '0')}-${String(closedMonths).padStart(2, '0')}.json`;
}

export interface ArchivedMeasure {
  readonly measure: string;
  readonly budget: Money;
  readonly expected: Money;
}

/** One archived run, as history reads it. */
export interface ArchivedRun {
  /** The file's name in the archive. */
  readonly file: string;
  readonly year: number;
  /** The summary's asOf: the last closed month, null when none is closed. */
  readonly asOf: YearMonth | null;
  /** Closed months of the budget year, 0-12 (12: the year's final run, the accounts). */
  readonly closedMonths: number;
  /** The prognose version that made it. */
  readonly version: string;
  readonly measures: readonly ArchivedMeasure[];
  readonly total: { readonly budget: Money; readonly expected: Money };
}
