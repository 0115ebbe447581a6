/**
 * Problems are data: every input fault or warning is a value with its location and a fix hint.
 * `validate`, `forecast` and the workbook's warnings sheet all render the same list.
 *
 * Exports: Problem, Severity, ProblemList, InputError.
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

/** Collects problems; masks CPR numbers and shortens values on the way in. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(p: Problem): void {
    const value = p.value === undefined ? undefined : shorten(maskCprsInText(p.value));
    this.items.push({
      ...p,
      message: maskCprsInText(p.message),
      ...(p.hint !== undefined ? { hint: maskCprsInText(p.hint) } : {}),
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

function shorten(value: string): string {
  // Control characters are shown escaped so a message never carries them to a terminal.
  // eslint-disable-next-line no-control-regex
  const visible = value.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
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
