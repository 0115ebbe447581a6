/**
 * When the run "was made", for the workbook: SOURCE_DATE_EPOCH (seconds since 1970, the
 * reproducible-builds convention) when set; else with --deterministic no time at all (the file's
 * metadata then carries 1980-01-01); else now. Exports: resolveRunTime, RunTime.
 */

export interface RunTime {
  /** Shown in the workbook; null when omitted. */
  readonly madeAt: Date | null;
  /** Stored in the file's metadata and zip entries. */
  readonly fileTime: Date;
}

const EPOCH_1980 = new Date(Date.UTC(1980, 0, 1));

/** The run's time, or an error text for an unusable SOURCE_DATE_EPOCH. */
export function resolveRunTime(sourceDateEpoch: string | undefined, deterministic: boolean, now: Date): RunTime | { error: string } {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '') {
    if (!/^\d{1,12}$/.test(sourceDateEpoch.trim())) return { error: `SOURCE_DATE_EPOCH skal være et helt antal sekunder siden 1970, ikke "${sourceDateEpoch}"` };
    const moment = new Date(Number(sourceDateEpoch.trim()) * 1000);
    return { madeAt: moment, fileTime: moment };
  }
  if (deterministic) return { madeAt: null, fileTime: EPOCH_1980 };
  // Whole seconds: the workbook shows minutes, the zip two-second steps.
  const moment = new Date(Math.floor(now.getTime() / 1000) * 1000);
  return { madeAt: moment, fileTime: moment };
}
