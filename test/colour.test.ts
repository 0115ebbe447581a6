import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chalkCouldColour } from '../src/render/colour.js';

const chalkUrl = pathToFileURL(createRequire(import.meta.url).resolve('chalk')).href;

/** chalk's own level in a process with this environment and these arguments, stdout a pipe. */
function chalkLevel(env: Record<string, string>, args: readonly string[]): number {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['FORCE_COLOR', 'TF_BUILD', 'AGENT_NAME', 'CI'].includes(k)));
  const probe = `const { default: chalk } = await import(${JSON.stringify(chalkUrl)}); process.stdout.write(String(chalk.level));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe, '--', ...args], { env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return Number(out.toString());
}

describe('render/colour: chalk is left unloaded only where it would colour nothing', () => {
  const cases: { env: Record<string, string>; args: string[] }[] = [
    { env: {}, args: [] },
    { env: {}, args: ['--no-color'] },
    { env: {}, args: ['--color'] },
    { env: {}, args: ['--color=256'] },
    { env: {}, args: ['--colors'] },
    { env: { FORCE_COLOR: '0' }, args: [] },
    { env: { FORCE_COLOR: '0' }, args: ['--color'] },
    { env: { FORCE_COLOR: 'false' }, args: [] },
    { env: { FORCE_COLOR: ' 0' }, args: [] },
    { env: { FORCE_COLOR: '1' }, args: [] },
    { env: { FORCE_COLOR: '3' }, args: ['--no-color'] },
    { env: { FORCE_COLOR: 'true' }, args: [] },
    { env: { FORCE_COLOR: '' }, args: [] },
    { env: { FORCE_COLOR: 'ja' }, args: [] },
    { env: { TF_BUILD: 'True', AGENT_NAME: 'agent' }, args: [] },
    { env: { TF_BUILD: 'True' }, args: [] },
    { env: { CI: 'true', GITHUB_ACTIONS: 'true' }, args: [] },
  ];

  it.each(cases)('FORCE_COLOR etc. $env, arguments $args', ({ env, args }) => {
    const level = chalkLevel(env, args);
    const couldColour = chalkCouldColour(env, ['node', 'prognose', ...args], false);
    if (!couldColour) expect(level).toBe(0);
    if (level > 0) expect(couldColour).toBe(true);
  });

  it('is not vacuous: chalk colours a pipe when forced, and never-colour cases are recognised', () => {
    expect(chalkLevel({ FORCE_COLOR: '1' }, [])).toBe(1);
    expect(chalkCouldColour({}, ['node', 'prognose'], false)).toBe(false);
    expect(chalkCouldColour({ FORCE_COLOR: '0' }, ['node', 'prognose'], true)).toBe(false);
  });

  it('always asks chalk when stdout is a terminal (unless FORCE_COLOR turns colour off)', () => {
    expect(chalkCouldColour({}, ['node', 'prognose'], true)).toBe(true);
    expect(chalkCouldColour({ CI: 'true' }, ['node', 'prognose'], true)).toBe(true);
  });
});
