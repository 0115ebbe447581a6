/**
 * The same case on the same measure in overlapping periods would be paid twice: a warning
 * ("overlapping-periods") on the later row, naming the row it overlaps. Periods are start to stop
 * inclusive; no stop runs on forever. Rows whose stop lies before their start are left to
 * check-inputs ("stop-before-start"). Exports: checkOverlaps.
 */
import { dayNumber, formatDate } from '../model/civil-date.js';
import { maskCpr } from '../model/cpr.js';
import type { Disposition } from '../model/disposition.js';
import type { Inputs } from '../model/inputs.js';
import type { ProblemList } from '../model/problem.js';
import { atColumn } from './locate.js';

export function checkOverlaps(inputs: Inputs, problems: ProblemList): void {
  // By case first (most cases have one row: no array, no key string), then by measure.
  const byCase = new Map<string, Disposition | Disposition[]>();
  for (const d of inputs.dispositions) {
    if (d.stop !== null && dayNumber(d.stop) < dayNumber(d.start)) continue;
    const seen = byCase.get(d.caseRef);
    if (seen === undefined) byCase.set(d.caseRef, d);
    else if (Array.isArray(seen)) seen.push(d);
    else byCase.set(d.caseRef, [seen, d]);
  }
  const groups: Disposition[][] = [];
  for (const rows of byCase.values()) {
    if (!Array.isArray(rows)) continue;
    const byMeasure = new Map<string, Disposition[]>();
    for (const d of rows) {
      const list = byMeasure.get(d.measure);
      if (list) list.push(d);
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
