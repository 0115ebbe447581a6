/**
 * The caseworker list (forecast/caseworkers.ts, model/caseworkers.ts; the sheet Sagsbehandlere):
 * per caseworker and measure the cases active on the last closed day, the year's disposed amount,
 * the open months' part and the share of the measure, with totals. Budget year 2026, --as-of
 * 2026-09: the last closed day is 30.09.2026, the open months October-December.
 */
import { describe, expect, it } from 'vitest';
import type { Caseworkers } from '../src/model/caseworkers.js';
import { disposition, measure, run } from './helpers.js';

const children = measure('Anbringelser', 'disposition', 1_000_000);
const adults = measure('Botilbud', 'disposition', 1_000_000, { account: '5.38.50', area: 'Voksne' });
const extras = { headers: ['Institution', 'Sagsbehandler'], keys: [null, 'caseworker'] };
const row = (m: string, caseworker: string, caseRef: string, rate: number, start: string, stop: string | null) =>
  disposition(m, rate, 'måned', start, stop, { caseRef, extra: ['Hjemmet', caseworker] });

function list(): Caseworkers {
  const f = run({
    measures: [children, adults],
    dispositionExtras: extras,
    dispositions: [
      row('Anbringelser', 'Anna', '010110-4001', 1000, '01.01.2026', null), // 12 × 1.000 = 12.000; open 3 × 1.000 = 3.000
      row('Anbringelser', 'Anna', '030310-4003', 2000, '01.10.2026', null), // starts after 30.09: no case; 3 × 2.000 = 6.000, all open
      row('Anbringelser', 'Anna', '0101104001', 10, '01.07.2026', '30.09.2026'), // the first case without its hyphen: one case; 3 × 10 = 30, none open
      row('Anbringelser', 'Bo', '050510-4005', 500, '01.01.2026', '30.09.2026'), // stops on the day itself: a case; 9 × 500 = 4.500, none open
      row('Anbringelser', '', '020210-4002', 100, '01.01.2026', null), // no caseworker: 12 × 100 = 1.200; open 300
      row('Botilbud', 'Anna', 'Cpr. 7', 3000, '01.01.2026', null), // a reference that is no CPR number, counted by its text; 36.000; open 9.000
    ],
  }, { asOf: '2026-09' });
  expect(f.caseworkers).not.toBeNull();
  return f.caseworkers!;
}

describe('the caseworker list', () => {
  it('counts the cases active on the last closed day and sums the year and the open months per caseworker and measure', () => {
    const c = list();
    expect(c.column).toBe('Sagsbehandler');
    expect(c.day).toEqual({ year: 2026, month: 9, day: 30 });
    const lines = c.groups.map((g) => [g.caseworker, g.lines.map((l) => [l.measure, l.cases, l.year.toFixed(2), l.open.toFixed(2), l.share?.toFixed(4)])]);
    expect(lines).toEqual([
      // Anbringelser's year: 12.000 + 6.000 + 30 + 4.500 + 1.200 = 23.730.
      // Anna: 18.030 / 23.730 = 0,7598; one case (010110-4001 twice, 030310-4003 not yet started).
      ['Anna', [['Anbringelser', 1, '18030.00', '9000.00', '0.7598'], ['Botilbud', 1, '36000.00', '9000.00', '1.0000']]],
      ['Bo', [['Anbringelser', 1, '4500.00', '0.00', '0.1896']]], // 4.500 / 23.730 = 0,1896
      ['', [['Anbringelser', 1, '1200.00', '300.00', '0.0506']]], // no caseworker last; 1.200 / 23.730 = 0,0506
    ]);
    // Anna in all: 18.030 + 36.000 = 54.030 of all dispositions' 23.730 + 36.000 = 59.730: 0,9046.
    expect([c.groups[0]!.total.cases, c.groups[0]!.total.year.toFixed(2), c.groups[0]!.total.open.toFixed(2), c.groups[0]!.total.share?.toFixed(4)]).toEqual([2, '54030.00', '18000.00', '0.9046']);
    expect([c.total.cases, c.total.year.toFixed(2), c.total.open.toFixed(2), c.total.share?.toFixed(4)]).toEqual([4, '59730.00', '18300.00', '1.0000']);
  });

  it('is null without a Sagsbehandler column', () => {
    const f = run({ measures: [children], dispositions: [disposition('Anbringelser', 1000, 'måned', '01.01.2026', null)] }, { asOf: '2026-09' });
    expect(f.caseworkers).toBeNull();
  });
});
