/**
 * The byte writer's numbers (render/workbook/byte-sink.ts): an integer is printed as String() would,
 * and an amount of integer øre as its exact decimal, which a reader parses back to exactly the
 * number øre / 100 (what the writer before it wrote as String(øre / 100)), for any |øre| < 2^53.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { putInt, putOre } from '../src/render/workbook/byte-sink.js';

const printed = (put: (buf: Uint8Array, pos: number, n: number) => number, n: number): string => {
  const buf = Buffer.alloc(40);
  return buf.toString('latin1', 3, put(buf, 3, n));
};

describe('numbers as bytes', () => {
  it('prints integers as String() does, negative ones too (a date before 1900 has a negative serial)', () => {
    for (const n of [0, 7, 9, 10, 99, 100, 46296, 2958101, -1, -305, -18260, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 31, 2 ** 31 - 1]) expect(printed(putInt, n)).toBe(String(n));
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => printed(putInt, n) === String(n)));
  });

  it('prints øre as kroner: the exact decimal, read back as øre / 100 exactly', () => {
    const cases: [number, string][] = [[0, '0'], [-0, '0'], [5, '0.05'], [50, '0.5'], [-5, '-0.05'], [1050, '10.5'], [12345, '123.45'], [-2005, '-20.05'], [4439800, '44398'], [100, '1']];
    for (const [ore, text] of cases) expect(printed(putOre, ore)).toBe(text);
    // The exact decimal of øre / 100 (from integers), which parses to the same double as the division.
    const exact = (ore: number): string => {
      const abs = BigInt(Math.abs(ore));
      const cents = (abs % 100n).toString().padStart(2, '0').replace(/0+$/, '');
      return `${ore < 0 ? '-' : ''}${abs / 100n}${cents ? `.${cents}` : ''}`;
    };
    fc.assert(fc.property(fc.maxSafeInteger(), (ore) => {
      const text = printed(putOre, ore);
      return text === exact(ore) && Number(text) === ore / 100;
    }), { numRuns: 20_000 });
    // Within a billion kroner (every amount of a municipality's budget) it is also exactly String(øre / 100).
    fc.assert(fc.property(fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }), (ore) => printed(putOre, ore) === String(ore / 100)), { numRuns: 20_000 });
  });
});
