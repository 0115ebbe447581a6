/**
 * The Comparison of two runs of one budget year (`prognose compare`): why the expected result
 * moved from the previous run (as-of a0) to the current one (as-of a1 ≥ a0). Plain data computed
 * by compare/compare.ts and only formatted by the renderers (JSON, terminal, the sheet Ændringer).
 *
 * Exports: Comparison, ChangeComponents, COMPONENTS, Component, ChangeSums, MeasureChange, ChangeKind,
 * CaseField, CASE_FIELDS, CaseChange, RiskCaseField, RISK_CASE_FIELDS, RiskCaseChange, IntakeField,
 * INTAKE_FIELDS, IntakeChange, RunProblem.
 *
 * Per measure, E1 − E0 is split exactly (to the øre) into the components below; their sum is
 * `change`. Per case, risk case and intake row the disposition, risk-case and intake components
 * are split further; only entries whose rows differ (or whose money moved) are listed.
 */
import type { YearMonth } from './civil-date.js';
import type { Money } from './money.js';
import type { Problem } from './problem.js';

/** The order every renderer shows the components in. */
export const COMPONENTS = [
  'closedActuals', 'newlyClosed', 'activeDispositions', 'expectedDispositions', 'riskCases', 'intake', 'pool', 'transitions', 'method', 'added', 'removed',
] as const;
export type Component = (typeof COMPONENTS)[number];

/** The split of E1 − E0; the components sum to it exactly. */
export type ChangeComponents = { readonly [K in Component]: Money };

/**
 * - closedActuals: Σ over months closed in both runs of (forbrug now − forbrug then): re-bookings.
 * - newlyClosed: Σ over months a0 < m ≤ a1 of (forbrug now − the previous run's forecast for m).
 * - activeDispositions … method (transitions among them): the change of each bridge part between the runs, over the months
 *   open in the current run (m > a1).
 * - added: E1 of a measure only in the current run; removed: −E0 of one only in the previous.
 */
export interface ChangeSums extends ChangeComponents {
  readonly previousExpected: Money;
  readonly expected: Money;
  /** expected − previousExpected = the sum of the components. */
  readonly change: Money;
  /** B1 − B0 (B1 for an added measure, −B0 for a removed one). */
  readonly budgetChange: Money;
  /** The deviation's change: change − budgetChange. */
  readonly deviationChange: Money;
}

export interface MeasureChange extends ChangeSums {
  readonly measure: string;
  /** Område and Konto as the current run has them (the previous run's for a removed measure). */
  readonly area: string;
  readonly account: string;
  readonly inPrevious: boolean;
  readonly inCurrent: boolean;
}

/** new: only in the current run; removed: only in the previous; changed: in both, with different rows. */
export type ChangeKind = 'new' | 'removed' | 'changed';

export const CASE_FIELDS = ['rate', 'unit', 'start', 'stop', 'status', 'rows'] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

/** A case (CPR with or without hyphen is one case) on a measure whose disposition rows differ between the runs. */
export interface CaseChange {
  /** As written in the current run (the previous run's for a removed case). Personal data: mask outside the workbook. */
  readonly caseRef: string;
  readonly measure: string;
  readonly kind: ChangeKind;
  /** What differs, in CASE_FIELDS order; [] for new and removed. */
  readonly fields: readonly CaseField[];
  /** Σ over the current run's open months of (the case's amounts now − then), aktuel and forventet rows together. */
  readonly change: Money;
}

export const RISK_CASE_FIELDS = ['count', 'unitCost', 'probability', 'start', 'duration', 'stop', 'rows'] as const;
export type RiskCaseField = (typeof RISK_CASE_FIELDS)[number];

/** The risk cases of one Sag on a measure whose rows differ. */
export interface RiskCaseChange {
  /** Sag as written (may be a CPR number: mask outside the workbook). */
  readonly caseRef: string;
  readonly measure: string;
  readonly kind: ChangeKind;
  readonly fields: readonly RiskCaseField[];
  readonly change: Money;
}

/**
 * price: the monthly price used (the row's Gennemsnitspris, else the measure's); closed: the row's
 * month was open in the previous run and is closed now, so it no longer adds (its rows are alike).
 */
export const INTAKE_FIELDS = ['intake', 'exit', 'price', 'closed', 'rows'] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

/** The intake rows of one (measure, month) whose rows or effect differ. */
export interface IntakeChange {
  readonly measure: string;
  readonly month: YearMonth;
  readonly kind: ChangeKind;
  readonly fields: readonly IntakeField[];
  readonly change: Money;
}

/** A warning or note of one of the two runs. */
export interface RunProblem {
  readonly run: 'previous' | 'current';
  readonly problem: Problem;
}

export interface Comparison {
  readonly year: number;
  /** The last closed month of each run (null when none is closed), as the JSON summary shows it. */
  readonly previousAsOf: YearMonth | null;
  readonly asOf: YearMonth | null;
  /** Closed months of the budget year in each run (k0 ≤ k1). */
  readonly previousClosedMonths: number;
  readonly closedMonths: number;
  /** The current run's measures in file order, then those only in the previous run. */
  readonly measures: readonly MeasureChange[];
  readonly total: ChangeSums;
  /** Sorted by |change|, largest first. */
  readonly cases: readonly CaseChange[];
  /** In measure order, then Sag as first met (current run first). */
  readonly riskCases: readonly RiskCaseChange[];
  /** In measure order, then month. */
  readonly intakes: readonly IntakeChange[];
  /** The sums of the three lists: = total activeDispositions + expectedDispositions, riskCases and intake. */
  readonly listTotals: { readonly cases: Money; readonly riskCases: Money; readonly intakes: Money };
  /** Warnings and notes of both runs, the previous run's first. */
  readonly problems: readonly RunProblem[];
}
