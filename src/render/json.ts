/**
 * The JSON renderer: the Forecast as the machine-readable summary of `--json`.
 * Amounts are strings with two decimals and a point; measures in file order; asOf null when no
 * month is closed. Per measure also its bridge (parts, closed), and for a disposition measure its
 * activity and key figures (model/explanation.ts; README "JSON summary" names every field), and
 * the case review's flags as `undringssager` (CPR numbers masked, dates yyyy-mm-dd).
 * With --years > 1 the budget year's measures also have known and estimated, and `years` holds
 * each later year (model/forecast.ts HorizonYear); parts.transitions is there with more than one
 * year or when the run has transitions (overgange). With one year and no transitions the output is
 * exactly what it was before the horizon.
 * Exports: forecastToJson, problemToJson, asOfJson, reviewFlagToJson.
 */
import { formatYearMonth, type CivilDate } from '../model/civil-date.js';
import { maskCpr, maskCprsInText } from '../model/cpr.js';
import { AGE_BANDS, type Activity, type Bridge, type KeyFigureMonth } from '../model/explanation.js';
import { formatAmount, type Money } from '../model/money.js';
import type { Problem } from '../model/problem.js';
import type { Forecast, HorizonYear, Totals, YearParts, YearTotals } from '../model/forecast.js';
import type { Period } from '../model/period.js';
import { lastClosedMonth } from '../model/period.js';
import type { ReviewFlag } from '../model/review.js';

const amounts = (t: Totals) => ({
  budget: formatAmount(t.budget),
  actual: formatAmount(t.actual),
  forecast: formatAmount(t.forecast),
  expected: formatAmount(t.expected),
  deviation: formatAmount(t.deviation),
  months: t.months.map((m: Money) => formatAmount(m)),
});

const orNull = (m: Money | null, decimals = 2): string | null => (m === null ? null : m.toFixed(decimals));

const partsJson = (p: Omit<YearParts, 'transitions'> & { transitions?: Money }) => ({
  activeDispositions: formatAmount(p.activeDispositions),
  expectedDispositions: formatAmount(p.expectedDispositions),
  riskCases: formatAmount(p.riskCases),
  intake: formatAmount(p.intake),
  pool: formatAmount(p.pool),
  method: formatAmount(p.method),
  ...(p.transitions !== undefined ? { transitions: formatAmount(p.transitions) } : {}),
});

const bridgeJson = (b: Bridge, transitions: boolean) => ({
  parts: partsJson(transitions ? b.parts : { ...b.parts, transitions: undefined }),
  closed: { disposed: formatAmount(b.closed.disposed), booked: formatAmount(b.closed.booked) },
});

const yearTotalsJson = (t: YearTotals) => ({
  budget: t.budget === null ? null : formatAmount(t.budget),
  expected: formatAmount(t.expected),
  deviation: t.deviation === null ? null : formatAmount(t.deviation),
  known: formatAmount(t.known),
  estimated: formatAmount(t.estimated),
  months: t.months.map((m) => formatAmount(m)),
});

/** A later year: its amounts are in its own prices when a prisfremskrivning was given, else in the budget year's. */
const yearJson = (y: HorizonYear, f: Forecast) => ({
  year: y.year,
  prices: `${f.indexed ? y.year : f.period.year}-priser`,
  factor: y.factor.toFixed(),
  measures: y.measures.map((m) => ({ measure: m.measure.name, ...yearTotalsJson(m), parts: partsJson(m.parts) })),
  total: yearTotalsJson(y.total),
});

const activityJson = (a: Activity) => ({
  budgetPersons: orNull(a.budgetPersons),
  persons: a.persons.toFixed(4),
  budgetPrice: orNull(a.budgetPrice),
  price: orNull(a.price),
  activityEffect: orNull(a.activityEffect),
  priceEffect: orNull(a.priceEffect),
});

const keyFigureJson = (k: KeyFigureMonth) => ({
  month: formatYearMonth(k.month),
  cases: k.cases,
  starts: k.starts,
  stops: k.stops,
  persons: k.persons.toFixed(2),
  averagePrice: orNull(k.averagePrice),
  ages: Object.fromEntries(AGE_BANDS.map((band, i) => [band, k.ages[i]!])),
  share: orNull(k.share, 1),
});

export function problemToJson(p: Problem): Record<string, unknown> {
  return {
    severity: p.severity,
    code: p.code,
    message: p.message,
    ...(p.location?.file !== undefined ? { file: p.location.file } : {}),
    ...(p.location?.sheet !== undefined ? { sheet: p.location.sheet } : {}),
    ...(p.location?.line !== undefined ? { line: p.location.line } : {}),
    ...(p.location?.column !== undefined ? { column: p.location.column } : {}),
    ...(p.location?.cell !== undefined ? { cell: p.location.cell } : {}),
    ...(p.value !== undefined ? { value: p.value } : {}),
    ...(p.hint !== undefined ? { hint: p.hint } : {}),
  };
}

const isoDate = (d: CivilDate): string => `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** One flag of the case review; the case masked (DDMMYY-xxxx), as everywhere in JSON. */
export function reviewFlagToJson(f: ReviewFlag): Record<string, unknown> {
  return {
    code: f.code,
    severity: f.severity,
    case: maskCprsInText(maskCpr(f.caseRef)),
    measure: f.measure,
    rate: formatAmount(f.rate),
    unit: f.unit,
    start: isoDate(f.start),
    stop: f.stop === null ? null : isoDate(f.stop),
    age: f.age,
    atStake: formatAmount(f.atStake),
    message: f.message,
    file: f.source.file,
    ...(f.source.sheet !== undefined ? { sheet: f.source.sheet } : {}),
    ...(f.source.line !== undefined ? { line: f.source.line } : {}),
  };
}

/** The last closed month as JSON shows it: "2026-09", or null when no month of the year is closed. */
export function asOfJson(period: Period): string | null {
  const lastClosed = lastClosedMonth(period);
  return lastClosed === null ? null : formatYearMonth(lastClosed);
}

export function forecastToJson(f: Forecast): string {
  const horizon = f.period.years > 1;
  const transitions = horizon || f.transitionLines.length > 0;
  const knownJson = (t: Totals) => (horizon ? { known: formatAmount(t.known), estimated: formatAmount(t.estimated) } : {});
  const doc = {
    year: f.period.year,
    asOf: asOfJson(f.period),
    measures: f.measures.map((m) => ({
      measure: m.measure.name,
      account: m.measure.account,
      area: m.measure.area,
      method: m.measure.method,
      ...amounts(m),
      ...knownJson(m),
      ...bridgeJson(m.bridge, transitions),
      ...(m.activity ? { activity: activityJson(m.activity) } : {}),
      ...(m.keyFigures ? { keyFigures: m.keyFigures.map(keyFigureJson) } : {}),
    })),
    total: { ...amounts(f.total), ...knownJson(f.total) },
    ...(horizon ? { years: f.years.map((y) => yearJson(y, f)) } : {}),
    warnings: f.problems.filter((p) => p.severity !== 'error').map(problemToJson),
    undringssager: f.review.map(reviewFlagToJson),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
