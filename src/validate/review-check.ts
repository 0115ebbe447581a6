/**
 * The case review (undringssager): plausibility checks of the disposition rows for the budget
 * year and its last closed month, each a Problem with its own code and a ReviewFlag
 * (model/review.ts) for the Undringssager sheet and the JSON. Every message names the masked case
 * and ends with the money at stake: what the row adds in the open months (a disposition row
 * prorated by methods/disposition.ts, a risk case weighted by methods/risk-case.ts); the location
 * is the file, line and column.
 * - expected-started (warning): a forventet row whose start lies before the first open day (in a
 *   closed month, or before the budget year): by now it should be aktuel, or gone.
 * - past-age-limit, age-for-measure (warnings): age-check.ts.
 * - rate-outlier (warning): rate-outlier-check.ts.
 * - long-open-case (note): an open-ended row (no stop, or a stop in year 9999) whose start is more
 *   than N years before the first open day, N = --long-case-years (default 3): the N-year
 *   anniversary of the start (model/age.ts birthdayOf, 29 February → 1 March) lies before the
 *   first open day, so exactly N years is not flagged.
 * - negative-rate (warning): amount-check.ts.
 * The first five look at rows of known measures whose method is disposition (the other rows are
 * ignored, or unknown: problems of their own); negative-rate at every row and risk case.
 * Problems come in the order of REVIEW_CODES, each check's in file order; the flags sorted as
 * model/review.ts says.
 *
 * Exports: reviewRows, ReviewOptions, lastLongCaseStart.
 */
import { ageOn, birthdayOf } from '../model/age.js';
import { dayNumber, formatDate, fromDayNumber, type CivilDate } from '../model/civil-date.js';
import { cprBirthDate, maskCpr } from '../model/cpr.js';
import type { Disposition } from '../model/disposition.js';
import type { Inputs } from '../model/inputs.js';
import { careAreaOf, type CareArea, type Measure } from '../model/measure.js';
import { formatDanishAmount, sumMoney, type Money } from '../model/money.js';
import { moneyFromOre, oreOf } from '../model/ore.js';
import { periodCalendar, type Period } from '../model/period.js';
import type { ProblemList } from '../model/problem.js';
import { DEFAULT_LONG_CASE_YEARS, REVIEW_CODES, type Review, type ReviewFlag } from '../model/review.js';
import { rowMonths, rowMonthsOre } from '../methods/disposition.js';
import { riskCaseMonths, riskCasePeriodEnd } from '../methods/risk-case.js';
import { checkNegativeRates } from './amount-check.js';
import { ageCheckDays, checkAges, referenceDay } from './age-check.js';
import { measureIndex } from './check-inputs.js';
import type { Finding } from './finding.js';
import { atColumn } from './locate.js';
import { checkRateOutliers } from './rate-outlier-check.js';

export interface ReviewOptions {
  /** long-open-case: an open-ended row older than this many whole years at the first open day. */
  readonly longCaseYears?: number;
}

const CODE_RANK = new Map<string, number>(REVIEW_CODES.map((c, i) => [c, i]));

/**
 * The last start day (a day number) of an open-ended row that long-open-case flags: the N-year
 * anniversary of every start up to it lies before `firstOpen`. The anniversary never decreases as
 * the start moves later, so the flagged starts are all days up to this one.
 */
export function lastLongCaseStart(firstOpen: CivilDate, years: number): number {
  const limit = dayNumber(firstOpen);
  let s = dayNumber({ year: firstOpen.year - years - 1, month: 1, day: 1 });
  while (dayNumber(birthdayOf(fromDayNumber(s + 1), years)) < limit) s++;
  return s;
}

/** Runs the review's checks, adds their problems and returns the flags, sorted. */
export function reviewRows(inputs: Inputs, period: Period, problems: ProblemList, options: ReviewOptions = {}): Review {
  const calendar = periodCalendar(period);
  const firstOpen = period.closedMonths;
  const yearStart = calendar.firstDay[0]!;
  const yearEnd = calendar.lastDay[calendar.length - 1]!;
  const firstOpenDay = firstOpen < calendar.length ? calendar.firstDay[firstOpen]! : yearEnd + 1;
  const days = ageCheckDays(yearStart, yearEnd, firstOpenDay);
  const firstOpenDate = days.firstOpen;
  const years = options.longCaseYears ?? DEFAULT_LONG_CASE_YEARS;
  const longUpTo = lastLongCaseStart(firstOpenDate, years);
  const index = measureIndex(inputs.measures);
  // Each reviewed measure (a known disposition measure) and its area, found once: rows of many
  // measures come mixed in a sheet.
  const areaOf = new Map<Measure, CareArea | null>();
  for (const m of index.values()) if (m.method === 'disposition') areaOf.set(m, careAreaOf(m));
  let lastName = '';
  let lastMeasure: Measure | undefined;
  let lastArea: CareArea | null = null;
  /** The row's measure when its rows are reviewed; its area in lastArea. */
  const reviewed = (d: Disposition): Measure | undefined => {
    if (d.measure !== lastName) {
      lastName = d.measure;
      const m = index.get(d.measure);
      lastArea = m === undefined ? null : (areaOf.get(m) ?? null);
      lastMeasure = m !== undefined && areaOf.has(m) ? m : undefined;
    }
    return lastMeasure;
  };

  const findings: Finding[] = [];
  const rows = inputs.dispositions;
  for (let i = 0; i < rows.length; i++) {
    const d = rows[i]!;
    const m = reviewed(d);
    if (m === undefined) continue;
    const start = dayNumber(d.start);
    if (d.status === 'forventet' && start < firstOpenDay) {
      findings.push({
        code: 'expected-started', severity: 'warning', table: 'dispositions', index: i, column: 'start',
        message: `forventet række for sag ${maskCpr(d.caseRef)} på "${m.name}" startede ${formatDate(d.start)}, før første åbne dag ${formatDate(firstOpenDate)}`,
        hint: 'er foranstaltningen bevilget, så ret Status til aktuel (og datoerne); er den opgivet, så slet rækken',
      });
    }
    checkAges(d, i, m, lastArea, days, findings);
    if (d.stop === null && start <= longUpTo) {
      findings.push({
        code: 'long-open-case', severity: 'note', table: 'dispositions', index: i, column: 'stop',
        message: `sag ${maskCpr(d.caseRef)} på "${m.name}" har stået uden stopdato siden ${formatDate(d.start)}, mere end ${years} år før første åbne dag ${formatDate(firstOpenDate)}`,
        hint: `tjek at sagen stadig er aktiv, og angiv en forventet stopdato, hvis den kendes (grænsen sættes med --long-case-years)`,
      });
    }
  }
  checkRateOutliers(rows, reviewed, findings);
  checkNegativeRates(inputs, (name) => index.get(name), findings);

  // The money at stake: the row's amounts in the open months.
  const scratch = new Float64Array(calendar.length);
  /** The money at stake, and its øre as a number when exact (for sorting), else NaN. */
  const stakeOf = (f: Finding): { money: Money; ore: number } => {
    let money: Money;
    if (f.table === 'riskCases') money = sumMoney(riskCaseMonths(inputs.riskCases[f.index]!, calendar, firstOpen, period.year));
    else {
      const d = rows[f.index]!;
      if (rowMonthsOre(d, calendar, scratch)) {
        // Exact: every month is at most 31 days of the rate, and twelve of them stay below 2^53 (methods/disposition.ts).
        let ore = 0;
        for (let m = firstOpen; m < calendar.length; m++) ore += scratch[m]!;
        return { money: moneyFromOre(ore), ore };
      }
      money = sumMoney(rowMonths(d, calendar).slice(firstOpen));
    }
    return { money, ore: oreOf(money) ?? NaN };
  };
  const ageOf = (caseRef: string, day: CivilDate): number | null => {
    const birth = cprBirthDate(caseRef);
    return birth === null ? null : ageOn(birth, day);
  };

  const rank = (f: Finding): number => CODE_RANK.get(f.code)!;
  findings.sort((a, b) => rank(a) - rank(b) || (a.table === b.table ? 0 : a.table === 'dispositions' ? -1 : 1) || a.index - b.index);
  const flags: (ReviewFlag & { readonly order: number; readonly size: number })[] = [];
  findings.forEach((f, order) => {
    const stake = stakeOf(f);
    const atStake = stake.money;
    const size = Math.abs(stake.ore);
    const message = `${f.message}; ${formatDanishAmount(atStake)} kr. i de åbne måneder`;
    if (f.table === 'dispositions') {
      const d = rows[f.index]!;
      problems.add({ severity: f.severity, code: f.code, message, hint: f.hint, location: atColumn(d.source, 'dispositions', f.column) });
      flags.push({
        code: f.code, severity: f.severity, caseRef: d.caseRef, measure: d.measure, rate: d.rate, unit: d.unit, start: d.start, stop: d.stopAsWritten,
        age: ageOf(d.caseRef, referenceDay(d, firstOpenDate, firstOpenDay)), atStake, message: problems.items[problems.items.length - 1]!.message, source: d.source, order, size,
      });
    } else {
      const r = inputs.riskCases[f.index]!;
      problems.add({ severity: f.severity, code: f.code, message, hint: f.hint, location: atColumn(r.source, 'riskCases', f.column) });
      flags.push({
        code: f.code, severity: f.severity, caseRef: r.caseRef, measure: r.measure, rate: r.unitCost, unit: 'måned', start: r.start, stop: riskCasePeriodEnd(r, period.year),
        age: ageOf(r.caseRef, dayNumber(r.start) >= firstOpenDay ? r.start : firstOpenDate), atStake, message: problems.items[problems.items.length - 1]!.message, source: r.source, order, size,
      });
    }
  });
  // Largest money at stake first; equal amounts in file order (rows, then risk cases), then by check.
  const fileOrder = (f: Finding): number => (f.table === 'dispositions' ? f.index : rows.length + f.index);
  const bySize = (a: { size: number; atStake: Money }, b: { size: number; atStake: Money }): number =>
    Number.isNaN(a.size) || Number.isNaN(b.size) ? b.atStake.abs().comparedTo(a.atStake.abs()) : b.size - a.size;
  flags.sort((a, b) => bySize(a, b) || fileOrder(findings[a.order]!) - fileOrder(findings[b.order]!) || a.order - b.order);
  return flags.map(({ order: _order, size: _size, ...flag }) => flag);
}
