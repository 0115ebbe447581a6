/**
 * Regression tests of issue 10 that are not an input folder (those are in fixtures/bad): the
 * overlap check's exact keys, and the command line's faults (see also test/faults.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../src/model/problem.js';
import { checkOverlaps } from '../src/validate/overlap-check.js';
import { disposition, inputs } from './helpers.js';

describe('the overlap check keys every case reference exactly', () => {
  const overlapping = (caseRef: string, other: string) => {
    // Rows 1 and 3 (odd indexes: a float past 2^53 holds only even numbers) are the same case
    // with overlapping periods; rows 0 and 2 are another case, in periods of their own.
    const rows = [
      disposition('Opholdssteder', 45000, 'måned', '01.01.2026', '31.03.2026', { caseRef: other }),
      disposition('Opholdssteder', 45000, 'måned', '01.01.2026', '30.06.2026', { caseRef }),
      disposition('Opholdssteder', 45000, 'måned', '01.04.2026', '30.06.2026', { caseRef: other }),
      disposition('Opholdssteder', 47000, 'måned', '01.06.2026', null, { caseRef }),
    ];
    const problems = new ProblemList();
    checkOverlaps(inputs({ dispositions: rows }), problems);
    return { rows, problems: problems.items };
  };

  it.each([
    ['9999999999', '9999999998'], // ≥ 2^32: crashed with a TypeError
    ['5000000001', '5000000000'], // ≥ 2^32: named the wrong rows
    ['4294967296', '4294967297'], // 2^32 itself
    ['3112999999', '3112999998'], // the largest date-shaped CPR, below 2^32
    ['020709-5001', '0207095002'],
  ])('%s: one warning, on the later row, naming the earlier one', (caseRef, other) => {
    const { rows, problems } = overlapping(caseRef, other);
    expect(problems.map((p) => [p.code, p.location?.line])).toEqual([['overlapping-periods', rows[3]!.source.line]]);
    expect(problems[0]!.message).toContain(`også linje ${rows[1]!.source.line}`);
  });
});

describe('"did you mean" stays cheap and short', () => {
  it('edit distance in a band equals the full Levenshtein distance up to the limit', async () => {
    const { editDistance } = await import('../src/validate/near-name.js');
    const full = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length]![b.length]!;
    };
    const words = ['Opholdssteder', 'opholdssteder', 'Opholdsstedet', 'Ophldssteder', 'Plejefamilier', 'Plejefamile', 'ab', 'ba', '', 'abc', 'Oph0ldsst3d3r'];
    for (const a of words) for (const b of words) for (const limit of [1, 2, 3]) expect(editDistance(a, b, limit)).toBe(Math.min(full(a, b), limit + 1));
  });

  it('a 20.000-character unknown name: quick, and the message shows 80 characters of it', async () => {
    const { check } = await import('./helpers.js');
    const { measure, disposition } = await import('./helpers.js');
    const long = 'Opholdssted'.repeat(2000); // 22.000 characters
    const started = performance.now();
    let message = '';
    try {
      check({ measures: [measure(long.slice(0, 21_999) + 'x', 'disposition', 1000)], dispositions: Array.from({ length: 50 }, () => disposition(long, 100, 'måned', '01.01.2026', null)) });
    } catch (err) {
      message = (err as { problems: { code: string; message: string }[] }).problems.find((p) => p.code === 'unknown-measure')!.message;
    }
    expect(performance.now() - started).toBeLessThan(2000);
    expect(message).toBe(`ukendt foranstaltning "${long.slice(0, 80)}…"`);
  });
});
