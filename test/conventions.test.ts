import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontCounts, parseDate, parseDateGeneral, parseMonth, parseNumber, parseNumberGeneral, parsePercent, type Parsed } from '../src/read/conventions.js';

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

describe('the fast fronts of parseNumber and parseDate give what the general rules give', () => {
  const string = (alphabet: string[], maxLength: number) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((cs) => cs.join(''));
  /** Digit runs joined by the separators the front looks at: mostly near-common forms, padded now and then. */
  const shaped = (parts: fc.Arbitrary<string>, separators: string[]) =>
    fc.tuple(fc.constantFrom('', '', '', '-', ' ', '\u00a0', '+', '\t'), fc.array(fc.tuple(parts, fc.constantFrom(...separators)), { minLength: 1, maxLength: 5 }), fc.constantFrom('', '', '', ' ', '-', '\u2028'))
      .map(([before, ps, after]) => before + ps.map(([p, sep], i) => (i === ps.length - 1 ? p : p + sep)).join('') + after);
  const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));

  const numberText = fc.oneof(
    string(['0', '1', '5', '9', '.', ',', '-', ' ', '\u00a0', '+', 'k', 'r', '\u2212', '\t'], 12),
    shaped(digits(0, 4), ['.', '.', ',', ' ']),
    shaped(digits(1, 3), ['.', '.', '.', ',']),
    fc.tuple(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('da', 'plain', 'point')).map(([kr, ore, style]) =>
      style === 'da' ? `${kr.toLocaleString('da-DK')},${String(ore).padStart(2, '0')}` : style === 'plain' ? `${kr},${ore}` : `${kr}.${ore}`),
    fc.constantFrom('-0', '-0,00', '0', '0,00', '-0.5', '1.234', '1234.567', '12.', '.5', ',5', '1.2,5', '0001.234', '001.234', '99.999.999.999.999', '9999999999999', '99999999999999', '1234567890123.45'),
  );

  it('numbers: the same value (sign included) or the same error, on random strings', () => {
    frontCounts.number.front = 0;
    let runs = 0;
    fc.assert(
      fc.property(numberText, (text) => {
        runs++;
        const fast = parseNumber(text);
        const general = parseNumberGeneral(text);
        expect(fast).toEqual(general);
        if (general.value !== undefined) {
          expect(fast.value!.toString()).toBe(general.value.toString());
          expect(fast.value!.isNegative()).toBe(general.value.isNegative());
        }
      }),
      { numRuns: 20_000 },
    );
    // The front is really exercised, not just declined.
    expect(frontCounts.number.front).toBeGreaterThan(runs / 5);
  });

  const two = digits(1, 3);
  const dateText = fc.oneof(
    string(['0', '1', '2', '3', '9', '.', '-', '/', ' ', 'T'], 12),
    fc.tuple(two, fc.constantFrom('.', '-', '/', ' '), two, fc.constantFrom('.', '-', '/', ' '), digits(2, 5), fc.constantFrom('', ' ', '\u00a0')).map((p) => p.join('')),
    // Near-dates: a day 0-32 and a month 0-13 (padded or not), any separators, a year of 3-5 digits.
    fc.tuple(fc.integer({ min: 0, max: 32 }), fc.constantFrom('.', '-', '/', ' ', ','), fc.integer({ min: 0, max: 13 }), fc.constantFrom('.', '-', '/', ' ', ','), fc.integer({ min: 0, max: 10_999 }), fc.boolean(), fc.boolean())
      .map(([d, s1, m, s2, y, padDay, padMonth]) => `${padDay ? String(d).padStart(2, '0') : d}${s1}${padMonth ? String(m).padStart(2, '0') : m}${s2}${y < 1000 ? String(y).padStart(y % 2 ? 4 : 3, '0') : y}`),
    fc.tuple(fc.integer({ min: 0, max: 10_999 }), fc.constantFrom('-', '.', '/', ' '), fc.integer({ min: 0, max: 13 }), fc.constantFrom('-', '.', ' '), fc.integer({ min: 0, max: 32 }))
      .map(([y, s1, m, s2, d]) => `${String(y).padStart(4, '0')}${s1}${String(m).padStart(2, '0')}${s2}${String(d).padStart(2, '0')}`),
    fc.tuple(digits(3, 5), fc.constantFrom('-', '.', '/'), two, fc.constantFrom('-', '.'), two, fc.constantFrom('', 'T00:00', ' 00:00:00', ' ')).map((p) => p.join('')),
    fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).chain((d) => {
      const [y, m, day] = [String(d.getUTCFullYear()).padStart(4, '0'), String(d.getUTCMonth() + 1).padStart(2, '0'), String(d.getUTCDate()).padStart(2, '0')];
      return fc.constantFrom(`${day}.${m}.${y}`, `${day}-${m}-${y}`, `${day}/${m}/${y}`, `${y}-${m}-${day}`, ` ${day}.${m}.${y} `, `${day}.${m}-${y}`);
    }),
    fc.constantFrom('29.02.2024', '29.02.2026', '29.02.2000', '29.02.1900', '31.04.2026', '00.01.2026', '01.00.2026', '01.01.0000', '0000-01-01', '2026-02-29', '2024-02-29', '2026-13-01'),
  );

  it('dates: the same date or the same error, on random strings', () => {
    frontCounts.date.front = 0;
    let runs = 0;
    fc.assert(
      fc.property(dateText, (text) => {
        runs++;
        expect(parseDate(text)).toEqual(parseDateGeneral(text));
      }),
      { numRuns: 20_000 },
    );
    expect(frontCounts.date.front).toBeGreaterThan(runs / 10);
  });

  it('values remembered by key are the values the front makes; other forms are remembered by text', () => {
    const byKey = new Map<number, Parsed<unknown>>();
    const byText = new Map<string, Parsed<unknown>>();
    const memo = {
      byKey: <T>(key: number, make: (key: number) => Parsed<T>): Parsed<T> => (byKey.get(key) as Parsed<T> | undefined) ?? (byKey.set(key, make(key)), byKey.get(key) as Parsed<T>),
      byText: <T>(text: string, rules: (text: string) => Parsed<T>): Parsed<T> => (byText.get(text) as Parsed<T> | undefined) ?? (byText.set(text, rules(text)), byText.get(text) as Parsed<T>),
    };
    const a = parseNumber('1.234,50', memo);
    expect(parseNumber('1234,5', memo)).toBe(a); // one value for equal øre
    expect(a.value!.toString()).toBe('1234.5');
    expect(parseNumber('kr. 1.234,50', memo)).toEqual(a);
    expect(byText.has('kr. 1.234,50')).toBe(true);
    const d = parseDate('01.03.2026', memo);
    expect(parseDate(' 01-03-2026', memo)).toBe(d);
    expect(parseDate('2026-03-01', memo)).toBe(d);
    expect(d.value).toEqual({ year: 2026, month: 3, day: 1 });
    expect(parseDate('1.3.2026', memo)).toEqual(d);
    expect(byText.has('1.3.2026')).toBe(true);
    expect([...byKey.keys()].sort()).toEqual([123450, 20260301]);
  });
});
