/**
 * The integer-øre proration (methods/disposition.ts) is exact and is the path production takes:
 * every line, part and total equals the decimal rule, and a real CLI run prorates every row of a
 * disposition measure on the øre path (a counter, not a comparison of results, so the test fails
 * when production stops using the path).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_AS_OF, SYNTHETIC_YEAR, writeSyntheticInputs } from '../src/bench/synthetic.js';
import { forecast } from '../src/forecast/forecast.js';
import { ageLimitStop, withAgeLimits } from '../src/methods/age-limit.js';
import { activeDays, prorationPaths, rowMonths } from '../src/methods/disposition.js';
import { indexedPaths } from '../src/methods/price-index.js';
import { dayNumber } from '../src/model/civil-date.js';
import { monthCalendar } from '../src/model/calendar.js';
import { lineMonth, lineMonthNumber, lineTotal, lineTotalNumber } from '../src/model/forecast.js';
import { money, sumMoney, ZERO } from '../src/model/money.js';
import { readProject } from '../src/read/project.js';
import { check } from './helpers.js';
import { runCli } from './helpers/run-cli.js';

describe('forecast on the integer-øre path', () => {
  it('gives every line, part and total the decimal model gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prognose-fast-'));
    try {
      writeSyntheticInputs(dir, { rows: 2000, seed: 11 });
      const { inputs } = await readProject(dir);
      // One row off the fast path (three decimals) must still be exact.
      const odd = { ...inputs.dispositions[0]!, rate: money('12345.675') };
      const f = forecast(check({ ...inputs, dispositions: [odd, ...inputs.dispositions.slice(1)] }, { year: SYNTHETIC_YEAR, asOf: SYNTHETIC_AS_OF }));
      const lines = f.dispositionLines;
      expect(lines.rows).toHaveLength(2000);
      const calendar = monthCalendar({ year: SYNTHETIC_YEAR, month: 1 }, 12);
      const expectedParts = new Map<string, ReturnType<typeof rowMonths>>();
      lines.rows.forEach((row, i) => {
        const exact = rowMonths(row, calendar);
        expect(exact.map((_, m) => lineMonth(lines, i, m).toFixed(2))).toEqual(exact.map((m) => m.toFixed(2)));
        expect(lineTotal(lines, i).toFixed(2)).toBe(sumMoney(exact).toFixed(2));
        exact.forEach((m, k) => expect(lineMonthNumber(lines, i, k)).toBe(m.toNumber()));
        expect(lineTotalNumber(lines, i)).toBe(sumMoney(exact).toNumber());
        const acc = expectedParts.get(row.measure) ?? Array.from({ length: 12 }, () => ZERO);
        expectedParts.set(row.measure, acc.map((v, k) => (k < 9 ? v : v.plus(exact[k]!))));
      });
      const oddLine = lines.rows.indexOf(odd);
      expect(lineTotal(lines, oddLine).toFixed(2)).toBe(sumMoney(rowMonths(odd, calendar)).toFixed(2));
      for (const m of f.measures.filter((x) => x.measure.method === 'disposition')) {
        expect(m.parts.dispositions.map((v) => v.toFixed(2))).toEqual(expectedParts.get(m.measure.name)!.map((v) => v.toFixed(2)));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the path a real run takes for every row of a disposition measure', async () => {
    const { inputs } = await readProject('fixtures/eksempel');
    const methods = new Map(inputs.measures.map((m) => [m.name, m.method]));
    const rows = inputs.dispositions.filter((d) => methods.get(d.measure) === 'disposition').length;
    expect(rows).toBeGreaterThan(500);
    prorationPaths.ore = 0;
    prorationPaths.decimal = 0;
    const { code } = await runCli(['forecast', 'fixtures/eksempel', '--json', '--quiet']);
    expect(code).toBe(0);
    expect(prorationPaths).toEqual({ ore: rows, decimal: 0 });
  });

  it('is the path a four-year run with a price index takes, every indexed row-month in doubles', async () => {
    const { inputs } = await readProject('fixtures/eksempel');
    const methods = new Map(inputs.measures.map((m) => [m.name, m.method]));
    const rows = withAgeLimits(inputs.dispositions, inputs.measures).filter((d) => methods.get(d.measure) === 'disposition');
    // The row-months of 2027-2029 (F ≠ 1 there: 3,1 %, 2,8 %, 2,5 %) with an active day, after the age limit.
    const later = monthCalendar({ year: 2027, month: 1 }, 36);
    const indexedMonths = rows.reduce((n, r) => n + later.firstDay.filter((first, m) =>
      activeDays(dayNumber(r.start), r.stop === null ? null : dayNumber(r.stop), first, later.lastDay[m]!) > 0).length, 0);
    expect(indexedMonths).toBeGreaterThan(10_000);
    // The rows the age limit cuts within the horizon are prorated again, uncut and cut, on the same
    // path: once by the age-limit-cut note (validate/age-limit-check.ts) and once by the 18-year
    // list (forecast/transition-cases.ts). Their indexed row-months count twice each.
    const limitOf = new Map(inputs.measures.filter((m) => m.ageLimit !== null).map((m) => [m.name, m.ageLimit]));
    const horizonFirst = dayNumber({ year: 2026, month: 1, day: 1 });
    const horizonEnd = dayNumber({ year: 2029, month: 12, day: 31 });
    const indexedOf = (start: number, stop: number | null): number => later.firstDay.filter((first, m) => activeDays(start, stop, first, later.lastDay[m]!) > 0).length;
    let cutMonths = 0;
    for (const r of inputs.dispositions) {
      const last = ageLimitStop(r.caseRef, limitOf.get(r.measure) ?? null);
      if (last === null) continue;
      const stop = r.stop === null ? null : dayNumber(r.stop);
      if (Math.max(dayNumber(last) + 1, dayNumber(r.start), horizonFirst) > Math.min(stop ?? horizonEnd, horizonEnd)) continue;
      cutMonths += 2 * (indexedOf(dayNumber(r.start), stop) + indexedOf(dayNumber(r.start), dayNumber(last)));
    }
    expect(cutMonths).toBeGreaterThan(0);
    prorationPaths.ore = 0;
    prorationPaths.decimal = 0;
    indexedPaths.number = 0;
    indexedPaths.bigint = 0;
    const { code } = await runCli(['forecast', 'fixtures/eksempel', '--years', '4', '--json', '--quiet']);
    expect(code).toBe(0);
    expect(prorationPaths).toEqual({ ore: rows.length, decimal: 0 });
    expect(indexedPaths).toEqual({ number: indexedMonths + cutMonths, bigint: 0 });
  });
});
