import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellMemo } from '../src/read/cell-memo.js';
import type { Parsed } from '../src/read/conventions.js';
import { parseDate, parseNumber } from '../src/read/conventions.js';

const parser = (text: string): Parsed<number> => ({ value: Number(text) });

describe('CellMemo', () => {
  it('gives, by key, the value made for that key, whatever the order and number of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -1e15, max: 1e15 })), { maxLength: 3000 }), (keys) => {
        const memo = new CellMemo().for(parser);
        for (const key of keys) expect(memo.byKey(key, (k) => ({ value: k })).value).toBe(key);
      }),
      { numRuns: 200 },
    );
  });

  it('shares one value per key while the keys fit, and stays bounded past that', () => {
    const memo = new CellMemo().for(parser);
    const first = new Map<number, Parsed<number>>();
    for (let k = 0; k < 5000; k++) first.set(k * 7919, memo.byKey(k * 7919, (key) => ({ value: key })));
    let same = 0;
    for (const [k, v] of first) if (memo.byKey(k, (key) => ({ value: key })) === v) same++;
    expect(same).toBeGreaterThan(4900);
    // Far more distinct keys than the table holds: every answer is still right.
    for (let k = 0; k < 600_000; k++) expect(memo.byKey(k, (key) => ({ value: key })).value).toBe(k);
  });

  it('hands each parser its own memo: equal rates and dates of a table share one value', () => {
    const memo = new CellMemo();
    const numbers = memo.for(parseNumber);
    const dates = memo.for(parseDate);
    expect(memo.for(parseNumber)).toBe(numbers);
    expect(parseNumber('1.234,50', numbers)).toBe(parseNumber('1234,5', numbers));
    expect(parseDate('01.03.2026', dates)).toBe(parseDate('2026-03-01', dates));
    expect(parseDate('1.3.2026', dates)).toBe(parseDate('1.3.2026', dates)); // remembered by text
    expect(memo.keep('Personlig støtte § 85')).toBe(memo.keep('Personlig støtte § 85'));
  });
});
