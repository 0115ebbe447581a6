/**
 * The disposition row and its fixed vocabularies (rate units and statuses, with accepted spellings).
 * Exports: Disposition, RateUnit, RATE_UNITS, RATE_UNIT_ALIASES, DispositionStatus,
 * DISPOSITION_STATUSES, STATUS_ALIASES.
 */
import type { CivilDate } from './civil-date.js';
import type { Money } from './money.js';
import type { SourceLocation } from './source.js';

export const RATE_UNITS = ['måned', 'dag', 'uge', 'år'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

export const RATE_UNIT_ALIASES: Readonly<Record<RateUnit, readonly string[]>> = {
  måned: ['maaned', 'maned', 'mdr', 'md', 'mdl', 'mnd', 'maanedlig', 'month', 'monthly', 'pr maaned', 'prmaaned', 'permonth'],
  dag: ['dag', 'dage', 'dagl', 'daglig', 'doegn', 'dogn', 'prdag', 'prdoegn', 'day', 'days', 'daily', 'perday'],
  uge: ['uge', 'uger', 'ugentlig', 'pruge', 'week', 'weeks', 'weekly', 'perweek'],
  år: ['aar', 'ar', 'aarlig', 'arlig', 'praar', 'helaar', 'year', 'years', 'yearly', 'annual', 'annually', 'peryear'],
};

export const DISPOSITION_STATUSES = ['aktuel', 'forventet'] as const;
export type DispositionStatus = (typeof DISPOSITION_STATUSES)[number];

export const STATUS_ALIASES: Readonly<Record<DispositionStatus, readonly string[]>> = {
  aktuel: ['aktuel', 'aktuelle', 'aktiv', 'aktive', 'bevilget', 'current', 'active', 'actual'],
  forventet: ['forventet', 'forventede', 'planlagt', 'expected', 'planned', 'pending'],
};

/** One row of the disposition sheet: a case (citizen) on a measure at a rate for a period. */
export interface Disposition {
  /** The case: a CPR number or any case reference ("Cpr. 5"). Personal data: mask outside the workbook. */
  readonly caseRef: string;
  readonly measure: string;
  readonly rate: Money;
  readonly unit: RateUnit;
  readonly start: CivilDate;
  /** Inclusive; null means no known stop (blank or any date in year 9999). */
  readonly stop: CivilDate | null;
  /** The stop date as written (01.01.9999 stays visible in the workbook). */
  readonly stopAsWritten: CivilDate | null;
  readonly status: DispositionStatus;
  readonly source: SourceLocation;
  /**
   * The row's cells of its table's extra columns (Inputs.dispositionExtras, model/extra-columns.ts),
   * as written and in the same order; absent when the table has no extra columns.
   */
  readonly extra?: readonly string[];
}
