/**
 * Faults end promptly, with a one-line message naming the path, and leave nothing behind
 * (issue 10): inputs that are no regular file (a FIFO, a folder, a dangling link named like a
 * table), targets that are no regular file (/dev/null, a FIFO), a name too long, a full disk (a
 * small tmpfs, mounted as root), a signal during a write, and a closed stdout. The real executable
 * (bin/prognose.js over dist/) runs where a process must end by itself.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProblemList } from '../src/model/problem.js';
import { readCsvFile } from '../src/read/csv.js';
import { ioErrorLine } from '../src/cli/io-error.js';
import { runCli } from './helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'prognose-faults-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const project = (name: string): string => {
  const dir = join(tmp, name);
  cpSync('fixtures/bad-base', dir, { recursive: true });
  return dir;
};

/** Runs the executable; fails the test if it has not ended after `seconds`. */
function runFor(seconds: number, args: string[]): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn('node', ['bin/prognose.js', ...args], { env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`prognose ${args.join(' ')} still running after ${seconds} s`));
    }, seconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

describe('an input that is no regular file is an error at its name, never waited on', () => {
  it.each([
    ['a FIFO named like a table', (p: string) => execFileSync('mkfifo', [p]), 'er en navngiven pipe (FIFO), ikke en fil'],
    ['a folder named forbrug.csv', (p: string) => mkdirSync(p), 'er en mappe, ikke en fil'],
    ['a dangling link', (p: string) => symlinkSync(join(tmp, 'nowhere.csv'), p), 'er et link til en fil, der ikke findes'],
  ])('%s: exit 2, one line naming forbrug.csv', async (name, make, message) => {
    const dir = project(name.replace(/\W+/g, '-'));
    rmSync(join(dir, 'forbrug.csv'));
    make(join(dir, 'forbrug.csv'));
    const run = await runFor(20, ['forecast', dir, '--year', '2026', '--out', join(tmp, 'x.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`fejl: forbrug.csv: ${message}`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(tmp, 'x.xlsx'))).toBe(false);
  });

  it('an unreadable file (here a folder read as a file: EISDIR) is a problem, not a throw', async () => {
    const problems = new ProblemList();
    expect(await readCsvFile(tmp, problems)).toBeNull();
    expect(problems.items.map((p) => [p.code, p.message])).toEqual([['unreadable-file', 'filen kan ikke læses (EISDIR)']]);
  });

  it('an errno fault anywhere is one line naming its path (EACCES cannot be made as root: the line is checked)', () => {
    const err = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open', path: '/data/forbrug.csv' });
    expect(ioErrorLine(err)).toBe('/data/forbrug.csv: adgang nægtet (EACCES)');
    expect(ioErrorLine(new Error('plain'))).toBeUndefined();
  });
});

describe('--out that is no regular file, or cannot be made, is refused with exit 2', () => {
  it.each([
    ['/dev/null', () => '/dev/null', 'er ikke en almindelig fil (fx en enhed som /dev/null)'],
    ['a FIFO', () => {
      const p = join(tmp, 'fifo.xlsx');
      execFileSync('mkfifo', [p]);
      return p;
    }, 'er en navngiven pipe (FIFO), ikke en almindelig fil'],
  ])('%s', async (_name, target, message) => {
    const out = target();
    const run = await runFor(20, ['forecast', 'fixtures/bad-base', '--year', '2026', '--out', out, '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`prognose: --out ${out} ${message}; vælg et andet filnavn`);
  });

  it('a name too long (ENAMETOOLONG): exit 2, one line', async () => {
    const out = join(tmp, `${'x'.repeat(300)}.xlsx`);
    const run = await runCli(['forecast', 'fixtures/bad-base', '--year', '2026', '--out', out, '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('(ENAMETOOLONG)');
  });
});

describe('a full disk ends the run within seconds, naming the file, and leaves no temp file', () => {
  const isRoot = process.getuid?.() === 0;
  const small = join(tmp, 'small');

  it.runIf(isRoot)('the workbook writer on a 64 KB tmpfs (4.000 lines do not fit); init on a full one', async () => {
    mkdirSync(small);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', small]);
    try {
      const dir = project('big');
      // 4.000 disposition lines: more than 64 KB once written.
      const rows = Array.from({ length: 4000 }, (_, i) => `Sag ${i};Opholdssteder;${1000 + i},00;måned;01.01.2026;;aktuel`);
      writeFileSync(join(dir, 'dispositioner.csv'), ['CPR-nr.;Foranstaltning;Takst (kr.);Takstenhed;Startdato;Stopdato;Status', ...rows].join('\r\n') + '\r\n');
      const out = join(small, 'prognose.xlsx');
      const run = await runFor(60, ['forecast', dir, '--year', '2026', '--out', out, '-q']);
      expect(run.code).toBe(2);
      expect(run.ms).toBeLessThan(30_000);
      expect(run.stderr.trim()).toBe(`prognose: kunne ikke skrive --out ${out} (ENOSPC: disken er fuld); intet er skrevet`);
      expect(readdirSync(small)).toEqual([]);
      // The small writer (init's CSV files) on a disk already full.
      writeFileSync(join(small, 'fill'), Buffer.alloc(0));
      try {
        execFileSync('sh', ['-c', `cat /dev/zero > ${join(small, 'fill')}`], { stdio: 'ignore' });
      } catch {
        // "No space left on device": full
      }
      const init = await runFor(20, ['init', join(small, 'nyt')]);
      expect(init.code).toBe(2);
      expect(init.stderr).toBe(`prognose: kunne ikke skrive ${join(small, 'nyt', 'foranstaltninger.csv')} (ENOSPC: disken er fuld)\n`);
    } finally {
      execFileSync('umount', [small]);
    }
  });
});

describe('a signal during a write removes the temp file and exits 128 + the signal', () => {
  it.each([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)('%s → %i', async (signal, code) => {
    const folder = join(tmp, `sig-${signal}`);
    mkdirSync(folder);
    const dir = project(`sig-project-${signal}`);
    const rows = Array.from({ length: 60_000 }, (_, i) => `Sag ${i};Opholdssteder;${1000 + i},00;måned;01.01.2026;;aktuel`);
    writeFileSync(join(dir, 'dispositioner.csv'), ['CPR-nr.;Foranstaltning;Takst (kr.);Takstenhed;Startdato;Stopdato;Status', ...rows].join('\r\n') + '\r\n');
    const child = spawn('node', ['bin/prognose.js', 'forecast', dir, '--year', '2026', '--out', join(folder, 'o.xlsx'), '-q'], { stdio: 'ignore' });
    const ended = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    // Wait for the temp file to appear, then signal.
    for (let i = 0; i < 600 && !readdirSync(folder).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(folder).some((f) => f.endsWith('.tmp'))).toBe(true);
    child.kill(signal);
    expect(await ended).toBe(code);
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);
});

describe('a closed stdout ends the run quietly', () => {
  it('prognose validate X | head -1', () => {
    const out = execFileSync('sh', ['-c', 'node bin/prognose.js validate fixtures/eksempel | head -1; echo "exit ${PIPESTATUS:-}"'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out.split('\n')[0]).toMatch(/^(fejl|advarsel|note): /);
    const both = execFileSync('bash', ['-c', 'node bin/prognose.js validate fixtures/eksempel 2>/tmp/prognose-epipe-stderr | head -1 >/dev/null; echo "${PIPESTATUS[0]}"; cat /tmp/prognose-epipe-stderr'], { encoding: 'utf8' });
    expect(both).toBe('0\n');
  });
});
