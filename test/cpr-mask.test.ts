/**
 * The one CPR mask (model/cpr.ts maskCprsInText): every written form of a CPR inside longer text
 * becomes DDMMYY-xxxx; amounts, dates and other numbers are left alone.
 */
import { describe, expect, it } from 'vitest';
import { maskCprsInText } from '../src/model/cpr.js';

describe('maskCprsInText', () => {
  it.each([
    ['020709-5001', '020709-xxxx'],
    ['0207095001', '020709-xxxx'],
    ['150312 4005', '150312-xxxx'],
    ['150312\u20134005', '150312-xxxx'], // en dash
    ['281115\u20114000', '281115-xxxx'], // non-breaking hyphen
    ['150312\u00a04005', '150312-xxxx'], // no-break space
    ['15.03.12-4005', '150312-xxxx'],
    ['15-03-12-4005', '150312-xxxx'],
    ['0207\\x0009-5001', '020709-xxxx'], // the control-character warning's escape between digits
    ['0207\u000909-5001', '020709-xxxx'], // the raw control character
    ['0207\\u000909-5001', '020709-xxxx'], // JSON's escape
    ['0207\\\\x0009-5001', '020709-xxxx'], // that escape as JSON writes it (backslash doubled)
    ['02\\t07095001', '020709-xxxx'],
    ['0207\u200b095001', '020709-xxxx'], // zero-width space
    ['Sag 020709-5001', 'Sag 020709-xxxx'],
    ['020709-5001 (Anna)', '020709-xxxx (Anna)'],
    ['ark 010190-1009, fil 150312-4005.xlsx', 'ark 010190-xxxx, fil 150312-xxxx.xlsx'],
    ['"0207095001"', '"020709-xxxx"'],
  ])('masks %j', (text, masked) => {
    expect(maskCprsInText(text)).toBe(masked);
  });

  it.each([
    '1.210.000.000,00', // an amount: dots only where thousands are, never after DD and MM
    '-21.010.000,00',
    'Budget 1.210.000.000,00 mod 21.010.000,00',
    '"actual": "2301276453.19"', // JSON's amounts: ten digits and a decimal part
    '1210000000,00 kr.',
    '-1210000000.5',
    '"persons": "141243.6099"', // helårspersoner with four decimals
    '0,1503124005',
    '12345678901', // eleven digits: no CPR
    '3213001234', // day 32
    '0113001234', // month 13
    '0100001234', // month 00
    '2026-10-01',
    '12.10.2026 - 1234',
    'linje 1048576, kolonne 12',
    '',
  ])('leaves %j alone', (text) => {
    expect(maskCprsInText(text)).toBe(text);
  });

  it('finds a CPR that begins right after a run that is not one', () => {
    // "32" is no day; the CPR starts at the next digit after the space.
    expect(maskCprsInText('32 020709-5001')).toBe('32 020709-xxxx');
  });

  it('takes time linear in the text', () => {
    const unit = '0207.09.50 ';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      maskCprsInText(text);
      return performance.now() - t0;
    };
    time(50_000);
    // Minimums of three runs each, at 2,2 and 4,4 MB: a noisy machine's pauses do not count.
    const small = Math.min(time(200_000), time(200_000), time(200_000));
    const large = Math.min(time(400_000), time(400_000), time(400_000));
    expect(large).toBeLessThan(3 * small + 10);
  });
});
