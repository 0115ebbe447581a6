/**
 * forecast(checked) → Forecast: the one pure computation of prognose. It takes only checked input
 * (model/checked-inputs.ts, made by validate/), never checks, never throws and changes nothing it
 * is given; every problem was found before it ran.
 *
 * Per measure and month of the calendar (the budget year): closed months (≤ as-of) are the sum of
 * forbrug, whatever the method; open months come from the measure's method (methods/registry.ts).
 * Per measure: actual = sum of closed months, forecast = sum of open months, expected = actual +
 * forecast, deviation = expected − budget. Subtotals per Område, the disposition groups of Tabel
 * 5.2 and the line totals of the risk-case and intake sheets are computed here too, so renderers
 * only format. Totals are exact sums of the rounded parts.
 *
 * Exports: forecast.
 */
import { monthCalendar, type MonthCalendar } from '../model/calendar.js';
import type { CheckedInputs } from '../model/checked-inputs.js';
import { yearMonthIndex } from '../model/civil-date.js';
import type { AreaGroup, Forecast, IntakeLine, LineTotal, MeasureForecast, MonthParts, OpenParts, RiskCaseLine, Totals } from '../model/forecast.js';
import { sumMoney, ZERO, type Money } from '../model/money.js';
import { methodFor } from '../methods/registry.js';
import { addTotals, dispositionGroups, LineStore } from './disposition-lines.js';

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

const OPEN_PARTS = ['dispositions', 'riskCases', 'intakes', 'pool', 'method'] as const satisfies readonly (keyof OpenParts)[];

export function forecast(checked: CheckedInputs): Forecast {
  const { inputs, period } = checked;
  const calendar = monthCalendar({ year: period.year, month: 1 }, 12);
  const firstOpen = period.closedMonths;
  const zeros = (): Money[] => Array.from({ length: calendar.length }, () => ZERO);
  const actualsBy = groupBy(inputs.actuals, (a) => a.measure);
  const dispositionsBy = groupBy(inputs.dispositions, (d) => d.measure);
  const riskBy = groupBy(inputs.riskCases, (r) => r.measure);
  const intakeBy = groupBy(inputs.intakes, (t) => t.measure);
  const lines = new LineStore(calendar.length, inputs.dispositions.length);
  const riskCaseLines: RiskCaseLine[] = [];
  const intakeLines: IntakeLine[] = [];

  const measures: MeasureForecast[] = inputs.measures.map((measure) => {
    const actualByMonth = new Map<number, Money>();
    for (const a of actualsBy.get(measure.name) ?? []) {
      const i = yearMonthIndex(a.month);
      actualByMonth.set(i, (actualByMonth.get(i) ?? ZERO).plus(a.amount));
    }
    const actuals = calendar.firstDay.map((_, m) => actualByMonth.get(calendar.first + m) ?? ZERO);
    const actualToDate = sumMoney(actuals.slice(0, firstOpen));
    const own = measure.method === 'disposition';
    const result = methodFor(measure.method).forecast({
      measure, calendar, firstOpen, asOf: period.asOf, actualByMonth, actualToDate, lines,
      dispositions: own ? dispositionsBy.get(measure.name) ?? [] : [],
      riskCases: own ? riskBy.get(measure.name) ?? [] : [],
      intakes: own ? intakeBy.get(measure.name) ?? [] : [],
    });
    riskCaseLines.push(...(result.riskCaseLines ?? []));
    intakeLines.push(...(result.intakeLines ?? []));
    const open = Object.fromEntries(OPEN_PARTS.map((p) => [p, result.parts[p] ?? zeros()])) as unknown as OpenParts;
    const parts: MonthParts = { actuals, ...open };
    const months = actuals.map((a, m) =>
      m < firstOpen ? a : open.dispositions[m]!.plus(open.riskCases[m]!).plus(open.intakes[m]!).plus(open.pool[m]!).plus(open.method[m]!),
    );
    return { measure, parts, ...(result.rolling ? { rolling: result.rolling } : {}), ...totalsOf(measure.budget, months, firstOpen) };
  });

  const dispositionLines = lines.finish();
  const groups = dispositionGroups(dispositionLines, measures);
  return {
    period,
    calendar,
    measures,
    areas: areaGroups(measures, calendar, firstOpen),
    total: totalsOf(sumMoney(measures.map((m) => m.budget)), monthSums(measures, calendar), firstOpen),
    dispositionLines,
    dispositionGroups: groups,
    dispositionTotal: addTotals(groups.map((g) => g.bothTotal), calendar.length),
    riskCaseLines,
    riskCaseTotal: lineSum(riskCaseLines, calendar),
    intakeLines,
    intakeTotal: lineSum(intakeLines, calendar),
    actuals: inputs.actuals,
    problems: checked.problems,
    sources: inputs.sources,
  };
}

/** Totals of months: closed months are the actual, open ones the forecast. */
function totalsOf(budget: Money, months: readonly Money[], firstOpen: number): Totals {
  const actual = sumMoney(months.slice(0, firstOpen));
  const forecastSum = sumMoney(months.slice(firstOpen));
  const expected = actual.plus(forecastSum);
  const deviation = expected.minus(budget);
  return { budget, actual, forecast: forecastSum, expected, deviation, deviationShare: budget.isZero() ? null : deviation.dividedBy(budget.abs()), months };
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
  return [...by].map(([area, list]) => ({ area, measures: list, totals: totalsOf(sumMoney(list.map((m) => m.budget)), monthSums(list, calendar), firstOpen) }));
}
