/**
 * Checks across rows and tables, run before every forecast (and by `prognose validate`):
 * duplicate measures, references to unknown measures, stop before start, method parameters.
 * Also CPR numbers (cpr-check), overlapping periods (overlap-check), disposition measures with
 * nothing to forecast from (coverage-check) and transitions (horizon-check). Checks that need the
 * budget year live in period-check.ts, review-check.ts (the case review, negative rates among them)
 * and measure-months-check.ts. Problems are recorded, not thrown.
 * Exports: checkInputs, measureIndex.
 */
import { dayNumber, formatDate } from '../model/civil-date.js';
import { maskCpr } from '../model/cpr.js';
import type { Inputs } from '../model/inputs.js';
import type { Measure } from '../model/measure.js';
import type { ProblemList } from '../model/problem.js';
import { formatLocation, locateColumn, type SourceLocation } from '../model/source.js';
import { atColumn } from './locate.js';
import { checkDispositionCoverage } from './coverage-check.js';
import { checkCprs } from './cpr-check.js';
import { nearestName } from './near-name.js';
import { checkTransitions } from './horizon-check.js';
import { checkOverlaps } from './overlap-check.js';

export function measureIndex(measures: readonly Measure[]): Map<string, Measure> {
  const map = new Map<string, Measure>();
  for (const m of measures) if (!map.has(m.name)) map.set(m.name, m);
  return map;
}

export function checkInputs(inputs: Inputs, problems: ProblemList): void {
  const index = measureIndex(inputs.measures);
  const seen = new Map<string, Measure>();
  for (const m of inputs.measures) {
    const first = seen.get(m.name);
    if (first) {
      problems.error('duplicate-measure', `foranstaltningen "${m.name}" står der to gange (også linje ${first.source.line})`, atColumn(m.source, 'measures', 'measure'), { hint: 'giv hver foranstaltning ét unikt navn' });
    } else seen.set(m.name, m);
    if (m.method === 'skøn' && m.estimate === null) {
      problems.error('missing-estimate', `"${m.name}" har metode skøn, men intet Skøn`, atColumn(m.source, 'measures', 'estimate'), { hint: 'udfyld Skøn med det forventede helårsbeløb' });
    }
    if (m.pool !== null && m.method !== 'disposition' && !m.pool.isZero()) {
      problems.warning('pool-ignored', `Pulje ignoreres for "${m.name}" (metode ${m.method})`, atColumn(m.source, 'measures', 'pool'), { hint: 'en pulje bruges kun med metoden disposition' });
    }
    if (m.restPool !== null && m.method !== 'disposition' && !m.restPool.isZero()) {
      problems.warning('pool-ignored', `Restpulje ignoreres for "${m.name}" (metode ${m.method})`, atColumn(m.source, 'measures', 'restPool'), { hint: 'en pulje bruges kun med metoden disposition' });
    }
  }

  const known = (name: string, loc: SourceLocation): void => {
    if (index.has(name)) return;
    const near = nearestName(name, inputs.measures);
    problems.error('unknown-measure', `ukendt foranstaltning "${name}"`, locateColumn(loc, 'measure', 'Foranstaltning'), {
      hint: near ? `mente du "${near.name}" (${formatLocation(near.source)})? Navnet skal stå præcis ens begge steder` : 'tilføj foranstaltningen i foranstaltninger, eller ret navnet',
    });
  };

  for (const d of inputs.dispositions) {
    known(d.measure, d.source);
    if (d.stop && dayNumber(d.stop) < dayNumber(d.start)) {
      problems.error('stop-before-start', `stopdato ${formatDate(d.stop)} ligger før startdato ${formatDate(d.start)} (sag ${maskCpr(d.caseRef)})`, atColumn(d.source, 'dispositions', 'stop'), { hint: 'ret start- eller stopdatoen' });
    }
  }
  for (const a of inputs.actuals) known(a.measure, a.source);
  for (const r of inputs.riskCases) {
    known(r.measure, r.source);
    if (r.stop && dayNumber(r.stop) < dayNumber(r.start)) {
      problems.error('stop-before-start', `stopdato ${formatDate(r.stop)} ligger før startdato ${formatDate(r.start)} (sag ${maskCpr(r.caseRef)})`, atColumn(r.source, 'riskCases', 'stop'), { hint: 'ret start- eller stopdatoen' });
    }
  }
  for (const t of inputs.intakes) {
    known(t.measure, t.source);
    const m = index.get(t.measure);
    if (m && m.method === 'disposition' && t.averagePrice === null && m.averagePrice === null) {
      problems.error('missing-average-price', `ingen gennemsnitspris for tilgangen til "${t.measure}"`, atColumn(t.source, 'intakes', 'averagePrice'), { hint: 'udfyld Gennemsnitspris på rækken eller på foranstaltningen' });
    }
  }
  for (const t of inputs.transitions) known(t.measure, t.source);
  checkTransitions(inputs, index, problems);
  checkCprs(inputs, problems);
  checkOverlaps(inputs, problems);
  checkDispositionCoverage(inputs, problems);
}
