/**
 * forecast(inputs, period) → Forecast: the one pure computation of prognose.
 *
 * Per measure and month of the year: closed months (≤ as-of) are the sum of forbrug, whatever the
 * method; open months come from the measure's method (methods/). Per measure: actual = sum of
 * closed months, forecast = sum of open months, expected = actual + forecast, deviation =
 * expected − budget. Totals are exact sums of the rounded parts. Input errors found on the way are
 * thrown together as one InputError; warnings travel in the Forecast.
 */
import type { Actual } from '../model/actual.js';
import { formatYearMonth, yearMonthIndex } from '../model/civil-date.js';
import type { Inputs } from '../model/inputs.js';
import type { Measure } from '../model/measure.js';
import { sumMoney, ZERO, type Money } from '../model/money.js';
import { OreSum } from '../model/ore.js';
import { ProblemList } from '../model/problem.js';
import { dispositionMonthsOre, yearCalendar } from '../methods/disposition-ore.js';
import { dispositionMonths, intakeMonths, riskCaseMonths, riskCasePeriodEnd } from '../methods/disposition.js';
import { remainderSpread } from '../methods/frame.js';
import { rollingAverage, ROLLING_MINIMUM, ROLLING_WINDOW, type RollingAverage } from '../methods/rolling-average.js';
import { spreadEvenly } from '../methods/spread.js';
import { twelfths } from '../methods/twelfths.js';
import { checkInputs } from '../validate/check-inputs.js';
import { checkPeriodDependent } from '../validate/period-check.js';
import { DispositionLineStore } from './disposition-lines.js';
import type { DispositionLine, Forecast, IntakeLine, MeasureForecast, RiskCaseLine, Totals } from './types.js';
import type { Period } from '../model/period.js';

const zeros = (): Money[] => Array.from({ length: 12 }, () => ZERO);

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

function addInto(target: Money[], months: readonly Money[], from = 0): void {
  for (let i = from; i < 12; i++) target[i] = target[i]!.plus(months[i]!);
}

export function forecast(inputs: Inputs, period: Period, problems: ProblemList = new ProblemList()): Forecast {
  checkInputs(inputs, problems);
  checkPeriodDependent(inputs, period, problems);
  problems.throwIfErrors();

  const { year, closedMonths } = period;
  const actualsBy = groupBy(inputs.actuals, (a) => a.measure);
  const ignoredFor = (m: Measure, rows: readonly { source: { file: string; line?: number } }[], what: string): void => {
    if (rows.length === 0) return;
    const lines = rows.map((r) => r.source.line).filter((l) => l !== undefined);
    problems.warning('ignored-for-method', `${rows.length} ${what} for "${m.name}" ignoreres, fordi metoden er ${m.method}`,
      { file: rows[0]!.source.file, ...(lines[0] !== undefined ? { line: lines[0] } : {}) },
      { hint: `linje ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ' …' : ''}; skift metode til disposition for at bruge dem` });
  };

  // Lines per disposition measure, in file order.
  const dispositionLines: DispositionLine[] = [];
  const lineStore = new DispositionLineStore(inputs.dispositions.length);
  const calendar = yearCalendar(year);
  const rowOre = new Float64Array(12);
  const riskCaseLines: RiskCaseLine[] = [];
  const intakeLines: IntakeLine[] = [];
  const dispositionsBy = groupBy(inputs.dispositions, (d) => d.measure);
  const riskBy = groupBy(inputs.riskCases, (r) => r.measure);
  const intakeBy = groupBy(inputs.intakes, (t) => t.measure);

  const results: MeasureForecast[] = inputs.measures.map((measure) => {
    const ownActuals = actualsBy.get(measure.name) ?? [];
    const actualMonths = zeros();
    const actualByIndex = new Map<number, Money>();
    const presentInYear = new Set<number>();
    const lateRows: Actual[] = [];
    for (const a of ownActuals) {
      const idx = yearMonthIndex(a.month);
      actualByIndex.set(idx, (actualByIndex.get(idx) ?? ZERO).plus(a.amount));
      if (a.month.year === year) {
        actualMonths[a.month.month - 1] = actualMonths[a.month.month - 1]!.plus(a.amount);
        presentInYear.add(a.month.month - 1);
        if (a.month.month > closedMonths) lateRows.push(a);
      }
    }
    if (lateRows.length > 0) {
      problems.warning('actual-in-open-month', `forbrug for "${measure.name}" i åbne måneder (${[...new Set(lateRows.map((a) => formatYearMonth(a.month)))].join(', ')}) ignoreres`,
        lateRows[0]!.source, { hint: 'sæt --as-of til den sidste lukkede måned, hvis de måneder er lukket' });
    }
    const missing: string[] = [];
    for (let i = 0; i < closedMonths; i++) if (!presentInYear.has(i)) missing.push(formatYearMonth({ year, month: i + 1 }));
    if (missing.length > 0) {
      problems.warning('missing-actual', `intet forbrug for "${measure.name}" i lukkede måneder ${missing.join(', ')}; regnes som 0`, measure.source,
        { hint: 'tilføj forbrug for månederne i forbrug, eller tjek --as-of' });
    }

    const openCount = 12 - closedMonths;
    const parts = { actuals: actualMonths, dispositions: zeros(), riskCases: zeros(), intakes: zeros(), pool: zeros(), method: zeros() };
    const ownDispositions = dispositionsBy.get(measure.name) ?? [];
    const ownRisk = riskBy.get(measure.name) ?? [];
    const ownIntake = intakeBy.get(measure.name) ?? [];
    let rolling: RollingAverage | undefined;

    const setOpen = (values: readonly Money[]): void => {
      values.forEach((v, k) => (parts.method[closedMonths + k] = v));
    };

    if (measure.method === 'disposition') {
      // Integer øre per row-month (methods/disposition-ore.ts); the decimal path for the rest.
      const sums = Array.from({ length: 12 }, () => new OreSum());
      for (const d of ownDispositions) {
        if (dispositionMonthsOre(d, calendar, rowOre)) {
          let total = 0;
          for (let i = 0; i < 12; i++) {
            total += rowOre[i]!;
            if (i >= closedMonths) sums[i]!.add(rowOre[i]!);
          }
          dispositionLines.push(lineStore.addOre(d, rowOre, total));
        } else {
          const months = dispositionMonths(d, year);
          dispositionLines.push(lineStore.addMoney(d, months, sumMoney(months)));
          for (let i = closedMonths; i < 12; i++) sums[i]!.addMoney(months[i]!);
        }
      }
      sums.forEach((sum, i) => (parts.dispositions[i] = sum.toMoney()));
      for (const rc of ownRisk) {
        const months = riskCaseMonths(rc, year).map((v, i) => (i < closedMonths ? ZERO : v));
        riskCaseLines.push({ riskCase: rc, periodEnd: riskCasePeriodEnd(rc, year), months, total: sumMoney(months) });
        addInto(parts.riskCases, months);
      }
      const firstOpenIndex = year * 12 + closedMonths;
      for (const t of ownIntake) {
        const price = t.averagePrice ?? measure.averagePrice ?? ZERO;
        if (yearMonthIndex(t.month) < firstOpenIndex) {
          problems.warning('intake-in-closed-month', `tilgang/afgang for ${formatYearMonth(t.month)} ligger i en lukket måned og ignoreres`, { ...t.source, column: 'Måned' },
            { hint: 'lukkede måneder tæller med faktisk forbrug; flyt tilgangen til en åben måned eller slet rækken' });
          intakeLines.push({ intake: t, price, months: zeros(), total: ZERO });
          continue;
        }
        const months = intakeMonths(t, price, year, closedMonths);
        intakeLines.push({ intake: t, price, months, total: sumMoney(months) });
        addInto(parts.intakes, months);
      }
      if (measure.pool !== null && !measure.pool.isZero()) {
        if (openCount === 0) problems.warning('pool-unused', `puljen for "${measure.name}" bruges ikke, fordi alle måneder er lukket`, { ...measure.source, column: 'Pulje' });
        spreadEvenly(measure.pool, openCount).forEach((v, k) => (parts.pool[closedMonths + k] = v));
      }
    } else {
      ignoredFor(measure, ownDispositions, 'dispositionsrækker');
      ignoredFor(measure, ownRisk, 'risikosager');
      ignoredFor(measure, ownIntake, 'tilgangsrækker');
      const actualToDate = sumMoney(actualMonths.slice(0, closedMonths));
      if (openCount > 0) {
        switch (measure.method) {
          case 'tolvtedele':
            setOpen(twelfths(measure.budget, openCount));
            break;
          case 'ramme':
            setOpen(remainderSpread(measure.budget, actualToDate, openCount));
            break;
          case 'skøn':
            setOpen(remainderSpread(measure.estimate ?? ZERO, actualToDate, openCount));
            break;
          case 'glidende': {
            const end = period.asOf ? yearMonthIndex(period.asOf) : year * 12 - 1;
            rolling = rollingAverage(actualByIndex, end);
            const window = `${formatYearMonth(rolling.from)}-${formatYearMonth(rolling.to)}`;
            if (rolling.mean === null) {
              problems.error('rolling-too-few-months', `"${measure.name}" (glidende) har kun forbrug i ${rolling.monthsUsed} af de 12 måneder ${window}`, { ...measure.source, column: 'Metode' },
                { hint: `der skal være forbrug i mindst ${ROLLING_MINIMUM} måneder (også sidste års); vælg ellers en anden metode` });
            } else {
              if (rolling.monthsUsed < ROLLING_WINDOW) {
                problems.warning('rolling-short-window', `"${measure.name}" (glidende): gennemsnittet bygger kun på ${rolling.monthsUsed} af 12 måneder (${window})`, measure.source,
                  { hint: 'tilføj forbrug for de manglende måneder (også sidste års) i forbrug' });
              }
              setOpen(Array.from({ length: openCount }, () => rolling!.mean!));
            }
            break;
          }
        }
      }
    }

    const months = zeros().map((_, i) =>
      i < closedMonths
        ? actualMonths[i]!
        : parts.dispositions[i]!.plus(parts.riskCases[i]!).plus(parts.intakes[i]!).plus(parts.pool[i]!).plus(parts.method[i]!),
    );
    return { measure, parts, ...(rolling ? { rolling } : {}), ...totalsOf(measure.budget, months, closedMonths) };
  });
  problems.throwIfErrors();

  const totalMonths = zeros();
  for (const r of results) addInto(totalMonths, r.months);
  return {
    period,
    measures: results,
    total: totalsOf(sumMoney(results.map((r) => r.budget)), totalMonths, closedMonths),
    dispositionLines,
    riskCaseLines,
    intakeLines,
    actuals: inputs.actuals,
    problems: problems.items,
    sources: inputs.sources,
  };
}

/** Totals of 12 months: closed months are the actual, open ones the forecast. */
export function totalsOf(budget: Money, months: readonly Money[], closedMonths: number): Totals {
  const actual = sumMoney(months.slice(0, closedMonths));
  const forecastSum = sumMoney(months.slice(closedMonths));
  const expected = actual.plus(forecastSum);
  return { budget, actual, forecast: forecastSum, expected, deviation: expected.minus(budget), months };
}
