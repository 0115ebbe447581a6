/**
 * Colour for the terminal: chalk, loaded only when it could colour anything. Exports: colour,
 * chalkCouldColour, Colour.
 *
 * chalk's default instance takes its level from stdout (its supports-color). That level is 0, and
 * every chalk call returns its text unchanged, when FORCE_COLOR is "false" or a number that reads
 * as 0, or when FORCE_COLOR is unset, no --color… flag is given, the run is not in Azure Pipelines
 * (TF_BUILD and AGENT_NAME) and stdout is not a terminal. The last is every --json run, pipe and
 * scheduled job: they do not load chalk at all and get the same text. Everywhere else chalk is
 * loaded and decides as it always did. test/colour.test.ts checks the rule against chalk.
 */
import { isatty } from 'node:tty';

/** The part of chalk the renderers use. */
export interface Colour {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
}

/** False only where chalk would certainly colour nothing (see above); true means "ask chalk". */
export function chalkCouldColour(env: NodeJS.ProcessEnv, argv: readonly string[], stdoutIsTerminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== 'false' && Number.parseInt(force, 10) !== 0;
  return stdoutIsTerminal || ('TF_BUILD' in env && 'AGENT_NAME' in env) || argv.some((a) => a.startsWith('--color'));
}

const asIs = (text: string): string => text;
const PLAIN: Colour = { red: asIs, green: asIs, yellow: asIs, cyan: asIs, bold: asIs };

export const colour: Colour = chalkCouldColour(process.env, process.argv, isatty(1)) ? (await import('chalk')).default : PLAIN;
