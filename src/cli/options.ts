/**
 * Command-line options, checked into typed values. Exports: ForecastOptions, parseForecastOptions,
 * parseAsOfPrevious, parseMateriality.
 *
 * Options that take a value: --year, --as-of, --years, --out, --lang, --long-case-years, and
 * forecast's --archive, --compare-with and --materiality, compare's --as-of-previous; the rest are flags, which commander
 * gives as true or leaves out. The checks are written out here rather than as a zod schema:
 * loading zod (or zod/mini, which loads the same core and locales) took about 0,07 s of every
 * run's start, more than everything else the command line loads.
 */
import type { YearMonth } from '../model/civil-date.js';
import { MAX_YEARS } from '../model/period.js';
import { parseMonth, parseNumber } from '../read/conventions.js';
import type { Materiality } from '../render/workbook/context.js';
import { LANGS, type Lang } from '../render/workbook/labels.js';
import { DEFAULT_LONG_CASE_YEARS } from '../model/review.js';

/** The budget years prognose forecasts. */
const MIN_BUDGET_YEAR = 2000;
const MAX_BUDGET_YEAR = 2099;

export interface ForecastOptions {
  readonly year?: number;
  readonly asOf?: YearMonth;
  /** The horizon: the budget year and years − 1 overslagsår (1-4); absent = 1. */
  readonly years?: number;
  readonly json: boolean;
  readonly out?: string;
  readonly quiet: boolean;
  /** Workbook labels. */
  readonly lang: Lang;
  /** CPR numbers as DDMMYY-xxxx in the workbook too. */
  readonly maskCpr: boolean;
  /** Identical bytes for identical inputs: no time in the workbook (unless SOURCE_DATE_EPOCH). */
  readonly deterministic: boolean;
  /** The case review's long-open-case: open-ended rows older than this many years (1-100). */
  readonly longCaseYears: number;
  /** Keep the rows wholly outside the budget year on the Dispositioner sheet. */
  readonly allRows: boolean;
  /** forecast --archive: the folder the run is archived in. */
  readonly archive?: string;
  /** forecast --compare-with: the previous run's project, for the sheet Ændringer. */
  readonly compareWith?: string;
  /** Below it a deviation reads "I balance" in the workbook; absent: 0,5 % of the budget. */
  readonly materiality?: Materiality;
}

/** "0,5 %", "0,5%", "50000", "50.000 kr." → a materiality; null when it is none. */
export function parseMateriality(raw: string): Materiality | null {
  const text = raw.trim();
  const percent = /%$/.test(text);
  const number = text.replace(/%$|kr\.?$/i, '').trim();
  if (number === '') return null;
  const value = parseNumber(number).value;
  if (value === undefined || value.isNegative()) return null;
  return { kind: percent ? 'percent' : 'kr', value };
}

/** Typed options, or the first problem (checked in the order --year, --as-of, --years, --out, --lang, --long-case-years) as text for a usage error. */
export function parseForecastOptions(raw: Record<string, unknown>): { options: ForecastOptions } | { error: string } {
  const year = raw.year === undefined ? undefined : typeof raw.year === 'string' && /^\d{4}$/.test(raw.year) ? Number(raw.year) : null;
  if (year === null) return { error: '--year skal være et årstal som 2026' };
  if (year !== undefined && (year < MIN_BUDGET_YEAR || year > MAX_BUDGET_YEAR)) return { error: `--year skal være et budgetår fra ${MIN_BUDGET_YEAR} til ${MAX_BUDGET_YEAR}` };
  const asOf = raw.asOf === undefined ? undefined : typeof raw.asOf === 'string' ? (parseMonth(raw.asOf).value ?? null) : null;
  if (asOf === null) return { error: '--as-of skal være en måned som 2026-09' };
  if (asOf !== undefined && (asOf.year < MIN_BUDGET_YEAR || asOf.year > MAX_BUDGET_YEAR)) return { error: `--as-of skal ligge i et budgetår fra ${MIN_BUDGET_YEAR} til ${MAX_BUDGET_YEAR}` };
  const years = raw.years === undefined ? undefined : typeof raw.years === 'string' && /^\d$/.test(raw.years) && Number(raw.years) >= 1 && Number(raw.years) <= MAX_YEARS ? Number(raw.years) : null;
  if (years === null) return { error: `--years skal være et helt antal år fra 1 til ${MAX_YEARS} (budgetåret og op til ${MAX_YEARS - 1} overslagsår)` };
  const out = raw.out === undefined ? undefined : typeof raw.out === 'string' && raw.out.trim() !== '' ? raw.out : null;
  if (out === null) return { error: '--out skal være et filnavn, fx prognose.xlsx' };
  const lang = raw.lang === undefined ? 'da' : (LANGS.find((l) => l === raw.lang) ?? null);
  if (lang === null) return { error: `--lang skal være ${LANGS.join(' eller ')}` };
  const materiality = raw.materiality === undefined ? undefined : typeof raw.materiality === 'string' ? parseMateriality(raw.materiality) : null;
  if (materiality === null) return { error: '--materiality skal være et beløb i kr. som 50000 eller en procent af budgettet som "0,5 %"' };
  const longCaseYears = raw.longCaseYears === undefined ? DEFAULT_LONG_CASE_YEARS
    : typeof raw.longCaseYears === 'string' && /^\d{1,3}$/.test(raw.longCaseYears) && Number(raw.longCaseYears) >= 1 && Number(raw.longCaseYears) <= 100 ? Number(raw.longCaseYears) : null;
  if (longCaseYears === null) return { error: '--long-case-years skal være et helt antal år fra 1 til 100' };
  const archive = raw.archive === undefined ? undefined : typeof raw.archive === 'string' && raw.archive !== '' ? raw.archive : null;
  if (archive === null) return { error: '--archive skal være en mappe' };
  const compareWith = raw.compareWith === undefined ? undefined : typeof raw.compareWith === 'string' && raw.compareWith !== '' ? raw.compareWith : null;
  if (compareWith === null) return { error: '--compare-with skal være den forrige kørsels input (en mappe eller en projektmappe .xlsx)' };
  return {
    options: {
      ...(year !== undefined ? { year } : {}),
      ...(asOf !== undefined ? { asOf } : {}),
      ...(years !== undefined ? { years } : {}),
      json: raw.json === true,
      ...(out !== undefined ? { out } : {}),
      quiet: raw.quiet === true,
      lang,
      maskCpr: raw.maskCpr === true,
      deterministic: raw.deterministic === true,
      ...(materiality !== undefined ? { materiality } : {}),
      longCaseYears,
      allRows: raw.allRows === true,
      ...(archive !== undefined ? { archive } : {}),
      ...(compareWith !== undefined ? { compareWith } : {}),
    },
  };
}

/** compare's --as-of-previous: the previous run's last closed month, undefined when not given, or the problem as text. */
export function parseAsOfPrevious(raw: unknown): { asOf?: YearMonth } | { error: string } {
  if (raw === undefined) return {};
  const asOf = typeof raw === 'string' ? parseMonth(raw).value : undefined;
  return asOf ? { asOf } : { error: '--as-of-previous skal være en måned som 2026-08' };
}
