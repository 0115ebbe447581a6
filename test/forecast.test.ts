import { describe, expect, it } from 'vitest';
import { money } from '../src/model/money.js';
import { InputError } from '../src/model/problem.js';
import { resolvePeriod } from '../src/model/period.js';
import { actual, disposition, fixed, intake, measure, riskCase, run, ym } from './helpers.js';

const months2025 = (name: string, amount: number) => Array.from({ length: 12 }, (_, i) => actual(name, `2025-${String(i + 1).padStart(2, '0')}`, amount));
const closed2026 = (name: string, n: number, amount: number | string) => Array.from({ length: n }, (_, i) => actual(name, `2026-${String(i + 1).padStart(2, '0')}`, amount));

describe('period', () => {
  it('as-of defaults to the latest month of the year in forbrug; year to the as-of year, else today', () => {
    const acts = [actual('A', '2025-12', 1), actual('A', '2026-03', 1), actual('A', '2026-02', 1)];
    expect(resolvePeriod(acts, { year: 2026, today: { year: 2030 } })).toEqual({ year: 2026, asOf: ym('2026-03'), closedMonths: 3, years: 1 });
    expect(resolvePeriod(acts, { year: 2027, today: { year: 2030 } })).toEqual({ year: 2027, asOf: null, closedMonths: 0, years: 1 });
    expect(resolvePeriod(acts, { asOf: ym('2026-05'), today: { year: 2030 } })).toEqual({ year: 2026, asOf: ym('2026-05'), closedMonths: 5, years: 1 });
    expect(resolvePeriod(acts, { today: { year: 2026 } }).closedMonths).toBe(3);
    expect(resolvePeriod(acts, { year: 2026, asOf: ym('2025-11'), today: { year: 2030 } }).closedMonths).toBe(0);
    expect(resolvePeriod(acts, { year: 2026, asOf: ym('2027-01'), today: { year: 2030 } }).closedMonths).toBe(12);
  });
});

describe('closed months', () => {
  it('are the sum of forbrug whatever the method; a missing month counts 0 with a warning', () => {
    const f = run({
      measures: [measure('A', 'tolvtedele', 120000)],
      actuals: [actual('A', '2026-01', 1000), actual('A', '2026-01', '234.56'), actual('A', '2026-03', 500)],
    }, { year: 2026 });
    const m = f.measures[0]!;
    expect(fixed(m.months.slice(0, 3))).toEqual(['1234.56', '0.00', '500.00']);
    expect(m.actual.toFixed(2)).toBe('1734.56');
    expect(f.problems.some((p) => p.code === 'missing-actual' && p.message.includes('2026-02'))).toBe(true);
  });
});

describe('method disposition', () => {
  it('adds rows, risk cases, intake and pool in the open months', () => {
    const f = run({
      measures: [measure('A', 'disposition', 1000000, { pool: money(90000), averagePrice: money(40000) })],
      dispositions: [disposition('A', 31000, 'måned', '01.01.2025', null), disposition('A', 1000, 'dag', '15.10.2026', '20.10.2026', { status: 'forventet' })],
      riskCases: [riskCase('A', 2, 10000, '0.4', '15.10.2026', { durationMonths: 3 })],
      intakes: [intake('A', '2026-11', 3, 1, 50000), intake('A', '2026-12', 0, 1, null), intake('A', '2026-08', 1, 0, 50000)],
      actuals: closed2026('A', 9, 30000),
    }, { year: 2026 });
    const m = f.measures[0]!;
    // dispositions: 31000/month; the daily row 6 days × 1000 in October
    expect(fixed(m.parts.dispositions.slice(9))).toEqual(['37000.00', '31000.00', '31000.00']);
    // risk: 2 × 10000 × 0.4 = 8000/month from 15.10 to 14.01: Oct 17/31 days = 4387.10
    expect(fixed(m.parts.riskCases.slice(9))).toEqual(['4387.10', '8000.00', '8000.00']);
    expect(f.riskCaseLines[0]!.periodEnd).toEqual({ year: 2027, month: 1, day: 14 });
    // intake: (3−1) × 50000 from Nov; (0−1) × 40000 (measure price) from Dec; the August row is in a closed month
    expect(fixed(m.parts.intakes.slice(9))).toEqual(['0.00', '100000.00', '60000.00']);
    expect(f.problems.some((p) => p.code === 'intake-in-closed-month')).toBe(true);
    // pool: the annual 90000's share of the 3 open months, 90000 × 3/12 = 22500, is 7500 a month
    expect(fixed(m.parts.pool.slice(9))).toEqual(['7500.00', '7500.00', '7500.00']);
    // Oct 37000 + 4387.10 + 0 + 7500; Nov 31000 + 8000 + 100000 + 7500; Dec 31000 + 8000 + 60000 + 7500
    expect(fixed(m.months.slice(9))).toEqual(['48887.10', '146500.00', '106500.00']);
    expect(m.actual.toFixed(2)).toBe('270000.00');
    expect(m.forecast.toFixed(2)).toBe('301887.10');
    expect(m.expected.toFixed(2)).toBe('571887.10');
    expect(m.deviation.toFixed(2)).toBe('-428112.90');
  });

  it('spreads the remaining pool with the rounding rest in the last open month', () => {
    const f = run({ measures: [measure('A', 'disposition', 0, { pool: money(100000) })], actuals: closed2026('A', 9, 0) }, { year: 2026 });
    // 100000 × 3/12 = 25000 over 3 months: 8333.33, 8333.33 and the rest 8333.34
    expect(fixed(f.measures[0]!.parts.pool.slice(9))).toEqual(['8333.33', '8333.33', '8333.34']);
  });

  it('a risk case with a stop date, or neither stop nor duration (to year end)', () => {
    const f = run({
      measures: [measure('A', 'disposition', 0)],
      riskCases: [riskCase('A', 1, 30000, '0.5', '01.11.2026', { stop: { year: 2026, month: 11, day: 15 } }), riskCase('A', 1, 10000, '1', '01.12.2026')],
    }, { year: 2026 });
    expect(fixed(f.riskCaseLines[0]!.months.slice(10))).toEqual(['7500.00', '0.00']);
    expect(fixed(f.riskCaseLines[1]!.months.slice(10))).toEqual(['0.00', '10000.00']);
  });
});

describe('method glidende', () => {
  it('each open month is the mean of the 12 months of forbrug ending at as-of', () => {
    const acts = [...months2025('E', 100000), ...closed2026('E', 9, 130000)];
    const f = run({ measures: [measure('E', 'glidende', 1500000)], actuals: acts }, { year: 2026 });
    // window 2025-10..2026-09: 3 × 100000 + 9 × 130000 = 1470000 / 12 = 122500
    expect(fixed(f.measures[0]!.months.slice(9))).toEqual(['122500.00', '122500.00', '122500.00']);
    expect(f.measures[0]!.rolling?.monthsUsed).toBe(12);
  });
  it('rounds the mean to øre', () => {
    const acts = [...months2025('E', 100000).slice(0, 11), actual('E', '2025-12', '100000.07')];
    const f = run({ measures: [measure('E', 'glidende', 0)], actuals: acts }, { year: 2026 });
    // no month of 2026 closed: window 2025-01..2025-12, mean 1200000.07/12 = 100000.00583 → 100000.01
    expect(f.measures[0]!.months[0]!.toFixed(2)).toBe('100000.01');
    expect(f.measures[0]!.expected.toFixed(2)).toBe('1200000.12');
  });
  it('warns with fewer than 12 months and fails with fewer than 3', () => {
    const f = run({ measures: [measure('E', 'glidende', 0)], actuals: closed2026('E', 4, 1000) }, { year: 2026 });
    expect(f.measures[0]!.months[11]!.toFixed(2)).toBe('1000.00');
    expect(f.problems.some((p) => p.code === 'rolling-short-window')).toBe(true);
    expect(() => run({ measures: [measure('E', 'glidende', 0)], actuals: closed2026('E', 2, 1000) }, { year: 2026 })).toThrow(InputError);
  });
});

describe('method tolvtedele', () => {
  it('each open month is budget / 12 rounded to øre', () => {
    const f = run({ measures: [measure('T', 'tolvtedele', 950000)], actuals: closed2026('T', 9, 70000) }, { year: 2026 });
    expect(fixed(f.measures[0]!.months.slice(9))).toEqual(['79166.67', '79166.67', '79166.67']);
    expect(f.measures[0]!.forecast.toFixed(2)).toBe('237500.01');
  });
});

describe('method ramme', () => {
  it('spreads budget − actual to date over the open months, so expected = budget', () => {
    const f = run({ measures: [measure('R', 'ramme', 1000000)], actuals: closed2026('R', 9, 90000) }, { year: 2026 });
    // 1000000 − 810000 = 190000 / 3 = 63333.33, 63333.33, 63333.34
    expect(fixed(f.measures[0]!.months.slice(9))).toEqual(['63333.33', '63333.33', '63333.34']);
    expect(f.measures[0]!.expected.toFixed(2)).toBe('1000000.00');
    expect(f.measures[0]!.deviation.toFixed(2)).toBe('0.00');
  });
});

describe('method skøn', () => {
  it('spreads skøn − actual to date, so expected = skøn (income negative)', () => {
    const m = measure('S', 'skøn', -4200000, { estimate: money(-3950000) });
    const f = run({ measures: [m], actuals: closed2026('S', 9, -300000) }, { year: 2026 });
    // -3950000 − (−2700000) = −1250000 / 3 = −416666.67, −416666.67, −416666.66
    expect(fixed(f.measures[0]!.months.slice(9))).toEqual(['-416666.67', '-416666.67', '-416666.66']);
    expect(f.measures[0]!.expected.toFixed(2)).toBe('-3950000.00');
    expect(f.measures[0]!.deviation.toFixed(2)).toBe('250000.00');
  });
  it('without a Skøn value is an input error', () => {
    expect(() => run({ measures: [measure('S', 'skøn', 0)] }, { year: 2026 })).toThrow(/Skøn/);
  });
});

describe('rows for other methods and unknown measures', () => {
  it('ignores dispositions, risk cases and intake for a non-disposition measure with a warning', () => {
    const f = run({
      measures: [measure('T', 'tolvtedele', 120000)],
      dispositions: [disposition('T', 5000, 'måned', '01.01.2026', null)],
      riskCases: [riskCase('T', 1, 1000, '1', '01.01.2026')],
      intakes: [intake('T', '2026-01', 1, 0, 100)],
    }, { year: 2026 });
    expect(fixed(f.measures[0]!.months)).toEqual(Array(12).fill('10000.00'));
    expect(f.problems.filter((p) => p.code === 'ignored-for-method')).toHaveLength(3);
    expect(f.dispositionLines.rows).toHaveLength(0);
  });
  it('a reference to an unknown measure is an error', () => {
    expect(() => run({ measures: [measure('A', 'disposition', 0)], dispositions: [disposition('B', 1, 'måned', '01.01.2026', null)] }, { year: 2026 })).toThrow(/ukendt foranstaltning "B"/);
  });
});

describe('totals', () => {
  it('are exact sums of the rounded parts', () => {
    const f = run({ measures: [measure('T', 'tolvtedele', 100), measure('U', 'tolvtedele', 200)] }, { year: 2026 });
    // 8.33 × 12 = 99.96 and 16.67 × 12 = 200.04
    expect(f.measures.map((m) => m.expected.toFixed(2))).toEqual(['99.96', '200.04']);
    expect(f.total.expected.toFixed(2)).toBe('300.00');
    expect(f.total.months[0]!.toFixed(2)).toBe('25.00');
    expect(f.total.deviation.toFixed(2)).toBe('0.00');
  });
});
