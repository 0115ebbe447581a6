/**
 * What a run loads (the built bin/prognose.js, as the user runs it): every module a command does not
 * need costs start-up time on every run. A resolve hook records each module resolved.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

async function modulesLoaded(args: readonly string[], env: Record<string, string> = {}): Promise<string[]> {
  const trace = join(await mkdtemp(join(tmpdir(), 'prognose-startup-')), 'modules.txt');
  const hooks = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(${JSON.stringify(trace)}, resolved.url + '\\n');
  return resolved;
}`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['FORCE_COLOR', 'TF_BUILD', 'AGENT_NAME'].includes(k)));
  await promisify(execFile)(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, 'bin/prognose.js', ...args], {
    env: { ...clean, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...new Set((await readFile(trace, 'utf8')).trim().split('\n'))];
}

const packages = (modules: readonly string[]): string[] =>
  [...new Set(modules.map((m) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m)?.[1]).filter((p): p is string => p !== undefined))].sort();
const distFolders = (modules: readonly string[]): string[] =>
  [...new Set(modules.map((m) => /\/dist\/([^/]+)\//.exec(m)?.[1]).filter((p): p is string => p !== undefined))].sort();

describe('start-up: a command loads only what it needs', () => {
  it('--version loads commander and the command line, no program', async () => {
    const modules = await modulesLoaded(['--version']);
    expect(packages(modules)).toEqual(['commander']);
    for (const folder of ['read', 'forecast', 'validate', 'methods', 'render']) expect(distFolders(modules)).not.toContain(folder);
  });

  it('forecast --json into a pipe loads neither zod, chalk nor exceljs', async () => {
    const modules = await modulesLoaded(['forecast', 'fixtures/eksempel', '--json']);
    expect(packages(modules)).toContain('decimal.js');
    for (const heavy of ['zod', 'chalk', 'exceljs']) expect(packages(modules)).not.toContain(heavy);
  });

  it('chalk is loaded when it could colour (FORCE_COLOR), exceljs still not', async () => {
    const modules = await modulesLoaded(['forecast', 'fixtures/eksempel'], { FORCE_COLOR: '1' });
    expect(packages(modules)).toContain('chalk');
    expect(packages(modules)).not.toContain('exceljs');
  });

  it('zod is loaded by history alone (the archive reader), not by compare or forecast --archive', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-startup-archive-'));
    const archived = await modulesLoaded(['forecast', 'fixtures/eksempel', '--json', '--archive', dir]);
    for (const heavy of ['zod', 'chalk', 'exceljs']) expect(packages(archived)).not.toContain(heavy);
    const compared = await modulesLoaded(['compare', 'fixtures/eksempel-forrige', 'fixtures/eksempel', '--json']);
    for (const heavy of ['zod', 'chalk', 'exceljs']) expect(packages(compared)).not.toContain(heavy);
    const history = await modulesLoaded(['history', dir, '--json']);
    expect(packages(history)).toContain('zod');
    expect(packages(history)).not.toContain('exceljs');
  });
});
