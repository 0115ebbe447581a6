import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_YEAR, writeSyntheticInputs } from '../src/bench/synthetic.js';
import { forecast } from '../src/forecast/forecast.js';
import { dispositionMonths } from '../src/methods/disposition.js';
import { money, sumMoney, ZERO } from '../src/model/money.js';
import { readProject } from '../src/read/project.js';

describe('forecast on the integer-øre path', () => {
  it('gives every line, part and total the decimal model gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prognose-fast-'));
    try {
      writeSyntheticInputs(dir, { rows: 2000, seed: 11 });
      const { inputs, problems } = await readProject(dir);
      // One row off the fast path (three decimals) must still be exact.
      const odd = { ...inputs.dispositions[0]!, rate: money('12345.675') };
      const all = { ...inputs, dispositions: [odd, ...inputs.dispositions.slice(1)] };
      const f = forecast(all, { year: SYNTHETIC_YEAR, asOf: { year: SYNTHETIC_YEAR, month: 9 }, closedMonths: 9 }, problems);
      expect(f.dispositionLines).toHaveLength(2000);
      const expectedParts = new Map<string, ReturnType<typeof dispositionMonths>>();
      for (const line of f.dispositionLines) {
        const exact = dispositionMonths(line.disposition, SYNTHETIC_YEAR);
        expect(line.months.map((m) => m.toFixed(2))).toEqual(exact.map((m) => m.toFixed(2)));
        expect(line.total.toFixed(2)).toBe(sumMoney(exact).toFixed(2));
        exact.forEach((m, i) => expect(line.monthNumber(i)).toBe(m.toNumber()));
        expect(line.totalNumber()).toBe(sumMoney(exact).toNumber());
        const acc = expectedParts.get(line.disposition.measure) ?? Array.from({ length: 12 }, () => ZERO);
        expectedParts.set(line.disposition.measure, acc.map((v, i) => (i < 9 ? v : v.plus(exact[i]!))));
      }
      expect(f.dispositionLines.find((l) => l.disposition === odd)!.total.toFixed(2)).toBe(sumMoney(dispositionMonths(odd, SYNTHETIC_YEAR)).toFixed(2));
      for (const m of f.measures.filter((x) => x.measure.method === 'disposition')) {
        expect(m.parts.dispositions.map((v) => v.toFixed(2))).toEqual(expectedParts.get(m.measure.name)!.map((v) => v.toFixed(2)));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
