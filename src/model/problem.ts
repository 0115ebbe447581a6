/**
 * Problems are data: every input fault or warning is a value with its location and a fix hint.
 * `validate`, `forecast` and the workbook's warnings sheet all render the same list.
 *
 * Exports: Problem, Severity, ProblemList, InputError, formatProblem.
 * ProblemList escapes control characters and masks CPR numbers in message, hint and value, and
 * shortens values, so nothing downstream has to.
 */
import { maskCprsInText } from './cpr.js';
import { formatLocation, type SourceLocation } from './source.js';

export type Severity = 'error' | 'warning' | 'note';

export interface Problem {
  readonly severity: Severity;
  /** A stable machine code, e.g. "unreadable-number". */
  readonly code: string;
  /** What is wrong, in plain words. Never holds a full CPR number. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
  readonly location?: SourceLocation;
  /** The offending value (CPR masked, long values shortened). */
  readonly value?: string;
}

const MAX_VALUE_LENGTH = 60;
/** Problems mask every ten-digit run, date or not (model/cpr.ts maskCprsInText's strict). */
const STRICT = { strict: true } as const;

/** Collects problems; masks CPR numbers and shortens values on the way in. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(p: Problem): void {
    // Masked again after shortening: a cut must not leave a new ten-digit run.
    const value = p.value === undefined ? undefined : maskCprsInText(shorten(clean(p.value)), STRICT);
    this.items.push({
      ...p,
      message: clean(p.message),
      ...(p.hint !== undefined ? { hint: clean(p.hint) } : {}),
      ...(value !== undefined ? { value } : {}),
    });
  }

  error(code: string, message: string, location?: SourceLocation, extra: { hint?: string; value?: string } = {}): void {
    this.add({ severity: 'error', code, message, ...(location ? { location } : {}), ...extra });
  }

  warning(code: string, message: string, location?: SourceLocation, extra: { hint?: string; value?: string } = {}): void {
    this.add({ severity: 'warning', code, message, ...(location ? { location } : {}), ...extra });
  }

  note(code: string, message: string, location?: SourceLocation, extra: { hint?: string; value?: string } = {}): void {
    this.add({ severity: 'note', code, message, ...(location ? { location } : {}), ...extra });
  }

  get errors(): Problem[] {
    return this.items.filter((p) => p.severity === 'error');
  }

  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }

  /** Throws an InputError holding every problem when any of them is an error. */
  throwIfErrors(): void {
    if (this.hasErrors) throw new InputError(this.items);
  }
}

/**
 * Control characters are shown escaped so a message never carries them to a terminal; CPR
 * numbers are masked after that (an escape like \x09 must not complete a ten-digit run unmasked).
 */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return maskCprsInText(text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`), STRICT);
}

function shorten(visible: string): string {
  return visible.length > MAX_VALUE_LENGTH ? `${visible.slice(0, MAX_VALUE_LENGTH)}…` : visible;
}

/** One line for a terminal or a log: "file, linje 3, kolonne "Beløb": message (value) - hint". */
export function formatProblem(p: Problem): string {
  const where = p.location ? `${formatLocation(p.location)}: ` : '';
  const value = p.value !== undefined ? ` [værdi: "${p.value}"]` : '';
  const hint = p.hint ? ` - ${p.hint}` : '';
  return `${where}${p.message}${value}${hint}`;
}

/** Invalid input: the run stops with exit code 2 and every problem listed. */
export class InputError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(errors.length === 1 ? formatProblem(errors[0]!) : `${errors.length} fejl i input`);
    this.name = 'InputError';
    this.problems = problems;
  }
}
