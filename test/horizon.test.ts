/**
 * The horizon (issue 14): --years, the later years' rules, the age limit, transitions and price
 * indexation, each with hand-computed figures (the arithmetic beside each expected amount).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readAndCheck } from '../src/cli/pipeline.js';
import { forecast } from '../src/forecast/forecast.js';
import type { Forecast, YearMeasure } from '../src/model/forecast.js';
import { money } from '../src/model/money.js';
import { InputError } from '../src/model/problem.js';
import type { PriceChange } from '../src/model/price-index.js';
import type { Transition } from '../src/model/transition.js';
import { forecastToJson } from '../src/render/json.js';
import { actual, check, d, disposition, fixed, fixtureForecast, intake, measure, riskCase, run } from './helpers.js';
import { runCli } from './helpers/run-cli.js';

/** A CPR number with a valid modulus-11 check for a birth date (seventh digit 4: born 2000-2036). */
function cpr(day: number, month: number, year: number): string {
  const head = `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}4`;
  for (let serial = 0; ; serial++) {
    const digits = `${head}${String(serial).padStart(2, '0')}`.split('').map(Number);
    const check = (11 - ([4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * digits[i]!, 0) % 11)) % 11;
    if (check < 10) return `${head.slice(0, 6)}-${head.slice(6)}${String(serial).padStart(2, '0')}${check}`;
  }
}

const change = (year: number, percent: string): PriceChange => ({ year, percent: money(percent), source: { file: 'prisfremskrivning.csv', line: year - 2025 } });
const later = (f: Forecast, year: number, name: string): YearMeasure => f.years.find((y) => y.year === year)!.measures.find((m) => m.measure.name === name)!;
const transition = (caseRef: string, measureName: string, start: string, rate: number, probability: string, extra: Partial<Transition> = {}): Transition => ({
  caseRef, measure: measureName, start: d(start), startFromCpr: false, rate: money(rate), unit: 'måned', probability: money(probability), stop: null, source: { file: 'overgange.csv', line: 2 }, ...extra,
});

describe('a disposition row over the horizon', () => {
  it('crosses the turn of the year: prorated in each month up to its stop', () => {
    const rows = [disposition('A', 31000, 'måned', '15.11.2026', '10.02.2027')];
    const f = run({ measures: [measure('A', 'disposition', 0)], dispositions: rows }, { year: 2026, years: 2 });
    const m = f.measures[0]!;
    // Nov 2026: 16/30 × 31.000 = 16.533,33; Dec 31.000
    expect(fixed(m.months.slice(10))).toEqual(['16533.33', '31000.00']);
    expect(m.expected.toFixed(2)).toBe('47533.33');
    // Jan 2027: 31.000; Feb 2027: 10/28 × 31.000 = 11.071,43; then nothing
    const y = later(f, 2027, 'A');
    expect(fixed(y.months.slice(0, 3))).toEqual(['31000.00', '11071.43', '0.00']);
    expect(y.expected.toFixed(2)).toBe('42071.43'); // 31.000 + 11.071,43
    expect(y.known.toFixed(2)).toBe('42071.43'); // an aktuel row: known
    // The Dispositioner line keeps the budget year's twelve months: 16.533,33 + 31.000.
    expect(f.dispositionLines.months).toBe(12);
    // Without --years the budget year is the same and there is no later year.
    const one = run({ measures: [measure('A', 'disposition', 0)], dispositions: rows }, { year: 2026 });
    expect(one.measures[0]!.expected.toFixed(2)).toBe('47533.33');
    expect(one.years).toEqual([]);
  });

  it('runs open-ended to the horizon\'s end', () => {
    const f = run({ measures: [measure('A', 'disposition', 0)], dispositions: [disposition('A', 1000, 'dag', '01.01.2026', null)] }, { year: 2026, years: 4 });
    // 2028 is a leap year: 366 days × 1.000; 2029: 365 × 1.000
    expect(f.years.map((y) => y.total.expected.toFixed(2))).toEqual(['365000.00', '366000.00', '365000.00']);
  });
});

describe('the age limit (Aldersgrænse), in every year', () => {
  const rate = 31000;
  const limited = measure('P', 'disposition', 0, { ageLimit: 18 });

  it('ends the row the day before the birthday: the birthday itself is not paid', () => {
    const born = cpr(15, 3, 2009); // 18 on 15.03.2027
    const f = run({ measures: [limited], dispositions: [disposition('P', rate, 'måned', '01.01.2026', null, { caseRef: born })] }, { year: 2026, years: 2 });
    const y = later(f, 2027, 'P');
    // Jan, Feb 31.000; Mar 14/31 × 31.000 = 14.000 (1-14 March paid, the 15th not); from April nothing
    expect(fixed(y.months.slice(0, 4))).toEqual(['31000.00', '31000.00', '14000.00', '0.00']);
    expect(y.expected.toFixed(2)).toBe('76000.00'); // 2 × 31.000 + 14.000
    expect(f.measures[0]!.expected.toFixed(2)).toBe('372000.00'); // 2026 untouched: 12 × 31.000
    // The note names the case masked, the last paid day and what the cut removes from the open
    // months: March 17/31 × 31.000 = 17.000 and April-December 9 × 31.000 = 279.000, 296.000.
    const note = f.problems.find((p) => p.code === 'age-limit-cut')!;
    expect(note.severity).toBe('note');
    expect(note.message).toBe(`rækken for sag ${born.slice(0, 6)}-xxxx på "P" slutter 14.03.2027, dagen før 18-årsdagen (Aldersgrænse 18); 296.000,00 kr. fjernet fra prognosen (åbne måneder 2026-01 – 2027-12)`);
    expect(JSON.stringify(f.problems)).not.toContain(born);
    // The 18-year list: before 31.000 × 12 in 2027, after 76.000.
    expect(f.transitionCases.map((c) => [c.caseRef, c.birthday, c.lastPaid, fixed(c.before), fixed(c.after)])).toEqual([
      [born, d('15.03.2027'), d('14.03.2027'), ['372000.00', '372000.00'], ['372000.00', '76000.00']],
    ]);
  });

  it('a birthday on the 1st ends the row on the last day of the month before; born 29 February: 28 February in a common year', () => {
    const may = cpr(1, 5, 2009); // 18 on 01.05.2027: the row ends 30.04.2027
    const leap = cpr(29, 2, 2008); // 18 in 2026, a common year: on 01.03.2026, the row ends 28.02.2026
    const f = run({
      measures: [limited],
      dispositions: [disposition('P', rate, 'måned', '01.01.2026', null, { caseRef: may }), disposition('P', rate, 'måned', '01.01.2026', null, { caseRef: leap }), disposition('P', rate, 'måned', '01.01.2026', null, { caseRef: 'Sag 7' })],
    }, { year: 2026, years: 2 });
    const lines = f.dispositionLines;
    const months = (i: number) => Array.from({ length: 12 }, (_, m) => lines.ore[i * 12 + m]! / 100);
    // 01.05.2027 case: every month of 2026
    expect(months(0)).toEqual(Array(12).fill(31000));
    // 29.02.2008 case: January and February (28/28) paid, nothing from 1 March
    expect(months(1)).toEqual([31000, 31000, ...Array(10).fill(0)]);
    // "Sag 7" is no CPR number: not cut
    expect(months(2)).toEqual(Array(12).fill(31000));
    // 2027: the May case January-April 4 × 31.000 = 124.000; Sag 7 12 × 31.000 = 372.000
    expect(later(f, 2027, 'P').expected.toFixed(2)).toBe('496000.00');
    expect(later(f, 2027, 'P').months.slice(3, 5).map((m) => m.toFixed(2))).toEqual(['62000.00', '31000.00']);
  });
});

describe('transitions (overgange)', () => {
  it('at the 18th birthday with probability 60 %: rate × 60 % from the birthday, its own part of the bridge', async () => {
    const born = cpr(15, 3, 2009); // 18 on 15.03.2027
    const dir = await mkdtemp(join(tmpdir(), 'prognose-horizon-'));
    const csv = (name: string, lines: string[]) => writeFile(join(dir, name), iconv.encode(lines.join('\r\n') + '\r\n', 'windows-1252'));
    await csv('foranstaltninger.csv', ['Konto;Område;Foranstaltning;Metode;Budget;Budget 2027;Aldersgrænse', '5.28.20;Børn og unge;Anbringelse;disposition;372.000;;18', '5.38.52;Voksne;Botilbud § 107;disposition;0;300.000;']);
    await csv('dispositioner.csv', ['CPR-nr.;Foranstaltning;Takst (kr.);Takstenhed;Startdato;Stopdato', `${born};Anbringelse;31.000,00;måned;01.01.2026;01.01.9999`]);
    // Startdato blank: the 18th birthday from the CPR number; Sandsynlighed 60 %.
    await csv('overgange.csv', ['CPR;Til foranstaltning;Startdato;Takst;Takstenhed;Sandsynlighed;Stopdato', `${born};Botilbud § 107;;50.000,00;måned;60 %;`]);
    const { checked, problems } = await readAndCheck(dir, { year: 2026, years: 2, today: { year: 2026 } });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const f = forecast(checked!);
    expect(checked!.inputs.transitions[0]!.start).toEqual(d('15.03.2027'));
    const adult = later(f, 2027, 'Botilbud § 107');
    // 50.000 × 60 % = 30.000 a month: March 17/31 × 30.000 = 16.451,61 (15-31 March), April-December 9 × 30.000 = 270.000
    expect(fixed(adult.months.slice(1, 4))).toEqual(['0.00', '16451.61', '30000.00']);
    expect(adult.parts.transitions.toFixed(2)).toBe('286451.61'); // 16.451,61 + 270.000
    expect(adult.expected.toFixed(2)).toBe('286451.61');
    expect(adult.known.toFixed(2)).toBe('0.00'); // a transition is estimated, not known
    expect(adult.deviation!.toFixed(2)).toBe('-13548.39'); // 286.451,61 − 300.000
    // The children's row ends the day before: March 14/31 × 31.000 = 14.000.
    expect(later(f, 2027, 'Anbringelse').months[2]!.toFixed(2)).toBe('14000.00');
    expect(f.measures[1]!.bridge.parts.transitions.toFixed(2)).toBe('0.00'); // nothing in 2026
    // One case on the 18-year list: both sides.
    expect(f.transitionCases).toHaveLength(1);
    const c = f.transitionCases[0]!;
    expect([c.birthday, c.lastPaid, c.childMeasures, c.adultMeasures, c.adultStart, fixed(c.before), fixed(c.after), fixed(c.adult)]).toEqual([
      d('15.03.2027'), d('14.03.2027'), ['Anbringelse'], ['Botilbud § 107'], d('15.03.2027'), ['372000.00', '372000.00'], ['372000.00', '76000.00'], ['0.00', '286451.61'],
    ]);
    expect(fixed(f.transitionTotals.adult)).toEqual(['0.00', '286451.61']);
    // JSON: the budget year's parts gain transitions, the later year's too.
    const doc = JSON.parse(forecastToJson(f));
    expect(doc.measures[1].parts.transitions).toBe('0.00');
    expect(doc.years[0].measures[1]).toMatchObject({ measure: 'Botilbud § 107', budget: '300000.00', expected: '286451.61', deviation: '-13548.39', known: '0.00', estimated: '286451.61' });
    expect(doc.years[0].measures[1].parts.transitions).toBe('286451.61');
  });

  it('into a measure whose method is not disposition is an error; a blank Startdato needs a CPR number', async () => {
    expect(() => check({
      measures: [measure('V', 'tolvtedele', 100)],
      transitions: [transition('Sag 1', 'V', '01.01.2027', 1000, '1')],
    }, { year: 2026 })).toThrow(InputError);
    try {
      check({ measures: [measure('V', 'tolvtedele', 100)], transitions: [transition('Sag 1', 'V', '01.01.2027', 1000, '1')] }, { year: 2026 });
    } catch (err) {
      expect((err as InputError).problems.map((p) => [p.severity, p.code])).toEqual([['error', 'transition-not-disposition']]);
    }
    const dir = await mkdtemp(join(tmpdir(), 'prognose-horizon-'));
    await writeFile(join(dir, 'foranstaltninger.csv'), 'Foranstaltning;Metode;Budget\r\nV;disposition;0\r\n');
    await writeFile(join(dir, 'overgange.csv'), 'CPR;Til foranstaltning;Startdato;Takst\r\nSag 12;V;;1.000\r\n');
    const { problems } = await readAndCheck(dir, { year: 2026, today: { year: 2026 } });
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.location?.file, p.location?.line, p.location?.column])).toEqual([['missing-value', 'overgange.csv', 2, 'Startdato']]);
  });
});

describe('risk cases and intake over the horizon', () => {
  it('a risk case runs over its whole period, across the turn of the year', () => {
    const risk = [riskCase('A', 1, 20000, '0.5', '01.11.2026', { durationMonths: 4 })];
    const f = run({ measures: [measure('A', 'disposition', 0)], riskCases: risk }, { year: 2026, years: 2 });
    // 1 × 20.000 × 50 % = 10.000 a month, 01.11.2026 + 4 months − 1 day = 28.02.2027
    expect(fixed(f.measures[0]!.parts.riskCases.slice(10))).toEqual(['10000.00', '10000.00']);
    expect(fixed(later(f, 2027, 'A').months.slice(0, 3))).toEqual(['10000.00', '10000.00', '0.00']);
    expect(later(f, 2027, 'A').parts.riskCases.toFixed(2)).toBe('20000.00');
    // With one year the budget year is the same; its line shows the period's end.
    const one = run({ measures: [measure('A', 'disposition', 0)], riskCases: risk }, { year: 2026 });
    expect(one.riskCaseLines[0]!.total.toFixed(2)).toBe('20000.00');
    expect(one.riskCaseLines[0]!.periodEnd).toEqual(d('28.02.2027'));
  });

  it('an intake row dated the year before is a change in the stock: it counts in every open month, without a warning', () => {
    const parts = {
      measures: [measure('A', 'disposition', 0)],
      intakes: [intake('A', '2025-11', 2, 0, 10000), intake('A', '2026-02', 1, 0, 5000)],
      actuals: [actual('A', '2026-01', 0), actual('A', '2026-02', 0), actual('A', '2026-03', 0)],
    };
    const f = run(parts, { year: 2026, asOf: '2026-03', years: 2 });
    // 2025-11: (2 − 0) × 10.000 = 20.000 in each open month April-December: 9 × 20.000 = 180.000
    expect(f.measures[0]!.parts.intakes.slice(3).every((m) => m.toFixed(2) === '20000.00')).toBe(true);
    expect(f.measures[0]!.forecast.toFixed(2)).toBe('180000.00');
    // and in 2027, 12 × 20.000 = 240.000; the row of February 2026 (a closed month) counts in no year
    expect(later(f, 2027, 'A').parts.intake.toFixed(2)).toBe('240000.00');
    const warned = f.problems.filter((p) => p.code === 'intake-in-closed-month');
    expect(warned.map((p) => p.message)).toEqual(['tilgang/afgang for 2026-02 ligger i en lukket måned og ignoreres']);
  });
});

describe('the pool in a later year', () => {
  it('applies again each later year, rounded as a year total and spread over 12 months with the rest in December', () => {
    const parts = {
      measures: [measure('A', 'disposition', 0, { pool: money(100000), restPool: money(10000) })],
      actuals: Array.from({ length: 9 }, (_, i) => actual('A', `2026-0${i + 1}`, 0)),
    };
    const f = run(parts, { year: 2026, asOf: '2026-09', years: 3 });
    // 2026: the Restpulje 10.000 over October-December: 3.333,33, 3.333,33, 3.333,34
    expect(fixed(f.measures[0]!.parts.pool.slice(9))).toEqual(['3333.33', '3333.33', '3333.34']);
    // 2027: the Pulje again, 100.000 ÷ 12 = 8.333,33 (× 11 = 91.666,63) and December 100.000 − 91.666,63 = 8.333,37
    const y = later(f, 2027, 'A');
    expect(y.months.slice(0, 11).every((m) => m.toFixed(2) === '8333.33')).toBe(true);
    expect(y.months[11]!.toFixed(2)).toBe('8333.37');
    expect(y.parts.pool.toFixed(2)).toBe('100000.00');
    // Indexed 3,25 % in 2027 and 0 % in 2028 (not given): round(100.000 × 1,0325) = 103.250 each year;
    // 103.250 ÷ 12 = 8.604,17 (× 11 = 94.645,87), December 103.250 − 94.645,87 = 8.604,13
    const g = run({ ...parts, priceChanges: [change(2027, '3.25')] }, { year: 2026, asOf: '2026-09', years: 3 });
    for (const year of [2027, 2028]) {
      const x = later(g, year, 'A');
      expect([x.months[0]!.toFixed(2), x.months[11]!.toFixed(2), x.parts.pool.toFixed(2)]).toEqual(['8604.17', '8604.13', '103250.00']);
    }
  });
});

describe('price indexation (prisfremskrivning)', () => {
  const index = [change(2027, '3.25'), change(2028, '2')];

  it('F over two years is the product: 1,0325 × 1,02 = 1,05315; a year not given counts as 0 %', () => {
    const rows = [disposition('A', 10000, 'måned', '01.01.2026', null), disposition('A', 10000, 'måned', '01.02.2028', '15.02.2028', { caseRef: 'Cpr. 2' })];
    const f = run({ measures: [measure('A', 'disposition', 0)], dispositions: rows, priceChanges: index }, { year: 2026, years: 4 });
    expect(f.years.map((y) => y.factor.toFixed())).toEqual(['1.0325', '1.05315', '1.05315']);
    expect(f.indexed).toBe(true);
    // 2026 as given: 10.000 a month. 2027: 10.000 × 1,0325 = 10.325. 2028: 10.000 × 1,05315 = 10.531,50.
    expect(f.measures[0]!.months[0]!.toFixed(2)).toBe('10000.00');
    expect(later(f, 2027, 'A').months[0]!.toFixed(2)).toBe('10325.00');
    expect(later(f, 2028, 'A').months[0]!.toFixed(2)).toBe('10531.50');
    // February 2028 (29 days) has the second row's 15 days too: 10.000 × 1,05315 × 15/29 = 157.972,5/29 = 5.447,33
    expect(later(f, 2028, 'A').months[1]!.toFixed(2)).toBe('15978.83'); // 10.531,50 + 5.447,33
    // 2029 has no Procent: F stays 1,05315
    expect(later(f, 2029, 'A').months[0]!.toFixed(2)).toBe('10531.50');
    const doc = JSON.parse(forecastToJson(f));
    expect(doc.years.map((y: { prices: string; factor: string }) => [y.prices, y.factor])).toEqual([['2027-priser', '1.0325'], ['2028-priser', '1.05315'], ['2029-priser', '1.05315']]);
  });

  it('rounds once per row-month: the indexed rate is not rounded first', () => {
    // 10.000,03 × 1,0325 × 10/31 = 3.330,655… → 3.330,66; rounding the indexed rate first,
    // 10.325,03 × 10/31 = 3.330,654…, would give 3.330,65.
    const f = run({ measures: [measure('A', 'disposition', 0)], dispositions: [disposition('A', '10000.03', 'måned', '22.01.2027', null)], priceChanges: index }, { year: 2026, years: 2 });
    expect(later(f, 2027, 'A').months[0]!.toFixed(2)).toBe('3330.66');
  });

  it('without a prisfremskrivning the later years are in the budget year\'s prices, and the output says so', async () => {
    const f = await fixtureForecast('fixtures/tabel-5-2', { year: 2017, years: 2 });
    expect(f.indexed).toBe(false);
    const doc = JSON.parse(forecastToJson(f));
    expect(doc.years[0]).toMatchObject({ year: 2018, prices: '2017-priser', factor: '1' });
    const { stdout } = await runCli(['forecast', 'fixtures/tabel-5-2', '--year', '2017', '--years', '2']);
    expect(stdout).toContain('Overslagsår 2018 (i 2017-priser)');
  });
});

describe('each method in a later year', () => {
  const window = Array.from({ length: 12 }, (_, i) => {
    const month = ((9 + i) % 12) + 1; // 2025-10 … 2026-09
    return actual('G', `${month >= 10 ? 2025 : 2026}-${String(month).padStart(2, '0')}`, 100000);
  });
  const closed = (name: string) => Array.from({ length: 9 }, (_, i) => actual(name, `2026-0${i + 1}`, 0));
  const f = run({
    measures: [
      measure('G', 'glidende', 1200000, { laterBudgets: new Map([[2027, money(1200000)]]) }),
      measure('T', 'tolvtedele', 120000, { laterBudgets: new Map([[2027, money(150000)]]) }),
      measure('T0', 'tolvtedele', 120000),
      measure('R', 'ramme', 100000, { laterBudgets: new Map([[2027, money('100000.01')]]) }),
      measure('R0', 'ramme', 100000),
      measure('S', 'skøn', 0, { estimate: money(60000), laterBudgets: new Map([[2027, money(60000)]]) }),
    ],
    actuals: [...window, ...closed('T'), ...closed('T0'), ...closed('R'), ...closed('R0'), ...closed('S')],
    priceChanges: [change(2027, '3.25')],
  }, { year: 2026, asOf: '2026-09', years: 2 });

  it('glidende: the budget year\'s mean, indexed', () => {
    // mean of 2025-10 … 2026-09 = 100.000; 2027: 100.000 × 1,0325 = 103.250 a month, × 12 = 1.239.000
    expect(f.measures[0]!.months[9]!.toFixed(2)).toBe('100000.00');
    expect(later(f, 2027, 'G').months.every((m) => m.toFixed(2) === '103250.00')).toBe(true);
    expect(later(f, 2027, 'G').expected.toFixed(2)).toBe('1239000.00');
    expect(later(f, 2027, 'G').parts.method.toFixed(2)).toBe('1239000.00');
  });

  it('tolvtedele: that year\'s budget ÷ 12, or the budget year\'s, not indexed', () => {
    // 150.000 ÷ 12 = 12.500 a month; without Budget 2027: 120.000 ÷ 12 = 10.000, and no budget, no deviation
    expect(later(f, 2027, 'T').months[0]!.toFixed(2)).toBe('12500.00');
    expect([later(f, 2027, 'T').expected.toFixed(2), later(f, 2027, 'T').deviation!.toFixed(2)]).toEqual(['150000.00', '0.00']);
    expect([later(f, 2027, 'T0').expected.toFixed(2), later(f, 2027, 'T0').budget, later(f, 2027, 'T0').deviation]).toEqual(['120000.00', null, null]);
  });

  it('ramme: that year\'s budget (or the budget year\'s) spread over 12, the rest in December', () => {
    // 100.000,01 ÷ 12 = 8.333,33 (× 11 = 91.666,63), December 100.000,01 − 91.666,63 = 8.333,38
    expect([later(f, 2027, 'R').months[0]!.toFixed(2), later(f, 2027, 'R').months[11]!.toFixed(2), later(f, 2027, 'R').expected.toFixed(2)]).toEqual(['8333.33', '8333.38', '100000.01']);
    // without Budget 2027: 100.000, December 100.000 − 91.666,63 = 8.333,37
    expect([later(f, 2027, 'R0').months[11]!.toFixed(2), later(f, 2027, 'R0').expected.toFixed(2)]).toEqual(['8333.37', '100000.00']);
  });

  it('skøn: Skøn × F rounded as a year total, spread over 12', () => {
    // round(60.000 × 1,0325) = 61.950 ÷ 12 = 5.162,50 a month
    expect(later(f, 2027, 'S').months.every((m) => m.toFixed(2) === '5162.50')).toBe(true);
    expect([later(f, 2027, 'S').expected.toFixed(2), later(f, 2027, 'S').deviation!.toFixed(2)]).toEqual(['61950.00', '1950.00']);
  });

  it('later-year totals: expected, known, estimated and months sum; budget and deviation only when every measure has a budget', () => {
    const y = f.years[0]!;
    // 1.239.000 + 150.000 + 120.000 + 100.000,01 + 100.000 + 61.950 = 1.770.950,01
    expect(y.total.expected.toFixed(2)).toBe('1770950.01');
    expect([y.total.known.toFixed(2), y.total.estimated.toFixed(2)]).toEqual(['0.00', '1770950.01']);
    expect([y.total.budget, y.total.deviation]).toEqual([null, null]); // T0 and R0 have no Budget 2027
    const doc = JSON.parse(forecastToJson(f));
    expect(doc.years[0].total).toMatchObject({ budget: null, expected: '1770950.01', deviation: null, known: '0.00', estimated: '1770950.01' });
  });
});

describe('known and estimated', () => {
  it('known is the actuals and the aktuel rows; estimated everything else, in every year', () => {
    const f = run({
      measures: [measure('A', 'disposition', 200000, { laterBudgets: new Map([[2027, money(190000)]]) })],
      dispositions: [disposition('A', 10000, 'måned', '01.01.2026', null), disposition('A', 5000, 'måned', '01.01.2026', null, { caseRef: 'Cpr. 2', status: 'forventet' })],
      actuals: Array.from({ length: 6 }, (_, i) => actual('A', `2026-0${i + 1}`, 12000)),
    }, { year: 2026, asOf: '2026-06', years: 2 });
    const m = f.measures[0]!;
    // 2026: actual 6 × 12.000 = 72.000 + July-December 6 × (10.000 + 5.000) = 90.000: expected 162.000;
    // known 72.000 + 6 × 10.000 = 132.000; estimated 6 × 5.000 = 30.000
    expect([m.expected, m.known, m.estimated].map((x) => x.toFixed(2))).toEqual(['162000.00', '132000.00', '30000.00']);
    // 2027: 12 × 15.000 = 180.000; known 12 × 10.000 = 120.000, estimated 60.000; against 190.000: −10.000
    const y = later(f, 2027, 'A');
    expect([y.expected, y.known, y.estimated, y.deviation!].map((x) => x.toFixed(2))).toEqual(['180000.00', '120000.00', '60000.00', '-10000.00']);
    expect([y.parts.activeDispositions, y.parts.expectedDispositions].map((x) => x.toFixed(2))).toEqual(['120000.00', '60000.00']);
    const doc = JSON.parse(forecastToJson(f));
    expect([doc.measures[0].known, doc.measures[0].estimated]).toEqual(['132000.00', '30000.00']);
  });
});

describe('--years on the command line', () => {
  it('with --years 1, or without the option, the JSON has no years, known or estimated: the single-year output', async () => {
    const without = await runCli(['forecast', 'fixtures/eksempel', '--json', '--quiet']);
    const one = await runCli(['forecast', 'fixtures/eksempel', '--json', '--quiet', '--years', '1']);
    expect(one.stdout).toBe(without.stdout);
    const doc = JSON.parse(one.stdout);
    expect(doc).not.toHaveProperty('years');
    expect(doc.measures[0]).not.toHaveProperty('known');
    const four = JSON.parse((await runCli(['forecast', 'fixtures/eksempel', '--json', '--quiet', '--years', '4'])).stdout);
    expect(four.years.map((y: { year: number }) => y.year)).toEqual([2027, 2028, 2029]);
    // The budget year's figures are the same with four years.
    expect(four.total.expected).toBe(doc.total.expected);
    expect(four.measures.map((m: { months: string[] }) => m.months)).toEqual(doc.measures.map((m: { months: string[] }) => m.months));
  });

  it('refuses --years outside 1-4', async () => {
    for (const bad of ['0', '5', 'to']) {
      const r = await runCli(['forecast', 'fixtures/eksempel', '--years', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--years skal være et helt antal år fra 1 til 4');
    }
  });

  it('the eksempel\'s cuts add up to what the age limit removes from 2026: 175.456.398,90 − 174.683.422,90 = 772.976,00', async () => {
    const f = await fixtureForecast('fixtures/eksempel');
    const removed = f.problems.filter((p) => p.code === 'age-limit-cut').map((p) => /; ([\d.,-]+) kr\. fjernet/.exec(p.message)![1]!);
    // Opholdssteder 202.200 + 141.300 + 0, Døgninstitutioner 227.260 + 0 + 202.216 = 772.976,00 (Plejefamilier's
    // Aldersgrænse 23 cuts nothing in 2026)
    expect(removed).toEqual(['202.200,00', '141.300,00', '0,00', '227.260,00', '0,00', '202.216,00']);
    expect(f.total.expected.toFixed(2)).toBe('174683422.90');
  });
});

describe('checks of the horizon\'s inputs', () => {
  it('a price year twice is an error, a year not after the budget year a note; a Budget ÅÅÅÅ of the budget year a note', () => {
    const m = measure('A', 'disposition', 0, { laterBudgets: new Map([[2026, money(5)], [2027, money(6)]]), source: { file: 'foranstaltninger.csv', line: 2 } });
    const twice = () => check({ measures: [m], priceChanges: [change(2027, '3'), change(2027, '4')] }, { year: 2026 });
    expect(twice).toThrow(InputError);
    try {
      twice();
    } catch (err) {
      expect((err as InputError).problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['duplicate-price-year']);
    }
    const checked = check({ measures: [m], priceChanges: [change(2026, '3')] }, { year: 2026 });
    expect(checked.problems.map((p) => [p.severity, p.code])).toEqual([
      ['warning', 'disposition-without-rows'], ['note', 'price-change-unused'], ['note', 'budget-column-unused'],
    ]);
  });
});
