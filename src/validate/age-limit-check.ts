/**
 * The age limit's cuts (methods/age-limit.ts), each told as a note ("age-limit-cut"): a row of a
 * measure with Aldersgrænse, of a case with a valid CPR number, whose last paid day (the day before
 * the birthday of that age) comes before its own stop, so that the cut removes days within the
 * horizon. The note names the case (masked), the last paid day and the amount removed from the
 * forecast: the row's amounts in the horizon's open months without the cut less those with it, by
 * the rule the forecast uses (methods/disposition.ts rowSum, indexed in later years; a
 * transition into the measure by methods/transition.ts). Runs on input without errors.
 * Exports: checkAgeLimits.
 */
import { dayNumber, formatDate, formatYearMonth, fromYearMonthIndex, type CivilDate } from '../model/civil-date.js';
import { maskCpr } from '../model/cpr.js';
import type { Inputs } from '../model/inputs.js';
import { formatDanishAmount, sumMoney, type Money } from '../model/money.js';
import { horizonCalendar, type Period } from '../model/period.js';
import type { ProblemList } from '../model/problem.js';
import type { SourceLocation } from '../model/source.js';
import { ageLimitStop } from '../methods/age-limit.js';
import { monthFactors, rowSum } from '../methods/disposition.js';
import { priceIndex } from '../methods/price-index.js';
import { transitionMonths } from '../methods/transition.js';
import { atColumn } from './locate.js';

export function checkAgeLimits(inputs: Inputs, period: Period, problems: ProblemList): void {
  const limitOf = new Map<string, number>();
  for (const m of inputs.measures) if (m.ageLimit !== null && !limitOf.has(m.name)) limitOf.set(m.name, m.ageLimit);
  if (limitOf.size === 0) return;
  const horizon = horizonCalendar(period);
  const factors = monthFactors(priceIndex(inputs.priceChanges, period.year, period.years), horizon.length);
  const indexed = factors.some((f) => !f.one) ? factors : undefined;
  const firstOpen = period.closedMonths;
  const first = horizon.firstDay[0]!;
  const end = horizon.lastDay[horizon.length - 1]!;
  const openMonths = firstOpen < horizon.length
    ? `${formatYearMonth(fromYearMonthIndex(horizon.first + firstOpen))} – ${formatYearMonth(fromYearMonthIndex(horizon.first + horizon.length - 1))}`
    : null;

  /** The cut's last paid day when it removes days within the horizon, else null. */
  const cutOf = (row: { caseRef: string; measure: string; start: CivilDate; stop: CivilDate | null }): CivilDate | null => {
    const limit = limitOf.get(row.measure);
    const last = limit === undefined ? null : ageLimitStop(row.caseRef, limit);
    if (last === null) return null;
    const from = Math.max(dayNumber(last) + 1, dayNumber(row.start), first);
    const to = Math.min(row.stop === null ? end : dayNumber(row.stop), end);
    return from <= to ? last : null;
  };
  const open = (months: readonly Money[]): Money => sumMoney(months.slice(firstOpen));
  const note = (caseRef: string, measure: string, start: CivilDate, last: CivilDate, removed: Money, where: SourceLocation, what: string): void => {
    const limit = limitOf.get(measure)!;
    const whole = dayNumber(start) > dayNumber(last);
    problems.note('age-limit-cut', `${what} for sag ${maskCpr(caseRef)} på "${measure}" ${whole ? 'starter efter' : 'slutter'} ${formatDate(last)}, dagen før ${limit}-årsdagen (Aldersgrænse ${limit}); `
      + (openMonths === null ? 'ingen åbne måneder' : `${formatDanishAmount(removed)} kr. fjernet fra prognosen (åbne måneder ${openMonths})`), where,
      { hint: 'intet at rette: rækken afkortes ved foranstaltningens aldersgrænse (se arket Overgange); er grænsen forkert, så ret Aldersgrænse i foranstaltninger' });
  };
  for (const row of inputs.dispositions) {
    const last = cutOf(row);
    if (last === null) continue;
    const openRange = [[firstOpen, horizon.length] as const];
    const removed = rowSum(row, horizon, openRange, indexed)[0]!.minus(rowSum({ ...row, stop: last }, horizon, openRange, indexed)[0]!);
    note(row.caseRef, row.measure, row.start, last, removed, atColumn(row.source, 'dispositions', 'stop'), 'rækken');
  }
  for (const t of inputs.transitions) {
    const last = cutOf(t);
    if (last === null) continue;
    const removed = open(transitionMonths(t, horizon, firstOpen, indexed)).minus(open(transitionMonths({ ...t, stop: last }, horizon, firstOpen, indexed)));
    note(t.caseRef, t.measure, t.start, last, removed, atColumn(t.source, 'transitions', 'stop'), 'overgangen');
  }
}
