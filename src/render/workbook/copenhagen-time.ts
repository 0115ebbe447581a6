/**
 * Danish local time of a moment, without a time-zone library: Europe/Copenhagen is UTC+1 (CET),
 * and UTC+2 (CEST) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC
 * (the EU rule since 1996). For "Dannet" on the workbook: the wall-clock time as a Date whose UTC
 * fields are Copenhagen's (exceljs writes a Date's UTC fields as the cell's serial), and the zone's
 * name for the number format. Exports: copenhagenTime, CopenhagenTime.
 */

export interface CopenhagenTime {
  /** A Date whose UTC fields are the wall-clock time in Copenhagen. */
  readonly wallClock: Date;
  /** "CET" or "CEST". */
  readonly zone: 'CET' | 'CEST';
  /** Hours ahead of UTC: 1 or 2. */
  readonly offset: 1 | 2;
}

/** The last Sunday of `month` (1-based) in `year` at 01:00 UTC, as milliseconds. */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay(), 1);
}

export function copenhagenTime(moment: Date): CopenhagenTime {
  const t = moment.getTime();
  const year = moment.getUTCFullYear();
  const summer = t >= lastSundayAt1Utc(year, 3) && t < lastSundayAt1Utc(year, 10);
  const offset = summer ? 2 : 1;
  return { wallClock: new Date(t + offset * 3_600_000), zone: summer ? 'CEST' : 'CET', offset };
}
