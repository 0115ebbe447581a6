/**
 * The same case on the same measure in overlapping periods would be paid twice: a warning
 * ("overlapping-periods") on the later row, naming the row it overlaps. Periods are start to stop
 * inclusive; no stop runs on forever. Rows whose stop lies before their start are left to
 * check-inputs ("stop-before-start"). Exports: checkOverlaps.
 */
import { compareDates, dayNumber, formatDate } from '../model/civil-date.js';
import { cprNumber, maskCpr } from '../model/cpr.js';
import type { Disposition } from '../model/disposition.js';
import type { Inputs } from '../model/inputs.js';
import type { ProblemList } from '../model/problem.js';
import { atColumn } from './locate.js';

/**
 * Row indices are packed below CPR numbers in one float: cpr × 2^21 + index is exact while
 * cpr < 2^32 and index < 2^21 (below 2^53). Every real CPR (DDMMYY…, at most 3112999999) is below
 * 2^32; a larger ten-digit reference (9999999999) goes through the map with the other references.
 */
const INDEX_BITS = 2 ** 21;
const CPR_LIMIT = 2 ** 32;

export function checkOverlaps(inputs: Inputs, problems: ProblemList): void {
  const all = inputs.dispositions;
  const valid = (d: Disposition): boolean => d.stop === null || compareDates(d.stop, d.start) >= 0;
  // CPR numbers (most cases) are grouped by sorting packed numbers: no map entry or key string per
  // row; other case references go through a map.
  const packed = new Float64Array(all.length <= INDEX_BITS ? all.length : 0);
  let count = 0;
  const byCase = new Map<string, Disposition[]>();
  for (let i = 0; i < all.length; i++) {
    const d = all[i]!;
    if (!valid(d)) continue;
    const cpr = packed.length > 0 ? cprNumber(d.caseRef) : -1;
    if (cpr >= 0 && cpr < CPR_LIMIT) packed[count++] = cpr * INDEX_BITS + i;
    else {
      const list = byCase.get(d.caseRef);
      if (list) list.push(d);
      else byCase.set(d.caseRef, [d]);
    }
  }
  const byPerson = packed.subarray(0, count).sort();
  const cases: Disposition[][] = [...byCase.values()].filter((list) => list.length > 1);
  for (let a = 0; a < count; ) {
    const person = Math.floor(byPerson[a]! / INDEX_BITS);
    let b = a + 1;
    while (b < count && Math.floor(byPerson[b]! / INDEX_BITS) === person) b++;
    if (b - a > 1) cases.push(Array.from(byPerson.subarray(a, b), (v) => all[v - person * INDEX_BITS]!)); // in file order: the index is the low part
    a = b;
  }
  const groups: Disposition[][] = [];
  for (const list of cases) {
    const byMeasure = new Map<string, Disposition[]>();
    for (const d of list) {
      const same = byMeasure.get(d.measure);
      if (same) same.push(d);
      else byMeasure.set(d.measure, [d]);
    }
    groups.push(...byMeasure.values());
  }
  for (const rows of groups) {
    if (rows.length < 2) continue;
    const sorted = [...rows].sort((a, b) => dayNumber(a.start) - dayNumber(b.start));
    let reach = sorted[0]!;
    for (const d of sorted.slice(1)) {
      const reachEnd = reach.stop === null ? Infinity : dayNumber(reach.stop);
      if (dayNumber(d.start) <= reachEnd) {
        problems.warning('overlapping-periods',
          `sag ${maskCpr(d.caseRef)} har "${d.measure}" i overlappende perioder (også linje ${reach.source.line}); fra ${formatDate(d.start)} betales der dobbelt`,
          atColumn(d.source, 'dispositions', 'start'),
          { hint: 'sæt stopdatoen på den ene række før startdatoen på den anden, eller slet den overflødige række' });
      }
      const end = d.stop === null ? Infinity : dayNumber(d.stop);
      if (end > reachEnd) reach = d;
    }
  }
}
