/**
 * prognose compare: two runs of one small project, the previous at as-of 2026-08 (k0 = 8 closed
 * months), the current at 2026-09 (k1 = 9), with every kind of change the issue lists: a new case,
 * an ended case, a rate change, a stop-date change, a forventet → aktuel move, a removed case, a
 * stop moved within the closed months, a CPR written without its hyphen, a re-booking in a closed
 * month, a changed risk case, a changed intake row and one whose month closed, a pool change, a
 * budget change, a non-disposition method's change, an added and a removed measure. Every figure
 * is computed by hand beside it; open months now are Oct (31 days), Nov (30), Dec (31).
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare.js';
import { COMPONENTS, type ChangeSums } from '../src/model/comparison.js';
import { money, sumMoney } from '../src/model/money.js';
import { actual, disposition, intake, measure, riskCase, run } from './helpers.js';

const A = 'Anbringelser';
const B = 'Advokater';
const C = 'Ny ordning';
const D = 'Gammel ordning';

/** Jan-Aug (and Sep in the current run) of forbrug. */
const months = (name: string, amounts: readonly number[]) => amounts.map((a, i) => actual(name, `2026-${String(i + 1).padStart(2, '0')}`, a));

const previous = run({
  measures: [
    measure(A, 'disposition', 1_200_000, { pool: money(120_000), averagePrice: money(30_000) }),
    measure(B, 'tolvtedele', 120_000),
    measure(D, 'tolvtedele', 24_000),
  ],
  dispositions: [
    disposition(A, 30_000, 'måned', '01.01.2025', null, { caseRef: '070761-4285' }), // K1
    disposition(A, 25_000, 'måned', '01.03.2026', null, { caseRef: '120312-4003' }), // K3 ends
    disposition(A, 18_000, 'måned', '01.01.2026', '30.11.2026', { caseRef: '050614-4000' }), // K4 stop moves
    disposition(A, 40_000, 'måned', '01.06.2025', null, { caseRef: '231110-4007' }), // K5 rate
    disposition(A, 35_000, 'måned', '01.10.2026', null, { caseRef: '020209-4007', status: 'forventet' }), // K6 → aktuel
    disposition(A, 15_000, 'måned', '01.11.2026', null, { caseRef: '171108-4009', status: 'forventet' }), // K7 removed
    disposition(A, 10_000, 'måned', '01.01.2026', '31.05.2026', { caseRef: '280513-4006' }), // K8 stop in closed months
  ],
  riskCases: [
    riskCase(A, 1, 60_000, '0.5', '01.10.2026', { caseRef: 'R-1', durationMonths: 6 }),
    riskCase(A, 1, 10_000, '1', '01.11.2026', { caseRef: 'R-2', stop: { year: 2026, month: 12, day: 31 } }),
  ],
  intakes: [intake(A, '2026-11', 1, 0, 28_000), intake(A, '2026-09', 1, 0, null)],
  actuals: [...months(A, Array(8).fill(100_000)), ...months(B, Array(8).fill(9_000)), ...months(D, Array(8).fill(2_000))],
}, { asOf: '2026-08' });

const current = run({
  measures: [
    measure(A, 'disposition', 1_250_000, { pool: money(96_000), averagePrice: money(30_000) }),
    measure(B, 'tolvtedele', 180_000),
    measure(C, 'tolvtedele', 60_000),
  ],
  dispositions: [
    disposition(A, 30_000, 'måned', '01.01.2025', '01.01.9999', { caseRef: '0707614285' }), // K1: no hyphen, 01.01.9999 = blank
    disposition(A, 20_000, 'måned', '15.10.2026', null, { caseRef: '300411-4018' }), // K2 new
    disposition(A, 25_000, 'måned', '01.03.2026', '31.10.2026', { caseRef: '120312-4003' }),
    disposition(A, 18_000, 'måned', '01.01.2026', '15.12.2026', { caseRef: '050614-4000' }),
    disposition(A, 42_000, 'måned', '01.06.2025', null, { caseRef: '231110-4007' }),
    disposition(A, 35_000, 'måned', '01.10.2026', null, { caseRef: '020209-4007' }),
    disposition(A, 10_000, 'måned', '01.01.2026', '30.06.2026', { caseRef: '280513-4006' }),
  ],
  riskCases: [
    riskCase(A, 1, 60_000, '0.25', '01.10.2026', { caseRef: 'R-1', durationMonths: 6 }),
    riskCase(A, 1, 10_000, '1', '01.11.2026', { caseRef: 'R-2', stop: { year: 2026, month: 12, day: 31 } }),
  ],
  intakes: [intake(A, '2026-11', 2, 0, 28_000), intake(A, '2026-09', 1, 0, null)],
  actuals: [
    ...months(A, [100_000, 100_000, 103_500, 100_000, 100_000, 100_000, 100_000, 100_000, 150_000]), // March re-booked
    ...months(B, [...Array(8).fill(9_000), 11_000]),
    ...months(C, Array(9).fill(5_000)),
  ],
}, { asOf: '2026-09' });

const c = compare(previous, current);
const fixedSums = (s: ChangeSums) => Object.fromEntries(['previousExpected', 'expected', 'change', ...COMPONENTS, 'budgetChange', 'deviationChange'].map((k) => [k, s[k as keyof ChangeSums].toFixed(2)]));
const byMeasure = (name: string) => c.measures.find((m) => m.measure === name)!;

describe('compare: the split of E1 − E0 by hand', () => {
  it('orders measures as the current run, then the removed ones', () => {
    expect(c.measures.map((m) => m.measure)).toEqual([A, B, C, D]);
    expect([c.previousClosedMonths, c.closedMonths]).toEqual([8, 9]);
    expect(c.previousAsOf).toEqual({ year: 2026, month: 8 });
    expect(c.asOf).toEqual({ year: 2026, month: 9 });
  });

  it('splits the disposition measure into every component', () => {
    // E0 = Jan-Aug 8 × 100.000 = 800.000 + the August run's September 153.000 (rows 30.000 + 25.000 +
    //   18.000 + 40.000 = 113.000, intake 2026-09 1 × 30.000, pool 120.000 × 4/12 = 40.000 ÷ 4 = 10.000)
    //   + Oct-Dec 742.000 (rows 456.000, risk 90.000 + 20.000, intake 56.000 + 90.000, pool 30.000) = 1.695.000,00
    // E1 = Jan-Sep 803.500 + 150.000 = 953.500 + Oct-Dec 642.677,42 (rows 441.677,42, risk 45.000 + 20.000,
    //   intake 112.000, pool 96.000 × 3/12 = 24.000) = 1.596.177,42
    expect(fixedSums(byMeasure(A))).toEqual({
      previousExpected: '1695000.00',
      expected: '1596177.42',
      change: '-98822.58', // 1.596.177,42 − 1.695.000
      closedActuals: '3500.00', // March re-booked 103.500 − 100.000
      newlyClosed: '-3000.00', // September 150.000 − the August forecast 153.000
      // aktuelle Oct-Dec now: K1 90.000 + K2 (17/31 × 20.000 = 10.967,74 + 40.000) 50.967,74 + K3 25.000 + K4
      // (36.000 + 15/31 × 18.000 = 8.709,68) 44.709,68 + K5 126.000 + K6 105.000 = 441.677,42; then: K1 90.000 + K3
      // 75.000 + K4 36.000 + K5 120.000 = 321.000
      activeDispositions: '120677.42',
      expectedDispositions: '-135000.00', // then K6 105.000 + K7 30.000; now none
      riskCases: '-45000.00', // R-1 at 25 % instead of 50 %: 3 × (15.000 − 30.000); R-2 unchanged
      intake: '-34000.00', // 2026-11: (2 − 1) × 28.000 × 2 months = +56.000; 2026-09 closed now: −3 × 30.000
      pool: '-6000.00', // 24.000 now − 3 × 10.000 then
      transitions: '0.00', // no overgange in either run
      method: '0.00',
      added: '0.00',
      removed: '0.00',
      budgetChange: '50000.00', // 1.250.000 − 1.200.000
      deviationChange: '-148822.58', // −98.822,58 − 50.000
    });
  });

  it('splits a non-disposition measure, and an added and a removed one', () => {
    // tolvtedele: E0 = 8 × 9.000 + 4 × 120.000/12 = 112.000; E1 = 72.000 + 11.000 + 3 × 180.000/12 = 128.000
    expect(fixedSums(byMeasure(B))).toMatchObject({
      previousExpected: '112000.00', expected: '128000.00', change: '16000.00',
      closedActuals: '0.00', newlyClosed: '1000.00', method: '15000.00', // 11.000 − 10.000; 3 × (15.000 − 10.000)
      activeDispositions: '0.00', pool: '0.00', budgetChange: '60000.00',
    });
    // Only now: added = E1 = 9 × 5.000 + 3 × 60.000/12 = 60.000; budget change = B1
    expect(fixedSums(byMeasure(C))).toMatchObject({ previousExpected: '0.00', expected: '60000.00', change: '60000.00', added: '60000.00', budgetChange: '60000.00', removed: '0.00', method: '0.00' });
    // Only then: removed = −E0 = −(8 × 2.000 + 4 × 2.000); budget change = −B0
    expect(fixedSums(byMeasure(D))).toMatchObject({ previousExpected: '24000.00', expected: '0.00', change: '-24000.00', removed: '-24000.00', budgetChange: '-24000.00', added: '0.00' });
  });

  it('sums the components exactly, per measure and in total', () => {
    for (const m of [...c.measures, c.total]) expect(sumMoney(COMPONENTS.map((k) => m[k])).toFixed(2)).toBe(m.change.toFixed(2));
    // 1.695.000 + 112.000 + 24.000 = 1.831.000 → 1.596.177,42 + 128.000 + 60.000 = 1.784.177,42
    expect(fixedSums(c.total)).toEqual({
      previousExpected: '1831000.00', expected: '1784177.42', change: '-46822.58',
      closedActuals: '3500.00', newlyClosed: '-2000.00', activeDispositions: '120677.42', expectedDispositions: '-135000.00',
      riskCases: '-45000.00', intake: '-34000.00', pool: '-6000.00', transitions: '0.00', method: '15000.00', added: '60000.00', removed: '-24000.00',
      budgetChange: '146000.00', // 1.490.000 − 1.344.000
      deviationChange: '-192822.58', // −46.822,58 − 146.000
    });
    for (const k of [...COMPONENTS, 'previousExpected', 'expected', 'budgetChange'] as const) {
      expect(sumMoney(c.measures.map((m) => m[k])).toFixed(2), k).toBe(c.total[k].toFixed(2));
    }
  });
});

describe('compare: per case, risk case and intake row', () => {
  it('lists every changed case with its kind, fields and change, largest |change| first', () => {
    expect(c.cases.map((x) => [x.caseRef, x.kind, x.fields.join(','), x.change.toFixed(2)])).toEqual([
      ['300411-4018', 'new', '', '50967.74'], // 10.967,74 + 20.000 + 20.000
      ['120312-4003', 'changed', 'stop', '-50000.00'], // stops 31.10: Nov and Dec lost, 2 × 25.000
      ['171108-4009', 'removed', '', '-30000.00'], // forventet from 01.11: Nov and Dec, 2 × 15.000
      ['050614-4000', 'changed', 'stop', '8709.68'], // 15/31 × 18.000 in December
      ['231110-4007', 'changed', 'rate', '6000.00'], // 3 × 2.000
      ['020209-4007', 'changed', 'status', '0.00'], // forventet → aktuel, the same money
      ['280513-4006', 'changed', 'stop', '0.00'], // the stop moved within the closed months
    ]);
    // 070761-4285 written without its hyphen and with 01.01.9999 for its blank stop: the same case, not listed.
    expect(c.cases.some((x) => x.caseRef.startsWith('070761'))).toBe(false);
    expect(c.cases.every((x) => x.measure === A)).toBe(true);
  });

  it('the listed cases sum exactly to the disposition components', () => {
    // 50.967,74 − 50.000 − 30.000 + 8.709,68 + 6.000 = −14.322,58 = 120.677,42 − 135.000
    const a = byMeasure(A);
    expect(sumMoney(c.cases.map((x) => x.change)).toFixed(2)).toBe('-14322.58');
    expect(a.activeDispositions.plus(a.expectedDispositions).toFixed(2)).toBe('-14322.58');
    expect(c.listTotals.cases.toFixed(2)).toBe('-14322.58');
  });

  it('lists the changed risk case and intake rows, summing to their components', () => {
    expect(c.riskCases.map((x) => [x.caseRef, x.measure, x.kind, x.fields.join(','), x.change.toFixed(2)])).toEqual([['R-1', A, 'changed', 'probability', '-45000.00']]);
    expect(c.intakes.map((x) => [x.measure, `${x.month.year}-${x.month.month}`, x.kind, x.fields.join(','), x.change.toFixed(2)])).toEqual([
      [A, '2026-9', 'changed', 'closed', '-90000.00'], // alike rows, but September is closed now: 3 × 30.000 gone
      [A, '2026-11', 'changed', 'intake', '56000.00'], // 2 × 28.000 more
    ]);
    expect(c.listTotals.riskCases.toFixed(2)).toBe(byMeasure(A).riskCases.toFixed(2));
    expect(c.listTotals.intakes.toFixed(2)).toBe(byMeasure(A).intake.toFixed(2));
  });

  it('a case whose rows grew lists rows and the field that differs; identical runs list nothing', () => {
    const split = run({
      measures: [measure(A, 'disposition', 0)],
      dispositions: [
        // A rate change written as a new row: the old row ends 31.10, the new one runs from 01.11 at 44.000.
        disposition(A, 40_000, 'måned', '01.06.2025', '31.10.2026', { caseRef: '231110-4007' }),
        disposition(A, 44_000, 'måned', '01.11.2026', null, { caseRef: '231110-4007' }),
      ],
    }, { asOf: '2026-09' });
    const before = run({ measures: [measure(A, 'disposition', 0)], dispositions: [disposition(A, 40_000, 'måned', '01.06.2025', null, { caseRef: '231110-4007' })] }, { asOf: '2026-08' });
    const x = compare(before, split);
    // Oct 40.000 + Nov, Dec 2 × 44.000 = 128.000 now, 3 × 40.000 = 120.000 then
    expect(x.cases.map((k) => [k.kind, k.fields.join(','), k.change.toFixed(2)])).toEqual([['changed', 'stop,rows', '8000.00']]);
    const same = compare(current, current);
    expect([same.cases.length, same.riskCases.length, same.intakes.length, same.total.change.toFixed(2)]).toEqual([0, 0, 0, '0.00']);
  });
});

describe('compare: the edges of the split', () => {
  it('a previous run with no closed month, and a measure whose method changed: still exact', () => {
    // Then: budget time, nothing closed; A by disposition (one row 10.000 a month), B tolvtedele 24.000.
    const then = run({
      measures: [measure(A, 'disposition', 120_000), measure(B, 'tolvtedele', 24_000)],
      dispositions: [disposition(A, 10_000, 'måned', '01.01.2026', null, { caseRef: '070761-4285' })],
    }, { year: 2026 });
    // Now: as-of 2026-02, A on skøn 150.000 (its rows are ignored: a warning), B unchanged.
    const now = run({
      measures: [measure(A, 'skøn', 120_000, { estimate: money(150_000) }), measure(B, 'tolvtedele', 24_000)],
      dispositions: [disposition(A, 10_000, 'måned', '01.01.2026', null, { caseRef: '070761-4285' })],
      actuals: [...months(A, [11_000, 9_000]), ...months(B, [2_000, 2_500])],
    }, { asOf: '2026-02' });
    const x = compare(then, now);
    expect([x.previousAsOf, x.previousClosedMonths, x.closedMonths]).toEqual([null, 0, 2]);
    const a = x.measures[0]!;
    // E0 = 12 × 10.000 = 120.000; E1 = 150.000 (skøn). newlyClosed = (11.000 − 10.000) + (9.000 − 10.000) = 0;
    // the rows' 10 months leave the dispositions (−100.000) and skøn's open months come in: 150.000 − 20.000 = +130.000.
    expect([a.change, a.closedActuals, a.newlyClosed, a.activeDispositions, a.method].map((m) => m.toFixed(2))).toEqual(['30000.00', '0.00', '0.00', '-100000.00', '130000.00']);
    // The row still reads alike, but the forecast no longer uses it: it leaves as removed, carrying the −100.000.
    expect(x.cases.map((k) => [k.kind, k.change.toFixed(2)])).toEqual([['removed', '-100000.00']]);
    // B: newly closed (2.000 − 2.000) + (2.500 − 2.000) = 500
    expect([x.measures[1]!.change, x.measures[1]!.newlyClosed].map((m) => m.toFixed(2))).toEqual(['500.00', '500.00']);
    for (const m of [...x.measures, x.total]) expect(sumMoney(COMPONENTS.map((k) => m[k])).toFixed(2)).toBe(m.change.toFixed(2));
  });

  it('the same as-of in both runs: nothing newly closed, only the re-bookings and the parts', () => {
    const x = compare(current, current);
    expect([x.previousClosedMonths, x.closedMonths, x.total.newlyClosed.toFixed(2), x.total.change.toFixed(2)]).toEqual([9, 9, '0.00', '0.00']);
  });
});
