import { describe, expect, it } from 'vitest';
import { activeDays, prorate as prorateBy, rowMonths, unitDivisor } from '../src/methods/disposition.js';
import { monthCalendar } from '../src/model/calendar.js';
import { dayNumber, daysInMonth, daysInYear } from '../src/model/civil-date.js';
import type { Disposition, RateUnit } from '../src/model/disposition.js';
import { money, type Money } from '../src/model/money.js';
import { disposition, fixed } from './helpers.js';

const dn = (y: number, m: number, day: number) => dayNumber({ year: y, month: m, day });
/** Days of [start, stop] in a month of a year. */
const activeDaysInMonth = (start: number, stop: number | null, y: number, m: number) => activeDays(start, stop, dn(y, m, 1), dn(y, m, daysInMonth(y, m)));
/** The rate prorated with its unit's divisor for a month of a year. */
const prorate = (rate: Money, unit: RateUnit, days: number, y: number, m: number) => prorateBy(rate, days, unitDivisor(unit, daysInMonth(y, m), daysInYear(y)));
/** A row's twelve months of a budget year. */
const dispositionMonths = (row: Disposition, y: number) => rowMonths(row, monthCalendar({ year: y, month: 1 }, 12));

describe('activeDaysInMonth (start and stop inclusive)', () => {
  it('counts a full month, a partial first and last month, and start = stop', () => {
    expect(activeDaysInMonth(dn(2025, 1, 1), null, 2026, 3)).toBe(31);
    expect(activeDaysInMonth(dn(2026, 3, 15), null, 2026, 3)).toBe(17);
    expect(activeDaysInMonth(dn(2025, 1, 1), dn(2026, 3, 14), 2026, 3)).toBe(14);
    expect(activeDaysInMonth(dn(2026, 5, 12), dn(2026, 5, 12), 2026, 5)).toBe(1);
  });
  it('is zero outside the period', () => {
    expect(activeDaysInMonth(dn(2026, 4, 1), null, 2026, 3)).toBe(0);
    expect(activeDaysInMonth(dn(2025, 1, 1), dn(2026, 2, 28), 2026, 3)).toBe(0);
  });
  it('knows leap February', () => {
    expect(activeDaysInMonth(dn(2020, 1, 1), null, 2024, 2)).toBe(29);
    expect(activeDaysInMonth(dn(2020, 1, 1), null, 2026, 2)).toBe(28);
  });
});

describe('prorate (rounded to øre, half away from zero)', () => {
  it('monthly × days/days-in-month', () => {
    expect(prorate(money(31000), 'måned', 17, 2026, 3).toFixed(2)).toBe('17000.00');
    expect(prorate(money(100000), 'måned', 1, 2026, 3).toFixed(2)).toBe('3225.81'); // 3225.806…
    expect(prorate(money(29000), 'måned', 29, 2024, 2).toFixed(2)).toBe('29000.00');
    expect(prorate(money(29000), 'måned', 1, 2024, 2).toFixed(2)).toBe('1000.00');
  });
  it('daily × days', () => {
    expect(prorate(money('1850.55'), 'dag', 29, 2024, 2).toFixed(2)).toBe('53665.95');
  });
  it('weekly × days/7', () => {
    expect(prorate(money(7000), 'uge', 31, 2026, 1).toFixed(2)).toBe('31000.00');
    expect(prorate(money(1000), 'uge', 1, 2026, 1).toFixed(2)).toBe('142.86'); // 142.857…
  });
  it('yearly × days/days-in-year (366 in a leap year)', () => {
    expect(prorate(money(365000), 'år', 31, 2026, 1).toFixed(2)).toBe('31000.00');
    expect(prorate(money(366000), 'år', 29, 2024, 2).toFixed(2)).toBe('29000.00');
  });
  it('rounds a tie away from zero, also for negative rates (refunds)', () => {
    // 0.05 × 5 / 10 days ... use a daily rate with half an øre: 0.005 × 1 = 0.005 → 0.01
    expect(prorate(money('0.005'), 'dag', 1, 2026, 1).toFixed(2)).toBe('0.01');
    expect(prorate(money('-0.005'), 'dag', 1, 2026, 1).toFixed(2)).toBe('-0.01');
    // monthly 31 × 1/62 … 15.50 exact: 31 kr × 15 days / 30 days (April) = 15.50
    expect(prorate(money('-0.31'), 'måned', 15, 2026, 4).toFixed(2)).toBe('-0.16'); // -0.155 → -0.16
  });
});

describe('dispositionMonths over a budget year', () => {
  it('a row ending before the year or starting after it gives nothing', () => {
    expect(fixed(dispositionMonths(disposition('A', 10000, 'måned', '01.01.2024', '31.12.2025'), 2026))).toEqual(Array(12).fill('0.00'));
    expect(fixed(dispositionMonths(disposition('A', 10000, 'måned', '01.01.2027', null), 2026))).toEqual(Array(12).fill('0.00'));
  });
  it('the 9999 stop date runs to the end of the year', () => {
    const row = disposition('A', 10000, 'måned', '01.01.2020', '01.01.9999');
    expect(row.stop).toBeNull();
    expect(fixed(dispositionMonths(row, 2026))).toEqual(Array(12).fill('10000.00'));
  });
  it('partial first and last months', () => {
    const months = fixed(dispositionMonths(disposition('A', 30000, 'måned', '16.04.2026', '10.06.2026'), 2026));
    expect(months.slice(3, 6)).toEqual(['15000.00', '30000.00', '10000.00']);
    expect(months.filter((m) => m !== '0.00')).toHaveLength(3);
  });
  it('start = stop is one day', () => {
    const months = fixed(dispositionMonths(disposition('A', 3100, 'dag', '12.05.2026', '12.05.2026'), 2026));
    expect(months[4]).toBe('3100.00');
    expect(months.filter((m) => m !== '0.00')).toHaveLength(1);
  });
  it('leap February for a daily rate', () => {
    expect(fixed(dispositionMonths(disposition('A', 100, 'dag', '01.01.2024', null), 2024))[1]).toBe('2900.00');
  });
});
