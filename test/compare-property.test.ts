/**
 * compare's case matching (a radix sort of packed (measure, case) keys and one walk over both
 * runs, src/compare/compare.ts) against the rule written out plainly: group each run's lines by
 * (measure, case) in Maps, a CPR number with or without its hyphen being one case; a case is listed
 * when its row sets differ as multisets of (rate, unit, start, stop, status), with the kind by
 * which runs have it and the change Σ over the current open months of its lines now − then.
 * Random runs of a few cases, CPR numbers written both ways, other references, several rows a case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare.js';
import type { RateUnit } from '../src/model/disposition.js';
import { lineMonth, type Forecast } from '../src/model/forecast.js';
import { money, sumMoney, ZERO } from '../src/model/money.js';
import { disposition, measure, run } from './helpers.js';

const REFS = ['070761-4285', '0707614285', '120312-4003', '1203124003', 'Cpr. 1', 'Cpr. 2', 'Sag 9'];
const UNITS: RateUnit[] = ['måned', 'dag', 'uge', 'år'];
const pad = (n: number) => String(n).padStart(2, '0');
const date = (dayOfRange: number) => {
  const d = new Date(Date.UTC(2025, 6, 1) + dayOfRange * 86_400_000);
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
};

interface Row { m: 'A' | 'B'; ref: string; rate: number; unit: RateUnit; start: number; length: number | null; forventet: boolean }
const row = fc.record({
  m: fc.constantFrom<'A' | 'B'>('A', 'B'),
  ref: fc.constantFrom(...REFS),
  rate: fc.integer({ min: 100, max: 9_000_000 }),
  unit: fc.constantFrom(...UNITS),
  start: fc.integer({ min: 0, max: 600 }),
  length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  forventet: fc.boolean(),
});
const toDisposition = (r: Row) =>
  disposition(r.m, money(r.rate).dividedBy(100).toFixed(2), r.unit, date(r.start), r.length === null ? null : date(r.start + r.length), { caseRef: r.ref, status: r.forventet ? 'forventet' : 'aktuel' });

const forecastOf = (rows: readonly Row[], asOf: string): Forecast =>
  run({ measures: [measure('A', 'disposition', 0), measure('B', 'disposition', 0)], dispositions: rows.map(toDisposition) }, { asOf });

const caseOf = (ref: string): string => (/^\d{6}-?\d{4}$/.test(ref) ? ref.replace('-', '') : ref);

/** The rule, plainly: Maps of lines per (measure, case). */
function reference(then: Forecast, now: Forecast, k1: number): Map<string, { kind: string; change: string }> {
  const group = (f: Forecast) => {
    const by = new Map<string, number[]>();
    f.dispositionLines.rows.forEach((r, i) => {
      const key = `${r.measure} ${caseOf(r.caseRef)}`;
      by.set(key, [...(by.get(key) ?? []), i]);
    });
    return by;
  };
  const sig = (f: Forecast, i: number) => {
    const r = f.dispositionLines.rows[i]!;
    return [r.rate.toFixed(2), r.unit, JSON.stringify(r.start), JSON.stringify(r.stop), r.status].join('|');
  };
  const open = (f: Forecast, ids: readonly number[]) => sumMoney(ids.flatMap((i) => Array.from({ length: 12 - k1 }, (_, m) => lineMonth(f.dispositionLines, i, k1 + m))));
  const a = group(then);
  const b = group(now);
  const out = new Map<string, { kind: string; change: string }>();
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? [];
    const y = b.get(key) ?? [];
    if (x.map((i) => sig(then, i)).sort().join() === y.map((i) => sig(now, i)).sort().join()) continue;
    out.set(key, { kind: x.length === 0 ? 'new' : y.length === 0 ? 'removed' : 'changed', change: (y.length ? open(now, y) : ZERO).minus(x.length ? open(then, x) : ZERO).toFixed(2) });
  }
  return out;
}

describe('compare matches cases as the plain rule does', () => {
  it('on random runs', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 14 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 14, maxLength: 14 }), fc.array(row, { maxLength: 6 }), (before, fate, extra) => {
        // The current run: each earlier row kept (0, 1), dropped (2) or with its rate raised by 1 øre (3); then new rows.
        const after: Row[] = [];
        before.forEach((r, i) => {
          if (fate[i] === 2) return;
          after.push(fate[i] === 3 ? { ...r, rate: r.rate + 1 } : r);
        });
        after.push(...extra);
        const then = forecastOf(before, '2026-08');
        const now = forecastOf(after, '2026-09');
        const c = compare(then, now);
        const got = new Map(c.cases.map((x) => [`${x.measure} ${caseOf(x.caseRef)}`, { kind: x.kind, change: x.change.toFixed(2) }]));
        expect(got).toEqual(reference(then, now, 9));
        for (const x of c.cases) expect(x.kind === 'changed' ? x.fields.length > 0 : x.fields.length === 0).toBe(true);
        expect(c.listTotals.cases.toFixed(2)).toBe(c.total.activeDispositions.plus(c.total.expectedDispositions).toFixed(2));
      }),
      { numRuns: 150 },
    );
  });
});
