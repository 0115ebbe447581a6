/**
 * Two runs of one budget year, read → check → forecast each, for `prognose compare` and `forecast
 * --compare-with`: the previous project and the current one. Either project with an error stops
 * the comparison (exit 2) with every problem listed under the run it belongs to; so does a current
 * as-of earlier than the previous one. Exports: RunLabel, RUN_LABELS, ReadRun, readRun, stopOnInvalid,
 * checkRunOrder, reportRunProblems.
 */
import { forecast } from '../forecast/forecast.js';
import { yearMonthIndex } from '../model/civil-date.js';
import type { RunProblem } from '../model/comparison.js';
import { maskCprsInText } from '../model/cpr.js';
import type { Forecast } from '../model/forecast.js';
import { formatYearMonth } from '../model/civil-date.js';
import type { Period, PeriodOptions } from '../model/period.js';
import type { Problem } from '../model/problem.js';
import { readAndCheck } from './pipeline.js';
import type { Progress } from './progress.js';
import { problemLine } from './report.js';
import { UsageError } from './usage-error.js';

export type RunLabel = 'previous' | 'current';

/** How a run is named on stderr. */
export const RUN_LABELS: Readonly<Record<RunLabel, string>> = { previous: 'forrige kørsel', current: 'denne kørsel' };

export interface ReadRun {
  readonly run: RunLabel;
  readonly input: string;
  readonly period: Period;
  readonly problems: readonly Problem[];
  /** Present when the project has no error. */
  readonly forecast?: Forecast;
}

/** Reads, checks and (when valid) forecasts one project. */
export async function readRun(run: RunLabel, input: string, period: PeriodOptions, progress: Progress): Promise<ReadRun> {
  const label = RUN_LABELS[run];
  const checked = await readAndCheck(input, period, {
    onProgress: (file, done, total) => (total > 0 ? progress.update(`${label}: læser ${file}`, done, total) : progress.update(`${label}: læser ${file}`)),
  });
  if (checked.checked === undefined) return { run, input, period: checked.period, problems: checked.problems };
  progress.update(`${label}: beregner prognosen`);
  return { run, input, period: checked.period, problems: checked.problems, forecast: forecast(checked.checked) };
}

/** Lists the problems of each invalid run under its name and stops (exit 2); returns when every run is valid. */
export function stopOnInvalid(runs: readonly ReadRun[]): void {
  const invalid = runs.filter((r) => r.forecast === undefined);
  if (invalid.length === 0) return;
  for (const r of invalid) for (const p of r.problems) process.stderr.write(`[${RUN_LABELS[r.run]}] ${problemLine(p)}\n`);
  const told = invalid.map((r) => `${RUN_LABELS[r.run]} (${maskCprsInText(r.input)}) har ${r.problems.filter((p) => p.severity === 'error').length} fejl i input`);
  throw new UsageError(`${told.join(', og ')}; intet er sammenlignet.`);
}

/** A current as-of earlier than the previous one is an error (exit 2). */
export function checkRunOrder(previous: Period, current: Period): void {
  const at = (p: Period): number => (p.asOf === null ? -Infinity : yearMonthIndex(p.asOf));
  if (at(current) < at(previous)) {
    const shown = (p: Period): string => (p.asOf === null ? 'ingen lukket måned' : formatYearMonth(p.asOf));
    throw new UsageError(`denne kørsels sidste lukkede måned (${shown(current)}) ligger før den forrige kørsels (${shown(previous)}); byt om på de to, eller angiv --as-of og --as-of-previous`);
  }
}

/** Warnings and notes of both runs on stderr, each under its run's name (none with --quiet). */
export function reportRunProblems(problems: readonly RunProblem[], quiet: boolean): void {
  if (quiet) return;
  for (const { run, problem } of problems) process.stderr.write(`[${RUN_LABELS[run]}] ${problemLine(problem)}\n`);
}
