/** Problems to stderr, one line each, errors red and warnings yellow. Exports: reportProblems, problemLine. */
import { maskCprsInText } from '../model/cpr.js';
import { formatProblem, type Problem } from '../model/problem.js';
import { colour } from '../render/colour.js';
import { writeErr } from './streams.js';

const LABEL = { error: 'fejl', warning: 'advarsel', note: 'note' } as const;

/** "fejl: file, linje 3, kolonne "Takst": message [værdi: "…"] - hint", the label coloured. */
export function problemLine(p: Problem): string {
  const label = `${LABEL[p.severity]}:`;
  const coloured = p.severity === 'error' ? colour.red(label) : p.severity === 'warning' ? colour.yellow(label) : colour.cyan(label);
  return maskCprsInText(`${coloured} ${formatProblem(p)}`);
}

export function reportProblems(problems: readonly Problem[], options: { quiet: boolean }): void {
  for (const p of problems) {
    if (options.quiet && p.severity !== 'error') continue;
    writeErr(`${problemLine(p)}\n`);
  }
}
