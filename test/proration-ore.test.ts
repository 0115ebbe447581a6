import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysInMonth, daysInYear, fromDayNumber } from '../src/model/civil-date.js';
import type { Disposition, RateUnit } from '../src/model/disposition.js';
import { money, Money } from '../src/model/money.js';
import { moneyFromOre, oreOf, oreToNumber, OreSum } from '../src/model/ore.js';
import { MAX_PRORATE_RATE_ORE, prorate as prorateBy, prorateOre as prorateOreBy, rowMonths, rowMonthsOre, unitDivisor } from '../src/methods/disposition.js';
import { monthCalendar } from '../src/model/calendar.js';
import { indexedOre, indexedPaths, indexedRational, priceIndex } from '../src/methods/price-index.js';
import { monthFactors } from '../src/methods/disposition.js';
import { ofMoney, ratio, roundRational, mul, div } from '../src/model/rational.js';

const divisor = (u: RateUnit, dim: number, diy: number) => unitDivisor(u, dim, diy);
const prorateOre = (r: number, u: RateUnit, days: number, dim: number, diy: number) => prorateOreBy(r, days, divisor(u, dim, diy));
const prorate = (rate: Money, u: RateUnit, days: number, y: number, m: number) => prorateBy(rate, days, divisor(u, daysInMonth(y, m), daysInYear(y)));
const yearCalendar = (y: number) => monthCalendar({ year: y, month: 1 }, 12);
const dispositionMonthsOre = rowMonthsOre;
const dispositionMonths = (row: Disposition, y: number) => rowMonths(row, yearCalendar(y));

const UNITS: RateUnit[] = ['måned', 'dag', 'uge', 'år'];
const unit = fc.constantFrom(...UNITS);
// Rates in øre: mostly realistic, sometimes up to the bound, both signs.
const rateOre = fc.oneof(
  fc.integer({ min: -20_000_000, max: 20_000_000 }),
  fc.integer({ min: -MAX_PRORATE_RATE_ORE, max: MAX_PRORATE_RATE_ORE }),
  fc.constantFrom(0, 1, -1, 50, -50, MAX_PRORATE_RATE_ORE, -MAX_PRORATE_RATE_ORE),
);
const year = fc.integer({ min: 1990, max: 2060 });
const month = fc.integer({ min: 1, max: 12 });
const kr = (ore: number): Money => new Money(ore).dividedBy(100);

describe('integer-øre proration equals the decimal model to the øre', () => {
  it('prorateOre = prorate for every unit, day count, month and year', () => {
    fc.assert(
      fc.property(rateOre, unit, year, month, fc.integer({ min: 0, max: 31 }), (r, u, y, m, rawDays) => {
        const days = Math.min(rawDays, daysInMonth(y, m));
        const fast = prorateOre(r, u, days, daysInMonth(y, m), daysInYear(y));
        const exact = prorate(kr(r), u, days, y, m);
        expect(kr(fast).eq(exact)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds ties half away from zero, like roundOre', () => {
    // 1 øre a week for 1 day = 1/7 øre → 0; 350 øre/week for 1 day = 50 øre; 7 øre × 1/2 …
    expect(prorateOre(1, 'uge', 1, 31, 365)).toBe(0);
    expect(prorateOre(4, 'uge', 1, 31, 365)).toBe(1); // 4/7 = 0,571…
    expect(prorateOre(31, 'måned', 15, 30, 365)).toBe(16); // 15,5 → 16
    expect(prorateOre(-31, 'måned', 15, 30, 365)).toBe(-16); // -15,5 → -16
    expect(prorate(money('-0.31'), 'måned', 15, 2026, 4).toFixed(2)).toBe('-0.16');
  });

  it('refuses rates beyond the bound (the row keeps the decimal path)', () => {
    const row = (ore: number): Disposition => ({
      caseRef: 'Cpr. 1', measure: 'x', rate: kr(ore), unit: 'dag', start: { year: 2026, month: 1, day: 1 },
      stop: null, stopAsWritten: null, status: 'aktuel', source: { file: 'x.csv' },
    });
    expect(rowMonthsOre(row(MAX_PRORATE_RATE_ORE + 1), yearCalendar(2026), new Float64Array(12))).toBe(false);
    expect(rowMonthsOre(row(-MAX_PRORATE_RATE_ORE - 1), yearCalendar(2026), new Float64Array(12))).toBe(false);
    expect(rowMonthsOre(row(MAX_PRORATE_RATE_ORE), yearCalendar(2026), new Float64Array(12))).toBe(true);
    expect(367 * MAX_PRORATE_RATE_ORE).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  });

  it('dispositionMonthsOre = dispositionMonths for random rows', () => {
    const day = fc.integer({ min: dayNumber({ year: 2015, month: 1, day: 1 }), max: dayNumber({ year: 2030, month: 12, day: 31 }) });
    fc.assert(
      fc.property(rateOre, unit, day, fc.option(fc.integer({ min: 0, max: 2000 })), fc.integer({ min: 2016, max: 2029 }), (r, u, start, length, y) => {
        const d: Disposition = {
          caseRef: 'Cpr. 1', measure: 'x', rate: kr(r), unit: u, start: fromDayNumber(start),
          stop: length === null ? null : fromDayNumber(start + length), stopAsWritten: null, status: 'aktuel', source: { file: 'x.csv' },
        };
        const out = new Float64Array(12);
        expect(dispositionMonthsOre(d, yearCalendar(y), out)).toBe(true);
        const exact = dispositionMonths(d, y);
        exact.forEach((v, i) => expect(kr(out[i]!).eq(v)).toBe(true));
      }),
      { numRuns: 5_000 },
    );
  });

  it('dispositionMonthsOre declines rates with more than two decimals', () => {
    const d: Disposition = {
      caseRef: 'Cpr. 1', measure: 'x', rate: money('1000.005'), unit: 'måned', start: { year: 2026, month: 1, day: 1 },
      stop: null, stopAsWritten: null, status: 'aktuel', source: { file: 'x.csv' },
    };
    expect(dispositionMonthsOre(d, yearCalendar(2026), new Float64Array(12))).toBe(false);
  });
});

describe('indexed months (a later year, F ≠ 1) on the øre path equal the exact rational to the øre', () => {
  // Percent changes as people write them: whole, one or two decimals, sometimes four, or negative.
  const percent = fc.oneof(
    fc.integer({ min: -500, max: 1500 }).map((n) => money(n).dividedBy(100)),
    fc.integer({ min: -50_000, max: 150_000 }).map((n) => money(n).dividedBy(10_000)),
    fc.constantFrom(money('3.25'), money('2.8'), money(0), money('-1.5')),
  );
  const change = (year: number, p: Money) => ({ year, percent: p, source: { file: 'prisfremskrivning.csv' } });

  it('indexedOre = round(rate × F × days ÷ divisor) for random rates, units, days and three years of changes', () => {
    const before = { ...indexedPaths };
    fc.assert(
      fc.property(rateOre, unit, fc.array(percent, { minLength: 3, maxLength: 3 }), fc.integer({ min: 1, max: 3 }), month, fc.integer({ min: 0, max: 31 }), (r, u, ps, k, m, rawDays) => {
        const index = priceIndex(ps.map((p, i) => change(2027 + i, p)), 2026, 4);
        const f = index.years[k]!;
        const y = 2026 + k;
        const days = Math.min(rawDays, daysInMonth(y, m));
        const q = divisor(u, daysInMonth(y, m), daysInYear(y));
        const exact = roundRational(div(mul(mul(ofMoney(kr(r)), f.factor), ratio(days)), ratio(q)), 2);
        expect(kr(indexedOre(r, days, q, f)).eq(exact)).toBe(true);
        expect(indexedRational(ofMoney(kr(r)), days, q, f.factor).eq(exact)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    // Both arithmetics were exercised: doubles while exact, BigInt beyond.
    expect(indexedPaths.number).toBeGreaterThan(before.number);
    expect(indexedPaths.bigint).toBeGreaterThan(before.bigint);
  });

  it('rowMonthsOre with factors = rowMonths with factors for random rows over a four-year horizon', () => {
    const day = fc.integer({ min: dayNumber({ year: 2024, month: 1, day: 1 }), max: dayNumber({ year: 2029, month: 12, day: 31 }) });
    const horizon = monthCalendar({ year: 2026, month: 1 }, 48);
    fc.assert(
      fc.property(rateOre, unit, day, fc.option(fc.integer({ min: 0, max: 2000 })), fc.array(percent, { minLength: 3, maxLength: 3 }), (r, u, start, length, ps) => {
        const d: Disposition = {
          caseRef: 'Cpr. 1', measure: 'x', rate: kr(r), unit: u, start: fromDayNumber(start),
          stop: length === null ? null : fromDayNumber(start + length), stopAsWritten: null, status: 'aktuel', source: { file: 'x.csv' },
        };
        const factors = monthFactors(priceIndex(ps.map((p, i) => change(2027 + i, p)), 2026, 4), 48);
        const out = new Float64Array(48);
        expect(rowMonthsOre(d, horizon, out, undefined, factors)).toBe(true);
        rowMonths(d, horizon, factors).forEach((v, i) => expect(kr(out[i]!).eq(v)).toBe(true));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('øre ↔ Money', () => {
  it('oreOf is the exact øre of amounts with ≤ 2 decimals, else null', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), (n) => {
        const m = kr(n);
        expect(oreOf(m)).toBe(n);
        expect(oreOf(new Money(m.toFixed(2)))).toBe(n);
        expect(moneyFromOre(n).eq(m)).toBe(true);
        expect(oreToNumber(n)).toBe(m.toNumber());
      }),
      { numRuns: 20_000 },
    );
    expect(oreOf(money('1.005'))).toBeNull();
    expect(oreOf(money('10000000000000'))).toBeNull(); // 10^13 kr: beyond the bound
    expect(oreOf(money('9999999999999.99'))).toBe(999999999999999);
    expect(oreOf(money('-0'))).toBe(0);
    expect(oreOf(money('1234567.8'))).toBe(123456780);
    expect(oreOf(money('0.07'))).toBe(7);
  });

  it('OreSum adds exactly past 2^53', () => {
    const sum = new OreSum();
    const big = Number.MAX_SAFE_INTEGER - 10;
    sum.add(big);
    sum.add(big);
    sum.add(-3);
    sum.addMoney(money('0.5'));
    expect(sum.exactOre).toBeNull();
    expect(sum.toMoney().toFixed(2)).toBe(kr(big).times(2).minus('0.03').plus('0.5').toFixed(2));
    const small = new OreSum();
    small.add(150);
    small.add(-275);
    expect(small.exactOre).toBe(-125);
    expect(small.toMoney().toFixed(2)).toBe('-1.25');
  });
});
