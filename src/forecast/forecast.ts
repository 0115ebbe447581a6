/**
 * forecast(checked) → Forecast: the one pure computation of prognose. It takes only checked input
 * (model/checked-inputs.ts, made by validate/), never checks, never throws and changes nothing it
 * is given; every problem was found before it ran.
 *
 * Per measure and month of the calendar (the budget year): closed months (≤ as-of) are the sum of
 * forbrug, whatever the method; open months come from the measure's method (methods/registry.ts).
 * Per measure: actual = sum of closed months, forecast = sum of open months, expected = actual +
 * forecast, deviation = expected − budget, known = actual + the aktuel rows' open months,
 * estimated = expected − known. Subtotals per Område, the disposition groups of Tabel 5.2 and the
 * line totals of the risk-case and intake sheets are computed here too, so renderers only format.
 * Totals are exact sums of the rounded parts. So is what explains each measure: its bridge
 * (forecast/bridge.ts), and for a disposition measure its persons and helårspersoner
 * (methods/persons.ts), the activity/price split (forecast/activity.ts) and the key figures per
 * month (forecast/key-figures.ts). For the Dispositioner sheet each line's age and place in the
 * year (forecast/line-facts.ts), and the caseworker list (forecast/caseworkers.ts); the case
 * review's flags come checked with the input.
 *
 * The methods run over the horizon (model/period.ts horizonCalendar: --years years, every month
 * after the budget year open), with each later year's price factor (methods/price-index.ts) and
 * the disposition rows cut by their measure's age limit (methods/age-limit.ts, in every year, the
 * budget year included). The budget year's figures are the first twelve months; the later years
 * are assembled by forecast/horizon.ts, the 18-year list by forecast/transition-cases.ts.
 *
 * Exports: forecast.
 */
import type { MonthCalendar } from '../model/calendar.js';
import type { CheckedInputs } from '../model/checked-inputs.js';
import { yearMonthIndex } from '../model/civil-date.js';
import type { AreaGroup, DispositionGroup, Forecast, IntakeLine, LineTotal, MeasureForecast, MonthParts, OpenParts, RiskCaseLine, Totals, TransitionLine, YearCurve } from '../model/forecast.js';
import { roundOre, sumMoney, ZERO, type Money } from '../model/money.js';
import { horizonCalendar, periodCalendar } from '../model/period.js';
import { withAgeLimits } from '../methods/age-limit.js';
import { monthFactors } from '../methods/disposition.js';
import { fullYearPersons, personsByMonth } from '../methods/persons.js';
import { priceIndex } from '../methods/price-index.js';
import { methodFor } from '../methods/registry.js';
import { activityOf } from './activity.js';
import { bridgeOf, sumBridges } from './bridge.js';
import { caseworkerBuilder } from './caseworkers.js';
import { addTotals, dispositionGroups, LineStore } from './disposition-lines.js';
import { laterYears, type HorizonParts } from './horizon.js';
import { caseCounts, keyFigureMonths } from './key-figures.js';
import { transitionCases, transitionTotals } from './transition-cases.js';
import { LineFactsBuilder } from './line-facts.js';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

const OPEN_PARTS = ['dispositions', 'riskCases', 'intakes', 'pool', 'transitions', 'method'] as const satisfies readonly (keyof OpenParts)[];

/** The budget year's months: the first twelve of the horizon. */
const YEAR = 12;

export function forecast(checked: CheckedInputs): Forecast {
  const { inputs, period } = checked;
  const calendar = periodCalendar(period);
  const horizon = horizonCalendar(period);
  const index = priceIndex(inputs.priceChanges, period.year, period.years);
  const firstOpen = period.closedMonths;
  const zeros = (n: number = calendar.length): Money[] => Array.from({ length: n }, () => ZERO);
  const rows = withAgeLimits(inputs.dispositions, inputs.measures);
  const actualsBy = groupBy(inputs.actuals, (a) => a.measure);
  const dispositionsBy = groupBy(rows, (d) => d.measure);
  const riskBy = groupBy(inputs.riskCases, (r) => r.measure);
  const intakeBy = groupBy(inputs.intakes, (t) => t.measure);
  const transitionsBy = groupBy(inputs.transitions, (t) => t.measure);
  const measureByName = new Map<string, (typeof inputs.measures)[number]>();
  for (const m of inputs.measures) if (!measureByName.has(m.name)) measureByName.set(m.name, m);
  // The Dispositioner sheet's line facts and the caseworker list take each line as it is stored
  // (the row as the age limit leaves it: rows has one row per input row, in the same order).
  const facts = new LineFactsBuilder(rows.length, measureByName, calendar, firstOpen);
  const caseworkers = caseworkerBuilder(inputs.dispositionExtras, calendar, firstOpen);
  const lines = new LineStore(calendar.length, rows.length, caseworkers === null
    ? (row, line) => facts.add(row, line)
    : (row, line, ore, totalOre, exact) => {
      facts.add(row, line);
      caseworkers.add(row, line, ore, totalOre, exact);
    });
  const riskCaseLines: RiskCaseLine[] = [];
  const intakeLines: IntakeLine[] = [];
  const transitionLines: TransitionLine[] = [];
  const transitionLinesOf = new Map<string, readonly TransitionLine[]>();
  const personDaysOf = new Map<string, Float64Array>();
  const horizonParts: { measure: MeasureForecast['measure']; parts: HorizonParts }[] = [];
  const year = <T>(months: readonly T[]): T[] => months.slice(0, YEAR);

  type BaseForecast = Omit<MeasureForecast, 'bridge' | 'activity' | 'keyFigures'>;
  const base: BaseForecast[] = inputs.measures.map((measure) => {
    const actualByMonth = new Map<number, Money>();
    for (const a of actualsBy.get(measure.name) ?? []) {
      const i = yearMonthIndex(a.month);
      actualByMonth.set(i, (actualByMonth.get(i) ?? ZERO).plus(a.amount));
    }
    const actuals = calendar.firstDay.map((_, m) => actualByMonth.get(calendar.first + m) ?? ZERO);
    const actualToDate = sumMoney(actuals.slice(0, firstOpen));
    const own = measure.method === 'disposition';
    const result = methodFor(measure.method).forecast({
      measure, calendar: horizon, firstOpen, asOf: period.asOf, actualByMonth, actualToDate, lines, index,
      dispositions: own ? dispositionsBy.get(measure.name) ?? [] : [],
      riskCases: own ? riskBy.get(measure.name) ?? [] : [],
      intakes: own ? intakeBy.get(measure.name) ?? [] : [],
      transitions: own ? transitionsBy.get(measure.name) ?? [] : [],
    });
    if (result.personDays) personDaysOf.set(measure.name, result.personDays.subarray(0, YEAR));
    riskCaseLines.push(...(result.riskCaseLines ?? []).map((l) => ({ ...l, months: year(l.months), total: sumMoney(year(l.months)) })));
    intakeLines.push(...(result.intakeLines ?? []).map((l) => ({ ...l, months: year(l.months), total: sumMoney(year(l.months)) })));
    transitionLines.push(...(result.transitionLines ?? []));
    transitionLinesOf.set(measure.name, result.transitionLines ?? []);
    const all = Object.fromEntries(OPEN_PARTS.map((p) => [p, result.parts[p] ?? zeros(horizon.length)])) as unknown as OpenParts;
    const activeDispositions = result.activeDispositions ?? zeros(horizon.length);
    horizonParts.push({ measure, parts: { ...all, activeDispositions } });
    const open = Object.fromEntries(OPEN_PARTS.map((p) => [p, year(all[p])])) as unknown as OpenParts;
    const parts: MonthParts = { actuals, ...open };
    const months = actuals.map((a, m) =>
      m < firstOpen ? a : open.dispositions[m]!.plus(open.riskCases[m]!).plus(open.intakes[m]!).plus(open.pool[m]!).plus(open.transitions[m]!).plus(open.method[m]!),
    );
    const knownOpen = sumMoney(year(activeDispositions).slice(firstOpen));
    return { measure, parts, ...(result.rolling ? { rolling: result.rolling } : {}), ...totalsOf(measure.budget, months, firstOpen, knownOpen) };
  });

  const dispositionLines = lines.finish();
  const groups = dispositionGroups(dispositionLines, base);
  const groupOf = new Map(groups.map((g) => [g.measure, g]));

  // Rows' cases per disposition measure (one pass over all rows), and the cases of each Område (for shares).
  const slotOf = new Map<string, number>();
  for (const m of base) if (m.measure.method === 'disposition' && !slotOf.has(m.measure.name)) slotOf.set(m.measure.name, slotOf.size);
  const counts = caseCounts(rows, slotOf, slotOf.size, calendar);
  const areaCases = new Map<string, Float64Array>();
  for (const m of base) {
    const slot = slotOf.get(m.measure.name);
    if (slot === undefined) continue;
    let area = areaCases.get(m.measure.area);
    if (!area) areaCases.set(m.measure.area, (area = new Float64Array(calendar.length)));
    for (let i = 0; i < calendar.length; i++) area[i]! += counts[slot]!.cases[i]!;
  }
  const measures: MeasureForecast[] = base.map((m) => explained(m, groupOf.get(m.measure.name)));
  function explained(m: BaseForecast, group: DispositionGroup | undefined): MeasureForecast {
    const bridge = bridgeOf(m.parts, m.actual, group, firstOpen);
    const slot = slotOf.get(m.measure.name);
    if (slot === undefined) return { ...m, bridge, activity: null, keyFigures: null };
    const persons = personsByMonth({
      calendar, firstOpen, personDays: personDaysOf.get(m.measure.name)!, pool: m.parts.pool, averagePrice: m.measure.averagePrice,
      riskCases: riskBy.get(m.measure.name) ?? [], intakes: intakeBy.get(m.measure.name) ?? [],
      transitions: (transitionLinesOf.get(m.measure.name) ?? []).map((l) => ({ start: l.transition.start, stop: l.stop, probability: l.transition.probability })),
    });
    return {
      ...m,
      bridge,
      activity: activityOf(m.measure, fullYearPersons(persons), m.expected, m.deviation),
      keyFigures: keyFigureMonths(counts[slot]!, personDaysOf.get(m.measure.name)!, group?.bothTotal.months ?? zeros(), areaCases.get(m.measure.area)!, calendar),
    };
  }

  const factors = monthFactors(index, horizon.length);
  const cases = transitionCases(inputs.dispositions, inputs.measures, transitionLines, horizon, factors);
  const dispositionTotal = addTotals(groups.map((g) => g.bothTotal), calendar.length);
  const measureOrder = new Map(inputs.measures.map((m, i) => [m.name, i] as const).reverse());

  const total = totalsOf(sumMoney(measures.map((m) => m.budget)), monthSums(measures, calendar), firstOpen, sumMoney(measures.map((m) => m.known.minus(m.actual))));
  return {
    period,
    calendar,
    measures,
    areas: areaGroups(measures, calendar, firstOpen),
    total,
    curve: curveOf(total),
    bridgeTotal: sumBridges(measures.map((m) => m.bridge)),
    dispositionLines,
    dispositionGroups: groups,
    dispositionTotal,
    riskCaseLines,
    riskCaseTotal: lineSum(riskCaseLines, calendar),
    intakeLines,
    intakeTotal: lineSum(intakeLines, calendar),
    transitionLines,
    years: laterYears(period.year, index.years.map((f) => f.decimal), horizonParts),
    indexed: index.indexed,
    transitionCases: cases,
    transitionTotals: transitionTotals(cases, period.years),
    actuals: inputs.actuals,
    problems: checked.problems,
    sources: inputs.sources,
    review: checked.review,
    dispositionExtras: inputs.dispositionExtras,
    lineFacts: facts.finish(),
    caseworkers: caseworkers?.finish(measureOrder, groups, dispositionTotal) ?? null,
  };
}

/** Totals of months: closed months are the actual, open ones the forecast; `knownOpen` is the aktuel rows' open months. */
function totalsOf(budget: Money, months: readonly Money[], firstOpen: number, knownOpen: Money): Totals {
  const actual = sumMoney(months.slice(0, firstOpen));
  const forecastSum = sumMoney(months.slice(firstOpen));
  const expected = actual.plus(forecastSum);
  const deviation = expected.minus(budget);
  const known = actual.plus(knownOpen);
  return {
    budget, actual, forecast: forecastSum, expected, deviation, deviationShare: budget.isZero() ? null : deviation.dividedBy(budget.abs()),
    known, estimated: expected.minus(known), knownShare: expected.isZero() ? null : known.dividedBy(expected), months,
  };
}

/** The budget's 1/12 and the running sums of the total's months and of the budget, to the øre (half away from zero). */
function curveOf(total: Totals): YearCurve {
  let sum = ZERO;
  const cumulativeExpected = total.months.map((m) => (sum = sum.plus(m)));
  const cumulativeBudget = total.months.map((_, m) => roundOre(total.budget.times(m + 1).dividedBy(12)));
  return { budgetTwelfth: roundOre(total.budget.dividedBy(12)), cumulativeExpected, cumulativeBudget };
}

function monthSums(rows: readonly { readonly months: readonly Money[] }[], calendar: MonthCalendar): Money[] {
  return calendar.firstDay.map((_, m) => sumMoney(rows.map((r) => r.months[m]!)));
}

function lineSum(rows: readonly { readonly months: readonly Money[] }[], calendar: MonthCalendar): LineTotal {
  const months = monthSums(rows, calendar);
  return { months, total: sumMoney(months) };
}

/** Areas in order of first appearance; the subtotals add up exactly to the total. */
function areaGroups(measures: readonly MeasureForecast[], calendar: MonthCalendar, firstOpen: number): AreaGroup[] {
  const by = groupBy(measures, (m) => m.measure.area);
  return [...by].map(([area, list]) => ({
    area, measures: list, totals: totalsOf(sumMoney(list.map((m) => m.budget)), monthSums(list, calendar), firstOpen, sumMoney(list.map((m) => m.known.minus(m.actual)))),
  }));
}
