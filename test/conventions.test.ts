import { describe, expect, it } from 'vitest';
import { parseDate, parseMonth, parseNumber, parsePercent } from '../src/read/conventions.js';

describe('parseNumber (Danish Excel numbers)', () => {
  it.each([
    ['1.234.567,89', '1234567.89'],
    ['1234567,89', '1234567.89'],
    ['-4.200.000', '-4200000'],
    ['1234567.89', '1234567.89'],
    ['1.234', '1234'],
    ['12.50', '12.5'],
    ['0,5', '0.5'],
    [',75', '0.75'],
    ['  62.345,50 ', '62345.5'],
    ['1 234 567,89', '1234567.89'],
    ['1\u00a0234,00', '1234'],
    ['\u22124.250,00', '-4250'],
    ['4.250,00-', '-4250'],
    ['kr. 1.000,00', '1000'],
    ['100.000', '100000'],
    ['0', '0'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseNumber(text).value?.toString()).toBe(expected);
  });

  it.each(['', 'abc', '1,2,3', '1.23.4', '12,3a', '1.2.3,4', '--5', '1e5', 'NaN', '1.2345.678'])('rejects %j with an error, never zero', (text) => {
    const r = parseNumber(text);
    expect(r.value).toBeUndefined();
    expect(r.error).toBeTruthy();
    expect(r.error !== undefined && r.hint).toContain('1.234.567,89');
  });
});

describe('parseDate', () => {
  it.each([
    ['01.03.2026', { year: 2026, month: 3, day: 1 }],
    ['1.3.2026', { year: 2026, month: 3, day: 1 }],
    ['14-03-2026', { year: 2026, month: 3, day: 14 }],
    ['2026-03-14', { year: 2026, month: 3, day: 14 }],
    ['29.02.2024', { year: 2024, month: 2, day: 29 }],
    ['01.01.9999', { year: 9999, month: 1, day: 1 }],
  ])('reads %j', (text, expected) => {
    expect(parseDate(text).value).toEqual(expected);
  });

  it.each(['29.02.2026', '31.04.2026', '2026/13/01', '1.3.26', 'i morgen', '00.01.2026'])('rejects %j', (text) => {
    expect(parseDate(text).error).toBeTruthy();
  });
});

describe('parseMonth', () => {
  it.each([
    ['2026-09', { year: 2026, month: 9 }],
    ['09-2026', { year: 2026, month: 9 }],
    ['09.2026', { year: 2026, month: 9 }],
    ['9.2026', { year: 2026, month: 9 }],
    ['sep 2026', { year: 2026, month: 9 }],
    ['September 2026', { year: 2026, month: 9 }],
    ['2026M09', { year: 2026, month: 9 }],
    ['01.09.2026', { year: 2026, month: 9 }],
  ])('reads %j', (text, expected) => {
    expect(parseMonth(text).value).toEqual(expected);
  });

  it.each(['2026-13', '13-2026', 'foo 2026', '2026', ''])('rejects %j', (text) => {
    expect(parseMonth(text).error).toBeTruthy();
  });
});

describe('parsePercent', () => {
  it.each([
    ['40 %', '0.4', false],
    ['40%', '0.4', false],
    ['0,75', '0.75', false],
    ['0.75', '0.75', false],
    ['1', '1', false],
    ['40', '0.4', true],
    ['100 %', '1', false],
  ])('reads %j', (text, fraction, readAsPercent) => {
    const r = parsePercent(text);
    expect(r.value?.fraction.toString()).toBe(fraction);
    expect(r.value?.readAsPercent).toBe(readAsPercent);
  });

  it.each(['120 %', '-5 %', '101', 'høj'])('rejects %j', (text) => {
    expect(parsePercent(text).error).toBeTruthy();
  });
});
