/**
 * The benchmark's peers (scripts/peers/*.py, run by `npm run bench -- --peers`): they compute the
 * open-month disposition sums exactly, equal to prognose's JSON; a peer whose package python3
 * cannot import is skipped with one line, by the peer and by the bench; and the peers are not in
 * the npm package. The pure-Python peer shares the formula, calendar and output of the polars and
 * DuckDB peers (scripts/peers/common.py) and needs only python3, so its tests run on every machine;
 * the polars and DuckDB ones run where those packages are installed (PyPI is not reachable from
 * this project's machines, so they may be skipped, and vitest reports them as skipped).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_AS_OF, writeSyntheticInputs } from '../src/bench/synthetic.js';
import { runCli } from './helpers/run-cli.js';

const root = join(import.meta.dirname, '..');
const peerScript = (peer: string): string => join(root, 'scripts', 'peers', `${peer}_peer.py`);
const importable = (module: string): boolean => spawnSync('python3', ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
const hasPolars = importable('polars');
const hasDuckdb = importable('duckdb');

interface PeerSums {
  readonly peer: string;
  readonly measures: Record<string, { activeDispositions: string; expectedDispositions: string }>;
}

function runPeer(peer: string, dir: string, asOf: string, python: readonly string[] = ['python3']): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(python[0]!, [...python.slice(1), peerScript(peer), dir, '--as-of', asOf], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function peerSums(peer: string, dir: string, asOf: string): PeerSums {
  const r = runPeer(peer, dir, asOf);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as PeerSums;
}

/** prognose's parts per disposition measure, as the peers print them. */
async function prognoseSums(dir: string, asOf: string): Promise<PeerSums['measures']> {
  const run = await runCli(['forecast', dir, '--as-of', asOf, '--json', '--quiet']);
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout) as { measures: { measure: string; method: string; parts: Record<string, string> }[] };
  return Object.fromEntries(json.measures.filter((m) => m.method === 'disposition').map((m) => [m.measure,
    { activeDispositions: m.parts.activeDispositions!, expectedDispositions: m.parts.expectedDispositions! }]));
}

const dirs: string[] = [];
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'prognose-peers-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// Budget year 2026, --as-of 2026-09: the open months are October (31 days), November (30) and
// December (31), in a year of 365 days. CPR numbers valid (modulus 11), one per row.
const HAND_ROWS = [
  '010190-1009;Opholdssteder;0,01;måned;01.11.2026;15.11.2026;aktuel', //      1 øre × 15/30 = 0,5 øre → 1 øre (half away from zero)
  '010190-1017;Opholdssteder;-0,01;måned;01.11.2026;15.11.2026;forventet', // −1 øre × 15/30 = −0,5 øre → −1 øre
  '010190-1025;Opholdssteder;1.000,00;måned;15.10.2026;;aktuel', //      17/31 × 1.000 = 548,387 → 548,39; + 1.000 (Nov) + 1.000 (Dec) = 2.548,39
  '010190-1033;Opholdssteder;700,00;uge;01.12.2026;01.01.9999;forventet', // 700 × 31/7 = 3.100,00
  '010190-1041;Opholdssteder;36.500,00;år;01.01.2020;31.10.2026;aktuel', //   36.500 × 31/365 = 3.100,00 (October only)
  '010190-1068;Opholdssteder;123,45;dag;30.12.2026;31.12.2026;forventet', //  123,45 × 2 = 246,90
  '010190-1076;Opholdssteder;1.000,00;måned;01.01.2026;30.09.2026;aktuel', //  closed months only: 0
];
// aktuel:    0,01 + 2.548,39 + 3.100,00 + 0 = 5.648,40
// forventet: −0,01 + 3.100,00 + 246,90 = 3.346,89
const HAND_SUMS = { Opholdssteder: { activeDispositions: '5648.40', expectedDispositions: '3346.89' } };

function writeHandInput(): string {
  const dir = scratch();
  const crlf = (lines: string[]): Buffer => Buffer.from(lines.map((l) => l + '\r\n').join(''), 'latin1'); // windows-1252
  writeFileSync(join(dir, 'foranstaltninger.csv'), crlf(['Konto;Område;Foranstaltning;Metode;Budget', '5.28.20;Børn og unge;Opholdssteder;disposition;1.000']));
  writeFileSync(join(dir, 'dispositioner.csv'), crlf(['CPR-nr.;Foranstaltning;Takst (kr.);Takstenhed;Startdato;Stopdato;Status', ...HAND_ROWS]));
  return dir;
}

describe('bench peers (scripts/peers)', () => {
  let bench10k: string;
  let ours10k: PeerSums['measures'];
  beforeAll(async () => {
    bench10k = scratch();
    writeSyntheticInputs(bench10k, { rows: 10000 });
    ours10k = await prognoseSums(bench10k, SYNTHETIC_AS_OF);
  }, 120_000);

  it('prognose gives the hand-computed sums of the small input (the peers are checked against it)', async () => {
    expect(await prognoseSums(writeHandInput(), '2026-09')).toEqual(HAND_SUMS);
  });

  it('the pure-Python peer gives the hand-computed sums: each unit, half an øre away from zero, open-ended and 01.01.9999 stops', () => {
    expect(peerSums('python', writeHandInput(), '2026-09').measures).toEqual(HAND_SUMS);
  });

  it("the pure-Python peer's sums equal prognose's JSON on a 10.000-row bench input", () => {
    expect(Object.keys(ours10k)).toHaveLength(8);
    expect(peerSums('python', bench10k, SYNTHETIC_AS_OF).measures).toEqual(ours10k);
  });

  it.skipIf(!hasPolars)("the polars peer gives the hand sums and prognose's sums of the 10.000-row input", () => {
    expect(peerSums('polars', writeHandInput(), '2026-09').measures).toEqual(HAND_SUMS);
    expect(peerSums('polars', bench10k, SYNTHETIC_AS_OF).measures).toEqual(ours10k);
  });

  it.skipIf(!hasDuckdb)("the DuckDB peer gives the hand sums and prognose's sums of the 10.000-row input", () => {
    expect(peerSums('duckdb', writeHandInput(), '2026-09').measures).toEqual(HAND_SUMS);
    expect(peerSums('duckdb', bench10k, SYNTHETIC_AS_OF).measures).toEqual(ours10k);
  });

  it('a peer whose package cannot be imported exits 3 with one line saying so', () => {
    // python3 -S leaves out site-packages, where polars and duckdb are installed when they are.
    for (const [peer, module] of [['polars', 'polars'], ['duckdb', 'duckdb']] as const) {
      const r = runPeer(peer, writeHandInput(), '2026-09', ['python3', '-S']);
      expect(r.status).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^${peer}_peer: skipped: python3 cannot import ${module} \\(.*\\); install it with pip where a package index is reachable\\n$`));
    }
  });

  it('npm run bench -- --peers skips a peer python3 cannot import with one note, and still runs prognose', () => {
    const bin = scratch();
    const python = join(bin, 'python-without-site');
    writeFileSync(python, '#!/bin/sh\nexec python3 -S "$@"\n');
    chmodSync(python, 0o755);
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench.mjs'), '--sizes', '10000', '--modes', 'json', '--runs', '1', '--peers'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, PYTHON: python } });
    expect(r.status).toBe(0);
    const notes = r.stderr.split('\n').filter((l) => l.includes('skipped'));
    expect(notes).toEqual([
      expect.stringMatching(/^bench: peer polars skipped: .*python-without-site cannot import polars \(ModuleNotFoundError: No module named 'polars'\); pip install polars where a package index is reachable \(PyPI is not, from this project's machines\)$/),
      expect.stringMatching(/^bench: peer DuckDB skipped: .*cannot import duckdb .*$/),
    ]);
    expect(r.stdout).toMatch(/^\| 10\.000 \| `--json` \| 1 \|/m);
    expect(r.stdout).not.toMatch(/peer/);
  }, 180_000);

  it('the peers are not in the npm package', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toContain('bin/prognose.js');
    expect(files.filter((f) => f.startsWith('scripts/') || f.endsWith('.py'))).toEqual([]);
  }, 120_000);
});
