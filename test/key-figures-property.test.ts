/**
 * The fast counts of the key figures against the definitions written out plainly, on random rows:
 * - caseCounts (sorted packed numbers, merged runs, difference arrays) against a set of the cases
 *   active on each checkpoint day, with ages from cprBirthDate and civil-date comparisons;
 * - person-days from the civil dates (personDaysByMeasure, used by the checks) and from the
 *   disposition method's øre loop (used by the forecast) against Σ active days.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthCalendar, type MonthCalendar } from '../src/model/calendar.js';
import { dayNumber, fromDayNumber, type CivilDate } from '../src/model/civil-date.js';
import { cprBirthDate, cprNumber } from '../src/model/cpr.js';
import type { Disposition } from '../src/model/disposition.js';
import { AGE_BANDS } from '../src/model/explanation.js';
import { caseCounts } from '../src/forecast/key-figures.js';
import { priceIndex } from '../src/methods/price-index.js';
import { activeDays, disposition as dispositionMethod } from '../src/methods/disposition.js';
import { personDaysByMeasure } from '../src/methods/persons.js';
import type { LineSink } from '../src/methods/method.js';
import { disposition, measure } from './helpers.js';

/** Case references: CPR numbers with and without the hyphen (one case), some impossible or in the future, and other references. */
const REFS = ['010190-1009', '0101901009', '310308-4123', '290208-4123', '010110-1234', '010157-5234', '311299-1234', 'Sag 17', 'Cpr. 5', '150312-4005', '1503124005', '310226-1234'];
const MEASURES = ['A', 'B'];
const FIRST = dayNumber({ year: 2025, month: 6, day: 1 });
const LAST = dayNumber({ year: 2027, month: 6, day: 30 });

const rowArb = fc.record({
  ref: fc.constantFrom(...REFS),
  measure: fc.constantFrom(...MEASURES),
  start: fc.integer({ min: FIRST, max: LAST }),
  length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
}).map(({ ref, measure: m, start, length }): Disposition =>
  disposition(m, 1000, 'måned', '01.01.2026', null, { caseRef: ref, start: fromDayNumber(start), stop: length === null ? null : fromDayNumber(start + length) }));

const caseKey = (ref: string): string => (cprNumber(ref) >= 0 ? String(cprNumber(ref)) : ref);

function ageOn(birth: CivilDate, day: CivilDate): number {
  const before = day.month < birth.month || (day.month === birth.month && day.day < birth.day);
  return day.year - birth.year - (before ? 1 : 0);
}

function band(age: number): number {
  const edges: [number, number][] = [[5, 0], [11, 1], [14, 2], [17, 3], [22, 4], [29, 5], [49, 6], [64, 7]];
  if (age < 0) return AGE_BANDS.length - 1;
  for (const [upTo, b] of edges) if (age <= upTo) return b;
  return 8;
}

/** The definitions: cases active on each checkpoint day, starts, stops and ages. */
function naive(rows: readonly Disposition[], measureName: string, calendar: MonthCalendar) {
  const checkDays = [calendar.firstDay[0]! - 1, ...calendar.lastDay];
  const active = checkDays.map((day) => {
    const cases = new Map<string, string>();
    for (const r of rows) {
      if (r.measure !== measureName) continue;
      if (dayNumber(r.start) <= day && (r.stop === null || dayNumber(r.stop) >= day)) cases.set(caseKey(r.caseRef), r.caseRef);
    }
    return cases;
  });
  return calendar.lastDay.map((day, m) => {
    const now = active[m + 1]!;
    const before = active[m]!;
    const ages = Array<number>(AGE_BANDS.length).fill(0);
    for (const ref of now.values()) {
      const birth = cprBirthDate(ref);
      ages[birth === null ? AGE_BANDS.length - 1 : band(ageOn(birth, fromDayNumber(day)))]!++;
    }
    return {
      cases: now.size,
      starts: [...now.keys()].filter((k) => !before.has(k)).length,
      stops: [...before.keys()].filter((k) => !now.has(k)).length,
      ages,
    };
  });
}

const sink: LineSink = { addOre: () => {}, addMoney: () => {} };

describe('key figures against their definitions', () => {
  it('caseCounts gives the cases, starts, stops and ages of the definitions', () => {
    const calendar = monthCalendar({ year: 2026, month: 1 }, 12);
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
        const counts = caseCounts(rows, new Map(MEASURES.map((m, i) => [m, i])), MEASURES.length, calendar);
        MEASURES.forEach((m, slot) => {
          const expected = naive(rows, m, calendar);
          const c = counts[slot]!;
          const got = expected.map((_, i) => ({
            cases: c.cases[i]!, starts: c.starts[i]!, stops: c.stops[i]!, ages: Array.from(c.ages.subarray(i * AGE_BANDS.length, (i + 1) * AGE_BANDS.length)),
          }));
          expect(got).toEqual(expected);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('person-days from the civil dates and from the method\'s øre loop are Σ active days', () => {
    const calendar = monthCalendar({ year: 2026, month: 1 }, 12);
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), fc.integer({ min: 0, max: 12 }), (rows, firstOpen) => {
        const byCivilDates = personDaysByMeasure(rows, new Map([['A', 0]]), 1, calendar)[0]!;
        const own = rows.filter((r) => r.measure === 'A');
        const fromMethod = dispositionMethod.forecast({
          measure: measure('A', 'disposition', 0), calendar, firstOpen, asOf: null, dispositions: own, riskCases: [], intakes: [], transitions: [], index: priceIndex([], 2026, 1),
          actualByMonth: new Map(), actualToDate: measure('A', 'disposition', 0).budget, lines: sink,
        }).personDays!;
        const expected = calendar.firstDay.map((first, m) =>
          own.reduce((sum, r) => sum + activeDays(dayNumber(r.start), r.stop === null ? null : dayNumber(r.stop), first, calendar.lastDay[m]!), 0));
        expect(Array.from(byCivilDates)).toEqual(expected);
        expect(Array.from(fromMethod)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
