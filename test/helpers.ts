/** Small builders for typed inputs in tests. */
import type { CivilDate } from '../src/model/civil-date.js';
import type { Disposition, RateUnit } from '../src/model/disposition.js';
import type { Inputs } from '../src/model/inputs.js';
import { NO_EXTRA_COLUMNS } from '../src/model/extra-columns.js';
import type { Measure } from '../src/model/measure.js';
import type { Method } from '../src/model/method.js';
import { money, type Money } from '../src/model/money.js';
import type { RiskCase } from '../src/model/risk-case.js';
import type { Intake } from '../src/model/intake.js';
import type { Actual } from '../src/model/actual.js';
import { readAndCheck } from '../src/cli/pipeline.js';
import { forecast } from '../src/forecast/forecast.js';
import type { CheckedInputs } from '../src/model/checked-inputs.js';
import type { Forecast } from '../src/model/forecast.js';
import { resolvePeriod, type PeriodOptions } from '../src/model/period.js';
import { InputError } from '../src/model/problem.js';
import { accept } from '../src/validate/accept.js';
import { validate } from '../src/validate/validate.js';
import type { YearMonth } from '../src/model/civil-date.js';

export const d = (text: string): CivilDate => {
  const [day, month, year] = text.split('.').map(Number) as [number, number, number];
  return { year, month, day };
};

export const ym = (text: string): YearMonth => {
  const [year, month] = text.split('-').map(Number) as [number, number];
  return { year, month };
};

let line = 1;
const src = (file: string) => ({ file, line: ++line });

export function measure(name: string, method: Method, budget: string | number, extra: Partial<Measure> = {}): Measure {
  return { name, account: '5.28.20', area: 'Børn og unge', method, budget: money(budget), laterBudgets: new Map(), pool: null, restPool: null, budgetPersons: null, ageLimit: null, estimate: null, averagePrice: null, source: src('foranstaltninger.csv'), ...extra };
}

export function disposition(measureName: string, rate: string | number, unit: RateUnit, start: string, stop: string | null, extra: Partial<Disposition> = {}): Disposition {
  const stopDate = stop === null ? null : d(stop);
  return {
    caseRef: 'Cpr. 1', measure: measureName, rate: money(rate), unit, start: d(start),
    stop: stopDate && stopDate.year === 9999 ? null : stopDate, stopAsWritten: stopDate, status: 'aktuel', source: src('dispositioner.csv'), ...extra,
  };
}

export function riskCase(measureName: string, count: number, unitCost: number | string, probability: string, start: string, extra: Partial<RiskCase> = {}): RiskCase {
  return { caseRef: 'R-1', measure: measureName, count: money(count), unitCost: money(unitCost), probability: money(probability), start: d(start), durationMonths: null, stop: null, source: src('risikosager.csv'), ...extra };
}

export function intake(measureName: string, month: string, inCount: number, outCount: number, price: string | number | null): Intake {
  return { measure: measureName, month: ym(month), intake: money(inCount), exit: money(outCount), averagePrice: price === null ? null : money(price), source: src('tilgang.csv') };
}

export function actual(measureName: string, month: string, amount: string | number): Actual {
  return { measure: measureName, month: ym(month), amount: money(amount), source: src('forbrug.csv') };
}

export function inputs(parts: Partial<Inputs>): Inputs {
  return { measures: [], dispositions: [], actuals: [], riskCases: [], intakes: [], transitions: [], priceChanges: [], sources: [], ...parts, dispositionExtras: parts.dispositionExtras ?? NO_EXTRA_COLUMNS };
}

/** Typed rows checked as the CLI checks them (validate/); throws InputError when a check finds an error. */
export function check(parts: Partial<Inputs>, options: { year?: number; asOf?: string; years?: number; longCaseYears?: number } = {}): CheckedInputs {
  const i = inputs(parts);
  const period = resolvePeriod(i.actuals, {
    ...(options.year ? { year: options.year } : {}), ...(options.asOf ? { asOf: ym(options.asOf) } : {}), ...(options.years ? { years: options.years } : {}), today: { year: 2026 },
  });
  const { problems, review } = validate(i, period, [], options.longCaseYears !== undefined ? { longCaseYears: options.longCaseYears } : {});
  const checked = accept(i, period, problems, review);
  if (checked === undefined) throw new InputError(problems);
  return checked;
}

/** The forecast of typed rows, checked first as the CLI does. */
export function run(parts: Partial<Inputs>, options: { year?: number; asOf?: string; years?: number; longCaseYears?: number } = {}): Forecast {
  return forecast(check(parts, options));
}

/** A project's Forecast, read and checked as the CLI does (cli/pipeline.ts). */
export async function fixtureForecast(dir: string, period: Omit<PeriodOptions, 'today'> = {}): Promise<Forecast> {
  const { checked, problems } = await readAndCheck(dir, { ...period, today: { year: 2026 } });
  if (checked === undefined) throw new InputError(problems);
  return forecast(checked);
}

export const fixed = (values: readonly Money[]): string[] => values.map((v) => v.toFixed(2));
