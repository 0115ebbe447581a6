/**
 * What explains the forecast (issue 11), figure by figure, each with its hand arithmetic: the pool
 * as an annual figure, persons n(m) and helårspersoner, the activity/price split, the key figures
 * per month (cases, starts, stops, ages, persons, average price, share) and the bridge.
 */
import { describe, expect, it } from 'vitest';
import type { Disposition } from '../src/model/disposition.js';
import { monthCalendar } from '../src/model/calendar.js';
import { money } from '../src/model/money.js';
import { InputError } from '../src/model/problem.js';
import { ratio } from '../src/model/rational.js';
import { personsByMonth } from '../src/methods/persons.js';
import { caseCountPaths } from '../src/forecast/key-figures.js';
import type { MeasureForecast } from '../src/model/forecast.js';
import { actual, disposition, fixed, fixtureForecast, intake, measure, riskCase, run } from './helpers.js';

const closed2026 = (name: string, n: number, amount: number | string) => Array.from({ length: n }, (_, i) => actual(name, `2026-${String(i + 1).padStart(2, '0')}`, amount));
const the = (f: { measures: readonly MeasureForecast[] }, name: string): MeasureForecast => f.measures.find((m) => m.measure.name === name)!;
const row = (measureName: string, caseRef: string, rate: number, start: string, stop: string | null, extra: Partial<Disposition> = {}): Disposition =>
  disposition(measureName, rate, 'måned', start, stop, { caseRef, ...extra });
/** One key figure over the twelve months. */
const figure = (m: MeasureForecast, pick: (k: NonNullable<MeasureForecast['keyFigures']>[number]) => unknown): unknown[] => m.keyFigures!.map(pick);

describe('the pool is an annual figure: the open months get R = round(P × k / 12)', () => {
  const pooled = (extra: Parameters<typeof measure>[3]) => measure('A', 'disposition', 0, extra);

  it('k = 12: the whole pool, as in Tabel 5.2', () => {
    const m = run({ measures: [pooled({ pool: money(1000000) })] }, { year: 2026 }).measures[0]!;
    // 1.000.000 / 12 = 83.333,33 in Jan-Nov; December the rest 1.000.000 − 11 × 83.333,33 = 83.333,37
    expect(fixed(m.parts.pool)).toEqual([...Array(11).fill('83333.33'), '83333.37']);
    expect(m.bridge.parts.pool.toFixed(2)).toBe('1000000.00');
  });

  it('k = 3: 1.000.000 × 3/12 = 250.000 over October-December', () => {
    const m = run({ measures: [pooled({ pool: money(1000000) })] }, { asOf: '2026-09' }).measures[0]!;
    // 250.000 / 3 = 83.333,33, 83.333,33, and the rest 83.333,34
    expect(fixed(m.parts.pool)).toEqual([...Array(9).fill('0.00'), '83333.33', '83333.33', '83333.34']);
    expect(m.forecast.toFixed(2)).toBe('250000.00');
  });

  it('k = 1: 1.000.000 × 1/12 = 83.333,333… → 83.333,33 in December', () => {
    const m = run({ measures: [pooled({ pool: money(1000000) })] }, { asOf: '2026-11' }).measures[0]!;
    expect(fixed(m.parts.pool.slice(10))).toEqual(['0.00', '83333.33']);
  });

  it('rounds R once, exactly: 1,98 × 3/12 = 0,495 → 0,50 (a float gives 0,49499…)', () => {
    const m = run({ measures: [pooled({ pool: money('1.98') })] }, { asOf: '2026-09' }).measures[0]!;
    // 0,50 / 3 = 0,1666… → 0,17, 0,17 and the rest 0,50 − 0,34 = 0,16
    expect(fixed(m.parts.pool.slice(9))).toEqual(['0.17', '0.17', '0.16']);
  });

  it('Restpulje overrides the share: 120.000 left is 40.000 a month in October-December', () => {
    const m = run({ measures: [pooled({ pool: money(1000000), restPool: money(120000) })] }, { asOf: '2026-09' }).measures[0]!;
    expect(fixed(m.parts.pool.slice(9))).toEqual(['40000.00', '40000.00', '40000.00']);
    // a Restpulje alone (no Pulje) is the remaining pool too: 100.000 / 3 = 33.333,33, 33.333,33, 33.333,34
    const alone = run({ measures: [pooled({ restPool: money(100000) })] }, { asOf: '2026-09' }).measures[0]!;
    expect(fixed(alone.parts.pool.slice(9))).toEqual(['33333.33', '33333.33', '33333.34']);
  });

  it('k = 0: nothing is left to spread, and the checks say so', () => {
    const f = run({ measures: [pooled({ restPool: money(50000) })], actuals: closed2026('A', 12, 0) }, { asOf: '2026-12' });
    expect(f.measures[0]!.parts.pool.every((p) => p.isZero())).toBe(true);
    expect(f.problems.find((p) => p.code === 'pool-unused')?.location?.column).toBe('Restpulje');
  });

  it('the Dispositioner group carries the pool as its own line ("Skøn (pulje)"), also for a measure with no rows', () => {
    const f = run({ measures: [pooled({ pool: money(1000000) })] }, { asOf: '2026-09' });
    expect(f.dispositionGroups.map((g) => [g.measure, g.current.length, g.pool?.total.toFixed(2)])).toEqual([['A', 0, '250000.00']]);
    // the dispositions' grand total stays the rows' total: 0
    expect(f.dispositionTotal.total.toFixed(2)).toBe('0.00');
  });
});

describe('persons n(m) and helårspersoner', () => {
  // One case all year at 10.000/month; a risk case (2 × 25 %) from 16.11; intake 3 − 1 from
  // November; a pool of 120.000 at 40.000 per case per month. Last closed month September.
  const parts = () => ({
    measures: [measure('A', 'disposition', 0, { pool: money(120000), averagePrice: money(40000) })],
    dispositions: [row('A', '010190-1009', 10000, '01.01.2025', null)],
    riskCases: [riskCase('A', 2, 10000, '0.25', '16.11.2026')],
    intakes: [intake('A', '2026-11', 3, 1, 50000), intake('A', '2026-08', 5, 0, 50000)],
  });

  it('adds risk cases, intake and pool persons in the open months only', () => {
    const f = run(parts(), { asOf: '2026-09' });
    const m = f.measures[0]!;
    const persons = personsByMonth({
      calendar: f.calendar, firstOpen: 9, personDays: f.calendar.daysInMonth, pool: m.parts.pool, averagePrice: money(40000),
      riskCases: parts().riskCases, intakes: parts().intakes, transitions: [],
    });
    // Jan-Sep: the row only, 31/31, 28/28, … = 1 (the risk case, intake and pool are not there, and
    // the intake row of August is in a closed month: no persons, as it adds no money)
    expect(persons.slice(0, 9)).toEqual(Array(9).fill(ratio(1)));
    // pool: 120.000 × 3/12 = 30.000, 10.000 a month ÷ 40.000 = 0,25 persons
    // Oct: 1 + 0,25 = 5/4
    // Nov: 1 + risk 2 × 0,25 × 15/30 = 0,25 + intake 3 − 1 = 2 + pool 0,25 = 7/2
    // Dec: 1 + risk 2 × 0,25 × 31/31 = 0,5 + 2 + 0,25 = 15/4
    expect(persons.slice(9)).toEqual([ratio(5, 4), ratio(7, 2), ratio(15, 4)]);
    // HP = (9 + 1,25 + 3,5 + 3,75) / 12 = 17,5 / 12 = 1,458333… → 1,4583
    expect(m.activity!.persons.toFixed(4)).toBe('1.4583');
  });

  it('without a Gennemsnitspris the pool adds no persons (it counts as price)', () => {
    const p = parts();
    const f = run({ ...p, measures: [measure('A', 'disposition', 0, { pool: money(120000) })], intakes: [intake('A', '2026-11', 3, 1, 50000)] }, { asOf: '2026-09' });
    // (9 + 1 + 3,25 + 3,5) / 12 = 16,75 / 12 = 1,395833… → 1,3958
    expect(f.measures[0]!.activity!.persons.toFixed(4)).toBe('1.3958');
  });

  it('a partial month and a leap February: days ÷ days in the month', () => {
    const f = run({ measures: [measure('A', 'disposition', 0)], dispositions: [row('A', '010190-1009', 29000, '15.02.2024', '10.03.2024')] }, { year: 2024 });
    const m = f.measures[0]!;
    // Feb 2024 has 29 days: 15.02-29.02 = 15 days, 15/29 = 0,5172 → 0,52; Mar: 10/31 = 0,3226 → 0,32
    expect(figure(m, (k) => k.persons.toFixed(2)).slice(0, 3)).toEqual(['0.00', '0.52', '0.32']);
    // HP = (15/29 + 10/31) / 12 = (465 + 290) / (899 × 12) = 755 / 10.788 = 0,069985… → 0,0700
    expect(m.activity!.persons.toFixed(4)).toBe('0.0700');
    // Feb amount 29.000 × 15/29 = 15.000,00 ÷ 15/29 persons = 29.000,00 a person
    expect(figure(m, (k) => k.averagePrice?.toFixed(2) ?? null).slice(0, 2)).toEqual([null, '29000.00']);
  });

  it('HP is rounded once, exactly, half away from zero', () => {
    // one day in January: HP = 1/31/12 = 1/372 = 0,0026881… → 0,0027
    const oneDay = run({ measures: [measure('A', 'disposition', 0)], dispositions: [row('A', '010190-1009', 3100, '31.01.2026', '31.01.2026')] }, { year: 2026 });
    expect(oneDay.measures[0]!.activity!.persons.toFixed(4)).toBe('0.0027');
    // intake 0,0006 in December alone: HP = 0,0006 / 12 = 0,00005 exactly → 0,0001 (0.0006 / 12 in floats is 4.9999…e-5)
    const tie = run({ measures: [measure('A', 'disposition', 0, { averagePrice: money(1000) })], intakes: [intake('A', '2026-12', 0.0006, 0, null)] }, { asOf: '2026-11' });
    expect(tie.measures[0]!.activity!.persons.toFixed(4)).toBe('0.0001');
  });
});

describe('activity and price', () => {
  // Two cases all year at 10.000/month and a third from 01.07 at 12.000/month; no month closed.
  // Expected = 2 × 120.000 + 6 × 12.000 = 312.000. Persons: 2 in Jan-Jun, 3 in Jul-Dec:
  // HP = (6 × 2 + 6 × 3) / 12 = 30 / 12 = 2,5.
  const rows = (name: string) => [
    row(name, '010190-1009', 10000, '01.01.2026', null),
    row(name, '020290-2008', 10000, '01.01.2026', null),
    row(name, '030390-3007', 12000, '01.07.2026', null),
  ];
  const f = run({
    measures: [
      measure('S', 'disposition', 240000, { budgetPersons: money(2) }),
      measure('T', 'disposition', 100000, { budgetPersons: money(3) }),
      measure('U', 'disposition', 300000),
      measure('Advokater', 'tolvtedele', 12000),
    ],
    dispositions: [...rows('S'), ...rows('T'), ...rows('U')],
  }, { year: 2026 });

  it('splits a deviation into activity and price that add up to it exactly', () => {
    const m = the(f, 'S');
    const a = m.activity!;
    expect(m.expected.toFixed(2)).toBe('312000.00');
    expect(m.deviation.toFixed(2)).toBe('72000.00'); // 312.000 − 240.000
    expect(a.persons.toFixed(4)).toBe('2.5000');
    expect(a.budgetPrice!.toFixed(2)).toBe('120000.00'); // 240.000 / 2
    expect(a.price!.toFixed(2)).toBe('124800.00'); // 312.000 / 2,5
    expect(a.activityEffect!.toFixed(2)).toBe('60000.00'); // (2,5 − 2) × 240.000 / 2
    expect(a.priceEffect!.toFixed(2)).toBe('12000.00'); // 72.000 − 60.000 = (124.800 − 120.000) × 2,5
    expect(a.activityEffect!.plus(a.priceEffect!).toFixed(2)).toBe(m.deviation.toFixed(2));
  });

  it('rounds the activity effect to øre, half away from zero, and the price effect takes the rest', () => {
    const a = the(f, 'T').activity!;
    expect(a.budgetPrice!.toFixed(2)).toBe('33333.33'); // 100.000 / 3 = 33.333,333…
    expect(a.activityEffect!.toFixed(2)).toBe('-16666.67'); // (2,5 − 3) × 100.000 / 3 = −16.666,666…
    expect(a.priceEffect!.toFixed(2)).toBe('228666.67'); // 212.000 − (−16.666,67)
    expect(a.activityEffect!.plus(a.priceEffect!).toFixed(2)).toBe('212000.00'); // = 312.000 − 100.000
  });

  it('gives the price without Budget antal, and no split', () => {
    const a = the(f, 'U').activity!;
    expect([a.budgetPersons, a.budgetPrice, a.activityEffect, a.priceEffect]).toEqual([null, null, null, null]);
    expect(a.price!.toFixed(2)).toBe('124800.00');
    expect(the(f, 'Advokater').activity).toBeNull();
    expect(the(f, 'Advokater').keyFigures).toBeNull();
  });

  it('with HP = 0 there is no price and no split, and the checks warn', () => {
    // only a pool, and no Gennemsnitspris: no persons; expected = the pool
    const g = run({ measures: [measure('P', 'disposition', 100000, { budgetPersons: money(2), pool: money(120000) })] }, { year: 2026 });
    const a = g.measures[0]!.activity!;
    expect(a.persons.toFixed(4)).toBe('0.0000');
    expect([a.price, a.activityEffect, a.priceEffect]).toEqual([null, null, null]);
    expect(a.budgetPrice!.toFixed(2)).toBe('50000.00'); // 100.000 / 2
    const warning = g.problems.find((p) => p.code === 'no-persons')!;
    expect(warning.severity).toBe('warning');
    expect(warning.location?.column).toBe('Budget antal');
  });

  it('a Budget antal of 0 or less is an error; on another method it is ignored with a warning', () => {
    expect(() => run({ measures: [measure('S', 'disposition', 1, { budgetPersons: money(0) })] }, { year: 2026 })).toThrow(InputError);
    try {
      run({ measures: [measure('S', 'disposition', 1, { budgetPersons: money(-2) })] }, { year: 2026 });
    } catch (err) {
      expect((err as InputError).problems.map((p) => p.code)).toContain('invalid-budget-persons');
    }
    const g = run({ measures: [measure('R', 'ramme', 1000, { budgetPersons: money(4), restPool: money(10) })] }, { year: 2026 });
    expect(g.problems.map((p) => p.code).sort()).toEqual(['budget-persons-ignored', 'pool-ignored']);
  });
});

describe('key figures per month', () => {
  it('counts a case across a rate change as one case, and a gap as a stop and a start', () => {
    const f = run({
      measures: [measure('K', 'disposition', 0)],
      dispositions: [
        // A: a rate change on 01.04, the second row written without the hyphen: one case all year
        row('K', '010190-1009', 10000, '01.06.2025', '31.03.2026'),
        row('K', '0101901009', 11000, '01.04.2026', null),
        // B: 15.03-10.05: active on 31.03 and 30.04
        row('K', '020290-2008', 10000, '15.03.2026', '10.05.2026'),
        // C: 01.01-15.03 and again from 01.05: not active on 31.12.2025, 31.03 or 30.04
        row('K', '030390-3007', 10000, '01.01.2026', '15.03.2026'),
        row('K', '030390-3007', 10000, '01.05.2026', null),
      ],
    }, { year: 2026 });
    const m = f.measures[0]!;
    // on 31.12.2025 only A: cases(Jan) = 1 + 1 (C starts) − 0 = 2; Mar: 2 + 1 (B) − 1 (C) = 2; May: 2 + 1 (C) − 1 (B) = 2
    expect(figure(m, (k) => k.cases)).toEqual(Array(12).fill(2));
    expect(figure(m, (k) => k.starts)).toEqual([1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(figure(m, (k) => k.stops)).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(figure(m, (k) => k.month.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('counts the age on the birthday itself (18 on 31.03.2026), and a 29 February birthday from 1 March', () => {
    const f = run({
      measures: [measure('K', 'disposition', 0)],
      dispositions: [row('K', '310308-4123', 10000, '01.01.2026', null), row('K', '290208-4123', 10000, '01.01.2026', null)],
    }, { year: 2026 });
    const m = f.measures[0]!;
    // 310308-4…: 7th digit 4, 08 ≤ 36 → born 31.03.2008: 17 on 28.02.2026, 18 on 31.03.2026
    // 290208-4…: born 29.02.2008: 17 on 28.02.2026 (no 29th), 18 on 31.03.2026
    expect(figure(m, (k) => k.ages[3])).toEqual([2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // 15-17
    expect(figure(m, (k) => k.ages[4])).toEqual([0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]); // 18-22
  });

  it('takes the century from the 7th digit (DOMAIN.md), and a reference that is no CPR number is "ukendt"', () => {
    const refs = ['010110-1234', '010110-4234', '010110-9234', '010137-4234', '010158-5234', '010157-5234', 'Sag 17', 'Cpr. 5'];
    const f = run({ measures: [measure('K', 'disposition', 0)], dispositions: refs.map((r) => row('K', r, 1000, '01.01.2026', null)) }, { year: 2026 });
    const jan = f.measures[0]!.keyFigures![0]!;
    // on 31.01.2026: 010110-1… → 1910 (age 116), 010137-4… → 1937 (89), 010158-5… → 1858 (168): 65+;
    // 010110-4… and 010110-9… → 2010 (16): 15-17; 010157-5… → 2057, after the day: ukendt;
    // "Sag 17" and "Cpr. 5" are no CPR numbers: ukendt
    expect(jan.ages).toEqual([0, 0, 0, 2, 0, 0, 0, 0, 3, 3]);
    expect(jan.cases).toBe(8);
  });

  it('gives persons and the average price per person, and each measure\'s share of its Område', () => {
    const f = run({
      measures: [
        measure('A', 'disposition', 0), measure('B', 'disposition', 0), measure('T', 'tolvtedele', 0),
        measure('C', 'disposition', 0, { area: 'Voksne' }),
      ],
      dispositions: [
        row('A', '010190-1009', 10000, '15.03.2026', null),
        row('B', '010190-1009', 10000, '01.02.2026', null), row('B', '020290-2008', 10000, '01.02.2026', null),
        row('C', '030390-3007', 10000, '01.02.2026', null),
      ],
    }, { year: 2026 });
    const a = the(f, 'A');
    // March: 15.03-31.03 = 17 days: persons 17/31 = 0,548 → 0,55; amount 10.000 × 17/31 = 5.483,87;
    // average 5.483,87 ÷ 17/31 = 169.999,97 / 17 = 9.999,998… → 10.000,00
    expect(figure(a, (k) => k.persons.toFixed(2)).slice(1, 4)).toEqual(['0.00', '0.55', '1.00']);
    expect(figure(a, (k) => k.averagePrice?.toFixed(2) ?? null).slice(1, 4)).toEqual([null, '10000.00', '10000.00']);
    // January: no cases in either Område: no share; Feb: A 0 of 2 = 0,0 %, B 2 of 2 = 100,0 %;
    // from March A 1 and B 2 of 3: 33,3 % and 66,7 %; Voksne: C alone, 100,0 %. A child in two measures counts in both.
    expect(figure(a, (k) => k.share?.toFixed(1) ?? null).slice(0, 4)).toEqual([null, '0.0', '33.3', '33.3']);
    expect(figure(the(f, 'B'), (k) => k.share?.toFixed(1) ?? null).slice(0, 4)).toEqual([null, '100.0', '66.7', '66.7']);
    expect(figure(the(f, 'C'), (k) => k.share?.toFixed(1) ?? null).slice(0, 3)).toEqual([null, '100.0', '100.0']);
  });

  it('are counted on the packed path in a real run', async () => {
    const before = caseCountPaths.packed;
    await fixtureForecast('fixtures/eksempel');
    expect(caseCountPaths.packed).toBe(before + 1);
  });
});

describe('the bridge', () => {
  it('splits the open months into their parts, and sets the rows against forbrug in the closed months', () => {
    const f = run({
      measures: [measure('A', 'disposition', 1000000, { pool: money(90000), averagePrice: money(40000) }), measure('T', 'tolvtedele', 120000)],
      dispositions: [disposition('A', 31000, 'måned', '01.01.2025', null), disposition('A', 1000, 'dag', '15.10.2026', '20.10.2026', { status: 'forventet' })],
      riskCases: [riskCase('A', 2, 10000, '0.4', '15.10.2026', { durationMonths: 3 })],
      intakes: [intake('A', '2026-11', 3, 1, 50000), intake('A', '2026-12', 0, 1, null)],
      actuals: [...closed2026('A', 9, 30000), ...closed2026('T', 9, 9000)],
    }, { year: 2026 });
    const b = the(f, 'A').bridge;
    const parts = [b.parts.activeDispositions, b.parts.expectedDispositions, b.parts.riskCases, b.parts.intake, b.parts.pool, b.parts.method];
    // aktuel 3 × 31.000 = 93.000; forventet 6 days × 1.000 = 6.000; risk 4.387,10 + 8.000 + 8.000;
    // intake 0 + 2 × 50.000 + (2 × 50.000 − 40.000); pool 90.000 × 3/12 = 22.500
    expect(fixed(parts)).toEqual(['93000.00', '6000.00', '20387.10', '160000.00', '22500.00', '0.00']);
    // their sum is the forecast: 93.000 + 6.000 + 20.387,10 + 160.000 + 22.500 = 301.887,10
    expect(the(f, 'A').forecast.toFixed(2)).toBe('301887.10');
    // closed: the rows dispose 9 × 31.000 = 279.000 against 9 × 30.000 = 270.000 booked: −9.000 unexplained
    expect(fixed([b.closed.disposed, b.closed.booked, b.closed.unexplained])).toEqual(['279000.00', '270000.00', '-9000.00']);
    // another method: all of its forecast is "method"; no rows dispose anything
    const t = the(f, 'T').bridge;
    expect(fixed([t.parts.method, t.closed.disposed, t.closed.booked])).toEqual(['30000.00', '0.00', '81000.00']); // 3 × 10.000; 9 × 9.000
    // the total bridge adds the measures
    expect(f.bridgeTotal.parts.method.plus(f.bridgeTotal.parts.pool).toFixed(2)).toBe('52500.00');
    expect(f.bridgeTotal.closed.unexplained.toFixed(2)).toBe('72000.00'); // −9.000 + 81.000
  });
});

describe('the packed and the grouped case counts agree', () => {
  it('a calendar too long for the packed numbers gives the same first twelve months', async () => {
    const { caseCounts } = await import('../src/forecast/key-figures.js');
    const rows = [
      row('K', '010190-1009', 1, '01.06.2025', '31.03.2026'), row('K', '0101901009', 1, '01.04.2026', null),
      row('K', '020290-2008', 1, '15.03.2026', '10.05.2026'), row('K', '310308-4123', 1, '01.01.2026', null),
      row('K', 'Sag 17', 1, '01.01.2026', '30.06.2026'), row('L', 'Sag 17', 1, '01.01.2026', null),
    ];
    const slots = new Map([['K', 0], ['L', 1]]);
    const packedBefore = caseCountPaths.packed;
    const short = caseCounts(rows, slots, 2, monthCalendar({ year: 2026, month: 1 }, 12));
    expect(caseCountPaths.packed).toBe(packedBefore + 1);
    const groupedBefore = caseCountPaths.grouped;
    const long = caseCounts(rows, slots, 2, monthCalendar({ year: 2026, month: 1 }, 1000));
    expect(caseCountPaths.grouped).toBe(groupedBefore + 1);
    for (const slot of [0, 1]) {
      expect(Array.from(long[slot]!.cases.subarray(0, 12))).toEqual(Array.from(short[slot]!.cases));
      expect(Array.from(long[slot]!.starts.subarray(0, 12))).toEqual(Array.from(short[slot]!.starts));
      expect(Array.from(long[slot]!.stops.subarray(0, 12))).toEqual(Array.from(short[slot]!.stops));
      expect(Array.from(long[slot]!.ages.subarray(0, 120))).toEqual(Array.from(short[slot]!.ages));
    }
    // K: A all year, the 2008 child, B on 31.03 and 30.04, "Sag 17" to 30.06 (inclusive)
    expect(Array.from(short[0]!.cases)).toEqual([3, 3, 4, 4, 3, 3, 2, 2, 2, 2, 2, 2]);
    // L: "Sag 17" all year (a case in K too)
    expect(Array.from(short[1]!.cases)).toEqual(Array(12).fill(1));
  });
});
