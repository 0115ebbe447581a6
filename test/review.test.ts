/**
 * The case review (undringssager, src/validate/review-check.ts and its checks): each check on its
 * boundary, on rows that must not be flagged and on case references that are no CPR number; the
 * money at stake with its arithmetic; the order of the problems and of the flags.
 * Budget year 2026; with --as-of 2026-09 the first open day is 01.10.2026 and the open months are
 * October (31 days), November (30) and December (31).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../src/model/civil-date.js';
import type { Disposition } from '../src/model/disposition.js';
import { money } from '../src/model/money.js';
import { REVIEW_CODES } from '../src/model/review.js';
import { lastLongCaseStart } from '../src/validate/review-check.js';
import { middleSum, rateOutlierPaths } from '../src/validate/rate-outlier-check.js';
import { check, d, disposition, measure, riskCase } from './helpers.js';

const REVIEW = new Set<string>(REVIEW_CODES);
const children = measure('Anbringelser', 'disposition', 1_000_000);
const adults = measure('Botilbud', 'disposition', 1_000_000, { account: '5.38.50', area: 'Voksne' });
const at = (line: number) => ({ source: { file: 'dispositioner.csv', line } });
const row = (line: number, caseRef: string, start: string, stop: string | null, extra: Partial<Disposition> = {}, m = children, rate: number | string = 1000): Disposition =>
  disposition(m.name, rate, 'måned', start, stop, { caseRef, ...at(line), ...extra });

type Parts = Parameters<typeof check>[0];
/** The review's problems as [code, line, severity], in the order reported. */
function reviewed(parts: Parts, options: Parameters<typeof check>[1] = { asOf: '2026-09' }) {
  const c = check(parts, options);
  const problems = c.problems.filter((p) => REVIEW.has(p.code));
  return { c, problems, codes: problems.map((p) => [p.code, p.location?.line, p.severity]) };
}

describe('expected-started: a forventet row whose start lies before the first open day', () => {
  it('flags a start the day before the first open day, not on it, and not an aktuel row', () => {
    const { codes, problems, c } = reviewed({
      measures: [children],
      dispositions: [
        row(2, 'Cpr. 1', '30.09.2026', null, { status: 'forventet' }, children, 31_000),
        row(3, 'Cpr. 2', '01.10.2026', null, { status: 'forventet' }),
        row(4, 'Cpr. 3', '01.01.2026', null),
      ],
    });
    expect(codes).toEqual([['expected-started', 2, 'warning']]);
    // 31.000 a month, open October-December: 3 × 31.000 = 93.000,00.
    expect(problems[0]!.message).toBe('forventet række for sag Cpr. 1 på "Anbringelser" startede 30.09.2026, før første åbne dag 01.10.2026; 93.000,00 kr. i de åbne måneder');
    expect(problems[0]!.location).toEqual({ file: 'dispositioner.csv', line: 2, column: 'Startdato' });
    expect(c.review.map((f) => [f.code, f.atStake.toFixed(2), f.age])).toEqual([['expected-started', '93000.00', null]]);
  });

  it('with no month closed the first open day is 1 January; with all closed, 1 January of the next year', () => {
    const rows = [row(2, 'Cpr. 1', '31.12.2025', null, { status: 'forventet' }), row(3, 'Cpr. 2', '01.01.2026', null, { status: 'forventet' })];
    const open = reviewed({ measures: [children], dispositions: rows }, { year: 2026 });
    expect(open.codes).toEqual([['expected-started', 2, 'warning']]);
    // Every month open: 12 × 1.000 = 12.000,00.
    expect(open.problems[0]!.message).toContain('før første åbne dag 01.01.2026; 12.000,00 kr. i de åbne måneder');
    const closed = reviewed({ measures: [children], dispositions: rows }, { asOf: '2026-12' });
    expect(closed.codes).toEqual([['expected-started', 2, 'warning'], ['expected-started', 3, 'warning']]);
    expect(closed.problems[1]!.message).toContain('før første åbne dag 01.01.2027; 0,00 kr. i de åbne måneder');
  });
});

describe('past-age-limit: a children\'s-area row active on or after the 18th birthday', () => {
  // 150308-4005: 7th digit 4 and YY 08 ≤ 36 → born 15.03.2008; 18 on 15.03.2026.
  it('the birthday itself is not paid: a stop on it is flagged, on the day before not', () => {
    const { codes, problems, c } = reviewed({
      measures: [children],
      dispositions: [
        row(2, '150308-4005', '01.01.2026', '14.03.2026'),
        row(3, '150308-4013', '01.01.2026', '15.03.2026', {}, children, 3100),
      ],
    }, { year: 2026 });
    expect(codes).toEqual([['past-age-limit', 3, 'warning']]);
    // 3.100 a month, every month open: January 3.100 + February 3.100 + 15/31 × 3.100 = 1.500 → 7.700,00.
    expect(problems[0]!.message).toBe('sag 150308-xxxx på "Anbringelser" (børneområdet) er aktiv fra 18-årsdagen 15.03.2026; 7.700,00 kr. i de åbne måneder');
    expect(problems[0]!.hint).toContain('sidste betalte dag er dagen før 18-årsdagen, 14.03.2026');
    expect(problems[0]!.location?.column).toBe('Stopdato');
    // The age is taken on the row's start or the first open day (01.01.2026), whichever is later: 17.
    expect(c.review[0]!.age).toBe(17);
  });

  it('born 29 February: 18 on 1 March in a common year', () => {
    // 290208-4xxx: born 29.02.2008; 2026 is a common year, so the 18th birthday is 01.03.2026.
    const { codes } = reviewed({
      measures: [children],
      dispositions: [row(2, '290208-4005', '01.01.2026', '28.02.2026'), row(3, '290208-4013', '01.01.2026', '01.03.2026')],
    });
    expect(codes).toEqual([['past-age-limit', 3, 'warning']]);
  });

  it('is not raised with an Aldersgrænse, for adults, for another reference, or for days outside the budget year', () => {
    const limited = measure('Efterværn', 'disposition', 1000, { ageLimit: 23 });
    const { codes } = reviewed({
      measures: [children, limited, adults],
      dispositions: [
        row(2, '150308-4005', '01.01.2026', null, { measure: 'Efterværn' }, limited),
        row(3, '150308-4013', '01.01.2026', null, {}, adults),
        row(4, 'Sag 17', '01.01.2026', null),
        // 010106-4xxx: born 01.01.2006, 18 on 01.01.2024; the row ends 31.12.2025.
        row(5, '010106-4003', '01.01.2024', '31.12.2025'),
      ],
    });
    expect(codes).toEqual([]);
  });
});

describe('age-for-measure: under 18 on an adults\' measure, 23 or more on a children\'s, 110 or more at the start', () => {
  const limited = measure('Anbringelser', 'disposition', 1_000_000, { ageLimit: 23 }); // no past-age-limit here

  it('is judged on the first open day for a running row: exactly 18 and 22 pass, 17 and 23 are flagged', () => {
    const { codes, problems, c } = reviewed({
      measures: [limited, adults],
      dispositions: [
        row(2, '011008-4001', '01.01.2026', null, {}, adults), // born 01.10.2008: 18 on 01.10.2026
        row(3, '021008-4005', '01.01.2026', null, {}, adults, 9300), // born 02.10.2008: 17 on 01.10.2026
        row(4, '011003-4009', '01.01.2026', null, {}, limited), // born 01.10.2003: 23 on 01.10.2026
        row(5, '021003-4002', '01.01.2026', null, {}, limited), // born 02.10.2003: 22
        row(6, 'Sag 17', '01.01.2026', null, {}, adults),
      ],
    });
    expect(codes).toEqual([['age-for-measure', 3, 'warning'], ['age-for-measure', 4, 'warning']]);
    // 9.300 a month in October-December: 3 × 9.300 = 27.900,00.
    expect(problems[0]!.message).toBe('sag 021008-xxxx er 17 år den 01.10.2026 på "Botilbud", en foranstaltning på voksenområdet (fra 18 år); 27.900,00 kr. i de åbne måneder');
    expect(problems[1]!.message).toBe('sag 011003-xxxx er 23 år den 01.10.2026 på "Anbringelser", en foranstaltning på børneområdet (under 23 år); 3.000,00 kr. i de åbne måneder');
    expect(problems[0]!.location?.column).toBe('CPR');
    expect(c.review.map((f) => [f.source.line, f.age])).toEqual([[3, 17], [4, 23]]);
  });

  it('a later row on its start; a row that ended before the first open day on its last day', () => {
    const { codes, problems } = reviewed({
      measures: [adults],
      dispositions: [
        row(2, '151108-4004', '15.11.2026', null, {}, adults), // born 15.11.2008: 18 on the start
        row(3, '161108-4008', '15.11.2026', null, {}, adults), // born 16.11.2008: 17 on the start
        // Born 01.04.2008: 17 on the last day 31.03.2026, though 18 on the first open day.
        row(4, '010408-4007', '01.01.2026', '31.03.2026', {}, adults),
      ],
    });
    expect(codes).toEqual([['age-for-measure', 3, 'warning'], ['age-for-measure', 4, 'warning']]);
    expect(problems[0]!.message).toContain('er 17 år den 15.11.2026');
    expect(problems[1]!.message).toContain('er 17 år den 31.03.2026');
  });

  it('110 at the start on any measure: born 01.03.1916 (7th digit 0 → 1900s), exactly 110 on 01.03.2026', () => {
    const { codes, problems } = reviewed({
      measures: [adults],
      dispositions: [row(2, '010316-0005', '01.03.2026', null, {}, adults), row(3, '020316-0009', '01.03.2026', null, {}, adults)],
    });
    expect(codes).toEqual([['age-for-measure', 2, 'warning']]);
    expect(problems[0]!.message).toBe('sag 010316-xxxx på "Botilbud": fødselsdatoen giver 110 år ved startdatoen 01.03.2026; 3.000,00 kr. i de åbne måneder');
  });
});

describe('rate-outlier: a monthly equivalent above 5 × or below 1/5 of the measure\'s median', () => {
  const m = measure('Ophold', 'disposition', 1_000_000, { ageLimit: 23 });
  const rates = (list: readonly (readonly [number | string, Disposition['unit']])[]) =>
    list.map(([rate, unit], i) => disposition('Ophold', rate, unit, '01.01.2026', null, { caseRef: `Cpr. ${i + 1}`, ...at(i + 2) }));
  const flagged = (list: Parameters<typeof rates>[0]) => reviewed({ measures: [m], dispositions: rates(list) }).codes.filter((c) => c[0] === 'rate-outlier').map((c) => c[1]);

  it('exactly 5 × and exactly 1/5 are no outliers; one øre beyond is', () => {
    // Median of 10.000 × 4 and the fifth: 10.000; 5 × 10.000 = 50.000, 10.000 / 5 = 2.000.
    expect(flagged([[10000, 'måned'], [10000, 'måned'], [10000, 'måned'], [10000, 'måned'], [50000, 'måned']])).toEqual([]);
    expect(flagged([[10000, 'måned'], [10000, 'måned'], [10000, 'måned'], [10000, 'måned'], ['50000.01', 'måned']])).toEqual([6]);
    expect(flagged([[10000, 'måned'], [10000, 'måned'], [10000, 'måned'], [10000, 'måned'], [2000, 'måned']])).toEqual([]);
    expect(flagged([[10000, 'måned'], [10000, 'måned'], [10000, 'måned'], [10000, 'måned'], ['1999.99', 'måned']])).toEqual([6]);
  });

  it('converts units: dag × 365,25/12, uge × 365,25/84, år ÷ 12', () => {
    // 1.000 a day = 1.000 × 365,25/12 = 30.437,50 a month = exactly 5 × 6.087,50.
    const day = [[6087.5, 'måned'], [6087.5, 'måned'], [6087.5, 'måned'], [6087.5, 'måned'], [1000, 'dag']] as const;
    expect(flagged(day)).toEqual([]);
    // 5 × 6.087,49 = 30.437,45 < 30.437,50.
    const { problems } = reviewed({ measures: [m], dispositions: rates([[6087.49, 'måned'], [6087.49, 'måned'], [6087.49, 'måned'], [6087.49, 'måned'], [1000, 'dag']]) });
    // At stake: 1.000 a day over October-December, 31 + 30 + 31 = 92 days = 92.000,00.
    expect(problems.map((p) => p.message)).toEqual(['takst 1.000,00 kr. pr. dag (30.437,50 kr. pr. måned) for sag Cpr. 5 er over 5 × medianen for "Ophold", 6.087,49 kr. pr. måned; 92.000,00 kr. i de åbne måneder']);
    // 700 a week = 700 × 365,25/84 = 3.043,75 a month = exactly 5 × 608,75; 7.305 a year = 608,75 a month.
    expect(flagged([[608.75, 'måned'], [608.75, 'måned'], [7305, 'år'], [608.75, 'måned'], [700, 'uge']])).toEqual([]);
    expect(flagged([[608.75, 'måned'], [608.75, 'måned'], [7304.88, 'år'], [608.74, 'måned'], [608.74, 'måned'], [700, 'uge']])).toEqual([7]);
  });

  it('an even count takes the mean of the two middle rates', () => {
    // 10, 10, 20, 30, 40 and the sixth: middle 20 and 30, median 25, 5 × 25 = 125.
    expect(flagged([[10, 'måned'], [10, 'måned'], [20, 'måned'], [30, 'måned'], [40, 'måned'], [125, 'måned']])).toEqual([]);
    expect(flagged([[10, 'måned'], [10, 'måned'], [20, 'måned'], [30, 'måned'], [40, 'måned'], ['125.01', 'måned']])).toEqual([7]);
  });

  it('needs 5 positive rates; negative rates are neither checked nor counted; a rate of 0 is below', () => {
    expect(flagged([[10000, 'måned'], [10000, 'måned'], [10000, 'måned'], [100000, 'måned']])).toEqual([]);
    expect(flagged([[10000, 'måned'], [10000, 'måned'], [10000, 'måned'], [100000, 'måned'], [0, 'måned'], [-50000, 'måned']])).toEqual([]);
    const { codes } = reviewed({ measures: [m], dispositions: rates([[10000, 'måned'], [10000, 'måned'], [10000, 'måned'], [10000, 'måned'], [10000, 'måned'], [0, 'måned'], [-50000, 'måned']]) });
    expect(codes).toEqual([['rate-outlier', 7, 'warning'], ['negative-rate', 8, 'warning']]);
  });

  it('a measure with a rate of more than two decimals is compared in decimal, with the same result', () => {
    const before = rateOutlierPaths.decimal;
    expect(flagged([[10000, 'måned'], ['10000.001', 'måned'], [10000, 'måned'], [10000, 'måned'], ['50000.01', 'måned'], ['1999.99', 'måned']])).toEqual([6, 7]);
    expect(rateOutlierPaths.decimal).toBe(before + 1);
    const exact = rateOutlierPaths.exact;
    expect(flagged([[10000, 'måned'], ['10000.01', 'måned'], [10000, 'måned'], [10000, 'måned'], ['50000.01', 'måned'], ['1999.99', 'måned']])).toEqual([6, 7]);
    expect(rateOutlierPaths.exact).toBe(exact + 1);
  });

  it('middleSum finds the two middle values as a sort would', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }), (xs) => {
      const sorted = [...xs].sort((a, b) => a - b);
      expect(middleSum(Float64Array.from(xs))).toBe(sorted[(xs.length - 1) >> 1]! + sorted[xs.length >> 1]!);
    }), { numRuns: 500 });
  });
});

describe('long-open-case: an open-ended row started more than N years before the first open day (a note)', () => {
  it('exactly 3 years is not flagged; 3 years and a day is', () => {
    const { codes, problems } = reviewed({
      measures: [children],
      dispositions: [row(2, 'Cpr. 1', '01.10.2023', null), row(3, 'Cpr. 2', '30.09.2023', null), row(4, 'Cpr. 3', '30.09.2023', '31.12.2026')],
    });
    expect(codes).toEqual([['long-open-case', 3, 'note']]);
    // 1.000 a month, October-December: 3.000,00.
    expect(problems[0]!.message).toBe('sag Cpr. 2 på "Anbringelser" har stået uden stopdato siden 30.09.2023, mere end 3 år før første åbne dag 01.10.2026; 3.000,00 kr. i de åbne måneder');
    expect(lastLongCaseStart(d('01.10.2026'), 3)).toBe(dayNumber(d('30.09.2023')));
  });

  it('--long-case-years sets N', () => {
    const rows = [row(2, 'Cpr. 1', '01.10.2021', null), row(3, 'Cpr. 2', '30.09.2021', null), row(4, 'Cpr. 3', '30.09.2023', null)];
    expect(reviewed({ measures: [children], dispositions: rows }, { asOf: '2026-09', longCaseYears: 5 }).codes).toEqual([['long-open-case', 3, 'note']]);
  });

  it('a start on 29 February has its anniversary on 1 March in a common year', () => {
    // First open day 01.03.2023; 29.02.2020 + 3 years = 01.03.2023: exactly 3 years. 28.02.2020 + 3 = 28.02.2023: before.
    const rows = [row(2, 'Cpr. 1', '29.02.2020', null), row(3, 'Cpr. 2', '28.02.2020', null)];
    expect(reviewed({ measures: [children], dispositions: rows }, { asOf: '2023-02' }).codes).toEqual([['long-open-case', 3, 'note']]);
    expect(lastLongCaseStart(d('01.03.2023'), 3)).toBe(dayNumber(d('28.02.2020')));
  });
});

describe('negative-rate', () => {
  const kinds = { headers: ['Art'], keys: ['kind'] };

  it('warns on a negative rate and unit cost with the money at stake, not on zero', () => {
    const { problems } = reviewed({
      measures: [children],
      dispositions: [row(2, 'Cpr. 1', '01.01.2026', null, {}, children, -4250), row(3, 'Cpr. 2', '01.01.2026', null, {}, children, 0)],
      riskCases: [riskCase('Anbringelser', 1, -100, '0.5', '01.10.2026', { source: { file: 'risikosager.csv', line: 2 } })],
    });
    expect(problems.map((p) => [p.code, p.location?.file, p.location?.line, p.message])).toEqual([
      // −4.250 a month in October-December: 3 × −4.250 = −12.750,00.
      ['negative-rate', 'dispositioner.csv', 2, 'negativ takst -4.250,00 for sag Cpr. 1 på "Anbringelser"; -12.750,00 kr. i de åbne måneder'],
      // 1 × −100 × 0,5 = −50 a month from 01.10.2026 to the end of the year: 3 × −50 = −150,00.
      ['negative-rate', 'risikosager.csv', 2, 'negativ enhedsudgift -100,00 for risikosag R-1 på "Anbringelser"; -150,00 kr. i de åbne måneder'],
    ]);
    expect(problems[1]!.location).toEqual({ file: 'risikosager.csv', line: 2, column: 'Enhedsudgift' });
  });

  it('is not raised when Art says refusion or indtægt, nor on a measure whose budget is negative', () => {
    const refund = measure('Refusionsordning', 'disposition', -500_000);
    const { codes } = reviewed({
      measures: [children, refund],
      dispositionExtras: kinds,
      dispositions: [
        row(2, 'Cpr. 1', '01.01.2026', null, { extra: ['Refusion'] }, children, -4250),
        row(3, 'Cpr. 2', '01.01.2026', null, { extra: ['indtægt fra anden kommune'] }, children, -4250),
        row(4, 'Cpr. 3', '01.01.2026', null, { extra: ['Udgift'] }, children, -4250),
        row(5, 'Cpr. 4', '01.01.2026', null, { extra: [''], measure: 'Refusionsordning' }, refund, -4250),
      ],
      riskCases: [riskCase('Refusionsordning', 1, -100, '0.5', '01.10.2026')],
    });
    expect(codes).toEqual([['negative-rate', 4, 'warning']]);
  });
});

describe('the review list', () => {
  it('problems come by check in file order; flags by the money at stake, largest first whatever its sign, then file order', () => {
    const { codes, c } = reviewed({
      measures: [children],
      dispositions: [
        row(2, 'Cpr. 1', '01.01.2020', null, {}, children, 1000), // long-open-case: 3.000,00
        row(3, 'Cpr. 2', '01.01.2026', null, {}, children, -4250), // negative-rate: −12.750,00
        row(4, 'Cpr. 3', '15.09.2026', null, { status: 'forventet' }, children, 31_000), // expected-started: 93.000,00
        row(5, 'Cpr. 4', '01.01.2019', null, {}, children, 1000), // long-open-case: 3.000,00
      ],
    });
    expect(codes).toEqual([['expected-started', 4, 'warning'], ['long-open-case', 2, 'note'], ['long-open-case', 5, 'note'], ['negative-rate', 3, 'warning']]);
    expect(c.review.map((f) => [f.code, f.source.line, f.atStake.toFixed(2)])).toEqual([
      ['expected-started', 4, '93000.00'],
      ['negative-rate', 3, '-12750.00'],
      ['long-open-case', 2, '3000.00'],
      ['long-open-case', 5, '3000.00'],
    ]);
    expect(c.review[0]!.caseRef).toBe('Cpr. 3');
    expect(c.review[0]!.rate.equals(money(31_000))).toBe(true);
  });
});
