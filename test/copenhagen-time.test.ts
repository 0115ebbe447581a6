/**
 * "Dannet" in Danish time: Europe/Copenhagen by the EU rule (render/workbook/copenhagen-time.ts),
 * on both sides of each switch, and against Node's own time-zone data (Intl, full ICU) every hour
 * of several years.
 */
import { describe, expect, it } from 'vitest';
import { copenhagenTime } from '../src/render/workbook/copenhagen-time.js';

const utc = (y: number, mo: number, d: number, h: number, mi = 0): Date => new Date(Date.UTC(y, mo - 1, d, h, mi));
const wall = (t: Date): string => copenhagenTime(t).wallClock.toISOString().slice(0, 16);

describe('copenhagenTime', () => {
  it('switches to summer time on the last Sunday of March at 01:00 UTC (29.03.2026)', () => {
    // 00:59 UTC = 01:59 CET; a minute later 01:00 UTC = 03:00 CEST.
    expect([wall(utc(2026, 3, 29, 0, 59)), copenhagenTime(utc(2026, 3, 29, 0, 59)).zone]).toEqual(['2026-03-29T01:59', 'CET']);
    expect([wall(utc(2026, 3, 29, 1, 0)), copenhagenTime(utc(2026, 3, 29, 1, 0)).zone]).toEqual(['2026-03-29T03:00', 'CEST']);
    // Not on the Sunday before (22.03.2026).
    expect(copenhagenTime(utc(2026, 3, 22, 12)).zone).toBe('CET');
  });

  it('switches back on the last Sunday of October at 01:00 UTC (25.10.2026)', () => {
    // 00:59 UTC = 02:59 CEST; 01:00 UTC = 02:00 CET (the hour 02:00-02:59 comes twice).
    expect([wall(utc(2026, 10, 25, 0, 59)), copenhagenTime(utc(2026, 10, 25, 0, 59)).zone]).toEqual(['2026-10-25T02:59', 'CEST']);
    expect([wall(utc(2026, 10, 25, 1, 0)), copenhagenTime(utc(2026, 10, 25, 1, 0)).zone]).toEqual(['2026-10-25T02:00', 'CET']);
    expect(copenhagenTime(utc(2026, 10, 15, 8, 30)).offset).toBe(2);
    expect(copenhagenTime(utc(2026, 11, 30, 0, 5)).offset).toBe(1);
  });

  it('agrees with Intl (Europe/Copenhagen) every hour of 2024-2028', () => {
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    let checked = 0;
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2029, 0, 1); t += 3_600_000) {
      const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      expect(wall(new Date(t)), new Date(t).toISOString()).toBe(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`);
      checked++;
    }
    expect(checked).toBe(43_848);
  });
});
