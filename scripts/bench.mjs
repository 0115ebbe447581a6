#!/usr/bin/env node
// The benchmark: `npm run bench` (start-up, then 10k, 100k, 1M and 3M disposition rows; 3M with
// --json only) or `npm run bench -- --quick` (start-up, 10k and 100k). Every run is the real CLI as a
// separate process.
// First the start-up (mode startup), the two commands taken in turn, --runs-startup times each
// (default 11):
//   node bin/prognose.js --version
//   node bin/prognose.js forecast fixtures/eksempel --json
// Then it generates deterministic synthetic inputs (dist/bench/synthetic.js) into .bench/ and runs
// the CLI on each, several times per mode:
//   json      node bin/prognose.js forecast DIR --as-of 2026-09 --json --quiet
//   workbook  node bin/prognose.js forecast DIR --as-of 2026-09 --out DIR.xlsx --quiet
//   compare   node bin/prognose.js compare DIR-forrige DIR --as-of-previous 2026-08 --as-of 2026-09 --json --quiet
//             (DIR-forrige: the month before, dist/bench/previous.js; sizes up to 100.000 unless
//             --compare-large; taken in turn with a json run of DIR, and the ratio of the medians
//             is printed: the target is ≤ 2,5 × one forecast --json)
// and prints a table of medians: wall time, CPU, peak RSS (from /usr/bin/time -v when present, else
// from a wrapper's process.resourceUsage of the child), rows per second.
// Options: --quick, --runs N (default 3; 1M rows and more use --runs-large, default 3), --sizes
// 10000,50000 (a size past 1M runs the workbook only when --sizes names it), --modes
// startup,json,workbook,compare (--modes startup: the start-up lines alone, in a few seconds),
// --runs-startup N, --compare-large, --keep (keep the outputs), --years N (the horizon: the CLI runs
// forecast with --years N), --index (with --years: the runs read a folder beside the generated one,
// in the system's temporary folder, with links to its files and a prisfremskrivning of 3,1 %, 2,8 %
// and 2,5 %, so the later years are indexed; the generated inputs stay as they are).
// --peers (or --peers=polars,duckdb,python): the --json runs alternate with the Python peers of
// scripts/peers/ on the same input (python3, or $PYTHON), which compute the open-month disposition
// sums exactly; the bench checks that each peer's sums equal prognose's JSON, and prints the
// ratios. A peer whose package python3 cannot import is skipped with a one-line note.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const quick = flag('--quick');
const sizesGiven = args.includes('--sizes');
const sizes = value('--sizes', quick ? '10000,100000' : '10000,100000,1000000,3000000').split(',').map(Number);
/** The largest size the workbook mode runs unless --sizes names a larger one (the targets stop at 1M). */
const WORKBOOK_DEFAULT_MAX = 1000000;
const peerArg = args.find((a) => a === '--peers' || a.startsWith('--peers='));
const PEERS = ['polars', 'duckdb', 'python'];
const peers = peerArg === undefined ? [] : peerArg === '--peers' ? ['polars', 'duckdb'] : peerArg.slice('--peers='.length).split(',');
const unknownPeers = peers.filter((p) => !PEERS.includes(p));
if (unknownPeers.length > 0) {
  console.error(`bench: unknown peer ${unknownPeers.join(', ')}; the peers are ${PEERS.join(', ')}`);
  process.exit(2);
}
const python = process.env.PYTHON || 'python3';
const modes = value('--modes', 'startup,json,workbook,compare').split(',');
const unknownModes = modes.filter((m) => !['startup', 'json', 'workbook', 'compare'].includes(m));
if (unknownModes.length > 0) {
  console.error(`bench: unknown mode ${unknownModes.join(', ')}; the modes are startup, json, workbook and compare`);
  process.exit(2);
}
const sizeModes = modes.filter((m) => m !== 'startup');
const runs = Number(value('--runs', '3'));
const runsLarge = Number(value('--runs-large', '3'));
const runsStartup = Number(value('--runs-startup', '11'));
const years = Number(value('--years', '1'));
if (!Number.isInteger(years) || years < 1 || years > 4) {
  console.error('bench: --years must be 1 to 4');
  process.exit(2);
}
const indexed = flag('--index');
const benchDir = join(root, '.bench');
const bin = join(root, 'bin', 'prognose.js');
const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);

const { writeSyntheticInputs, SYNTHETIC_AS_OF } = await import(join(root, 'dist', 'bench', 'synthetic.js'));
const { writePreviousInputs, PREVIOUS_AS_OF } = await import(join(root, 'dist', 'bench', 'previous.js'));
const COMPARE_MAX_ROWS = flag('--compare-large') ? Infinity : 100000;

/**
 * Runs a program once (node on bin/prognose.js, or a peer under python3); resolves { wallMs, cpuMs,
 * rssKb, code, stderr, stdout } (stdout only with capture).
 */
function runProgram(program, programArgs, { capture = false, node = true } = {}) {
  return new Promise((resolve, reject) => {
    const command = haveTime ? TIME : node ? process.execPath : program;
    const argv = haveTime
      ? ['-v', program, ...programArgs]
      : node ? [join(root, 'scripts', 'bench-child.mjs'), ...programArgs] : programArgs;
    const t0 = process.hrtime.bigint();
    const child = spawn(command, argv, { stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    if (capture) child.stdout.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const match = haveTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : /^bench-child maxRSS (\d+)$/m.exec(stderr);
      const exit = haveTime ? /Exit status: (\d+)/.exec(stderr) : null;
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : NaN;
      resolve({ wallMs, cpuMs, rssKb: match ? Number(match[1]) : NaN, code: exit ? Number(exit[1]) : code, stderr, stdout });
    });
  });
}

/** Runs the CLI once. */
const runOnce = (cliArgs, options = {}) => runProgram(process.execPath, [bin, ...cliArgs], options);

const peerLabel = { polars: 'polars', duckdb: 'DuckDB', python: 'pure Python' };
/** Runs a peer once on DIR. */
const runPeer = (peer, dir, options = {}) =>
  runProgram(python, [join(root, 'scripts', 'peers', `${peer}_peer.py`), dir, '--as-of', SYNTHETIC_AS_OF], { ...options, node: false });

/**
 * Whether python3 can import the peer's package; otherwise a one-line note says why it is skipped.
 * (PyPI is not reachable from this project's machines: a peer runs only where polars or duckdb was
 * installed from a local index or a wheel.)
 */
function peerAvailable(peer) {
  if (peer === 'python') return new Promise((resolve) => spawn(python, ['-c', 'pass'], { stdio: 'ignore' }).on('error', () => resolve(false)).on('close', (c) => resolve(c === 0)));
  return new Promise((resolve) => {
    const child = spawn(python, ['-c', `import ${peer}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (e) => {
      console.error(`bench: peer ${peerLabel[peer]} skipped: ${python} cannot be started (${e.code ?? e.message})`);
      resolve(false);
    });
    child.on('close', (code) => {
      if (code !== 0) console.error(`bench: peer ${peerLabel[peer]} skipped: ${python} cannot import ${peer} (${stderr.trim().split('\n').pop()}); pip install ${peer} where a package index is reachable (PyPI is not, from this project's machines)`);
      resolve(code === 0);
    });
  });
}

/**
 * The peer's sums against prognose's JSON: a list of differences (empty when they agree), over
 * parts.activeDispositions and parts.expectedDispositions of every disposition measure.
 */
function peerDifferences(prognoseJson, peerJson) {
  const ours = JSON.parse(prognoseJson);
  const theirs = JSON.parse(peerJson).measures;
  const differences = [];
  for (const m of ours.measures.filter((x) => x.method === 'disposition')) {
    for (const part of ['activeDispositions', 'expectedDispositions']) {
      const a = m.parts[part];
      const b = theirs[m.measure]?.[part];
      if (a !== b) differences.push(`${m.measure} ${part}: prognose ${a}, peer ${b ?? 'missing'}`);
    }
  }
  return differences;
}

/** How many sheets of an .xlsx are named Dispositioner…: from its workbook.xml (read with dist/read/zip.js). */
async function dispositionSheets(path) {
  const { readZipDirectory, readZipEntry } = await import(join(root, 'dist', 'read', 'zip.js'));
  const entries = await readZipDirectory(path);
  const xml = (await readZipEntry(path, entries.get('xl/workbook.xml'))).toString('utf8');
  return [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].filter((m) => m[1].startsWith('Dispositioner')).length;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmtInt = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const fmtSec = (ms) => (ms / 1000).toFixed(2).replace('.', ',');

if (!existsSync(bin) || !existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing; run "npm run build" first');
  process.exit(2);
}
mkdirSync(benchDir, { recursive: true });
console.error(`bench: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}, RSS from ${haveTime ? TIME + ' -v' : 'process.resourceUsage'}`);

const results = [];

if (modes.includes('startup')) {
  // --version is commander and the command line alone; eksempel --json is a whole small run
  // (read, check, forecast, JSON) in which start-up is nearly all of the time.
  const eksempel = join(root, 'fixtures', 'eksempel');
  const eksempelRows = readFileSync(join(eksempel, 'dispositioner.csv'), 'latin1').split(/\r?\n/).filter((l) => l.trim() !== '').length - 1;
  const lines = [
    { mode: 'startup `--version`', rows: NaN, cliArgs: ['--version'], output: 'version', samples: [] },
    { mode: 'startup eksempel `--json`', rows: eksempelRows, cliArgs: ['forecast', eksempel, '--json'], output: 'JSON summary', samples: [] },
  ];
  for (let i = 0; i < runsStartup; i++) {
    for (const line of i % 2 === 0 ? lines : [...lines].reverse()) {
      const r = await runOnce(line.cliArgs);
      if (r.code !== 0) {
        console.error(`bench: prognose ${line.cliArgs.join(' ')} failed (exit ${r.code}):\n${r.stderr.split('\n').slice(0, 20).join('\n')}`);
        process.exit(1);
      }
      line.samples.push(r);
    }
  }
  for (const line of lines) {
    const wall = median(line.samples.map((s) => s.wallMs));
    console.error(`bench: ${line.mode}: ${line.samples.length} runs, median ${fmtSec(wall)} s, fastest ${fmtSec(Math.min(...line.samples.map((s) => s.wallMs)))} s`);
    results.push({ rows: line.rows, mode: line.mode, wall, cpu: median(line.samples.map((s) => s.cpuMs)), rss: median(line.samples.map((s) => s.rssKb)), runs: line.samples.length, output: line.output });
  }
}

const availablePeers = [];
if (peers.length > 0 && years > 1) console.error(`bench: the peers sum the budget year's open months; with --years ${years} no peer runs`);
else if (sizeModes.includes('json')) for (const peer of peers) if (await peerAvailable(peer)) availablePeers.push(peer);
if (peers.length > 0 && !sizeModes.includes('json')) console.error('bench: --peers runs with the --json mode only; no peer runs');

const generatorHash = createHash('sha256').update(readFileSync(join(root, 'dist', 'bench', 'synthetic.js'))).digest('hex').slice(0, 16);
for (const rows of sizeModes.length > 0 ? sizes : []) {
  const dir = join(benchDir, `rows-${rows}`);
  const stamp = join(dir, '.complete');
  // Made again when the size or the generator changes.
  const stampText = `${rows} ${generatorHash}`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== stampText) {
    rmSync(dir, { recursive: true, force: true });
    const t0 = Date.now();
    const { files, bytes } = writeSyntheticInputs(dir, { rows });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(stamp, stampText);
    console.error(`bench: generated ${dir} (${Object.entries(files).map(([f, n]) => `${f} ${n}`).join(', ')}; ${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  // With --index: the same files, linked, and a price index for the later years.
  let input = dir;
  if (indexed) {
    input = join(tmpdir(), `prognose-bench-index-${rows}`);
    rmSync(input, { recursive: true, force: true });
    mkdirSync(input);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv'))) symlinkSync(join(dir, f), join(input, f));
    writeFileSync(join(input, 'prisfremskrivning.csv'), 'År;Procent\r\n2027;3,1\r\n2028;2,8 %\r\n2029;2,5\r\n', 'latin1');
  }
  for (const mode of sizeModes) {
    if (mode === 'compare') {
      if (rows <= COMPARE_MAX_ROWS) results.push(await compareLine(rows, dir));
      continue;
    }
    if (mode === 'workbook' && rows > WORKBOOK_DEFAULT_MAX && !sizesGiven) {
      console.error(`bench: ${fmtInt(rows)} rows: --json only (the workbook targets stop at ${fmtInt(WORKBOOK_DEFAULT_MAX)}; name the size in --sizes to run it)`);
      continue;
    }
    const out = join(benchDir, `rows-${rows}.xlsx`);
    const cliArgs = ['forecast', input, '--as-of', SYNTHETIC_AS_OF, '--quiet', ...(years > 1 ? ['--years', String(years)] : []), ...(mode === 'json' ? ['--json'] : ['--out', out])];
    const n = rows >= 1000000 ? runsLarge : runs;
    // With --peers, each --json run is followed (or, every other time, preceded) by one run of each
    // peer, so prognose and the peers share the machine's load; the first runs' outputs are compared.
    const lines = [{ name: 'prognose', mode, samples: [], run: (capture) => runOnce(cliArgs, { capture }) }];
    if (mode === 'json') for (const peer of availablePeers) lines.push({ name: peer, mode: `peer ${peerLabel[peer]}`, samples: [], run: (capture) => runPeer(peer, dir, { capture }) });
    let failed = false;
    for (let i = 0; i < n && !failed; i++) {
      for (const line of i % 2 === 0 ? lines : [...lines].reverse()) {
        const r = await line.run(i === 0 && lines.length > 1);
        if (r.code !== 0) {
          console.error(`bench: ${rows} ${line.mode} failed (exit ${r.code}):\n${r.stderr.split('\n').filter((l) => !/^\s/.test(l) || /Command/.test(l)).slice(0, 20).join('\n')}`);
          failed = true;
          break;
        }
        line.samples.push(r);
        console.error(`bench: ${rows} ${line.mode} run ${i + 1}/${n}: ${fmtSec(r.wallMs)} s (cpu ${fmtSec(r.cpuMs)} s), ${fmtInt(r.rssKb / 1024)} MB`);
      }
      if (i === 0 && lines.length > 1 && !failed) {
        for (const line of lines.slice(1)) {
          const differences = peerDifferences(lines[0].samples[0].stdout, line.samples[0].stdout);
          if (differences.length > 0) {
            console.error(`bench: ${rows}: the ${peerLabel[line.name]} peer's open-month sums differ from prognose's JSON:\n  ${differences.join('\n  ')}`);
            process.exit(1);
          }
          console.error(`bench: ${rows}: the ${peerLabel[line.name]} peer's open-month sums equal prognose's JSON (every disposition measure, aktuel and forventet, to the øre)`);
        }
      }
    }
    let output = mode === 'json' ? 'JSON summary' : '-';
    if (mode === 'workbook' && !failed && existsSync(out)) {
      const sheets = await dispositionSheets(out);
      output = `${(statSync(out).size / 1e6).toFixed(1).replace('.', ',')} MB xlsx${sheets > 1 ? `, Dispositioner on ${sheets} sheets` : ''}`;
    }
    if (!flag('--keep')) rmSync(out, { force: true });
    for (const line of lines) {
      const { samples } = line;
      results.push(failed
        ? { rows, mode: line.mode, wall: NaN, cpu: NaN, rss: NaN, runs: 0, output: 'FAILED' }
        : { rows, mode: line.mode, wall: median(samples.map((s) => s.wallMs)), cpu: median(samples.map((s) => s.cpuMs)), rss: median(samples.map((s) => s.rssKb)), runs: samples.length, output: line.name === 'prognose' ? output : 'open-month sums' });
    }
  }
}

/**
 * The compare line of one size: the month before is made (once per generator) beside DIR, then
 * compare and a json run of DIR are taken in turn; the ratio of their median wall times is the target's.
 */
async function compareLine(rows, dir) {
  const previous = `${dir}-forrige`;
  const stamp = join(previous, '.complete');
  const stampText = `${rows} ${generatorHash} ${createHash('sha256').update(readFileSync(join(root, 'dist', 'bench', 'previous.js'))).digest('hex').slice(0, 16)}`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== stampText) {
    rmSync(previous, { recursive: true, force: true });
    const t0 = Date.now();
    const files = writePreviousInputs(dir, previous);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(stamp, stampText);
    console.error(`bench: made ${previous} (${Object.entries(files).map(([f, n]) => `${f} ${n}`).join(', ')}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const compareArgs = ['compare', previous, dir, '--as-of-previous', PREVIOUS_AS_OF, '--as-of', SYNTHETIC_AS_OF, '--json', '--quiet'];
  const jsonArgs = ['forecast', dir, '--as-of', SYNTHETIC_AS_OF, '--json', '--quiet'];
  const n = rows >= 1000000 ? runsLarge : runs;
  const samples = { compare: [], json: [] };
  for (let i = 0; i < n; i++) {
    for (const [kind, cliArgs] of i % 2 === 0 ? [['compare', compareArgs], ['json', jsonArgs]] : [['json', jsonArgs], ['compare', compareArgs]]) {
      const r = await runOnce(cliArgs);
      if (r.code !== 0) {
        console.error(`bench: ${rows} compare failed (exit ${r.code}):\n${r.stderr.split('\n').slice(0, 20).join('\n')}`);
        return { rows, mode: 'compare', wall: NaN, cpu: NaN, rss: NaN, runs: 0, output: 'FAILED' };
      }
      samples[kind].push(r);
    }
    const last = samples.compare[samples.compare.length - 1];
    console.error(`bench: ${rows} compare run ${i + 1}/${n}: ${fmtSec(last.wallMs)} s (cpu ${fmtSec(last.cpuMs)} s), ${fmtInt(last.rssKb / 1024)} MB; json in turn ${fmtSec(samples.json[samples.json.length - 1].wallMs)} s`);
  }
  const wall = median(samples.compare.map((s) => s.wallMs));
  const jsonWall = median(samples.json.map((s) => s.wallMs));
  const ratio = (x) => x.toFixed(2).replace('.', ',');
  const cpuRatio = median(samples.compare.map((s) => s.cpuMs)) / median(samples.json.map((s) => s.cpuMs));
  return {
    rows, mode: 'compare', wall, cpu: median(samples.compare.map((s) => s.cpuMs)), rss: median(samples.compare.map((s) => s.rssKb)), runs: n,
    output: `2 projects; ${ratio(wall / jsonWall)} × --json (${fmtSec(jsonWall)} s in turn; CPU ${ratio(cpuRatio)} ×), target ≤ 2,5 ×`,
  };
}

const header = ['rows', 'mode', 'runs', 'median wall', 'median CPU (user+sys)', 'median peak RSS', 'rows/s (wall)', 'output'];
const horizonLabel = years > 1 ? ` \`--years ${years}\`${indexed ? ' indexed' : ''}` : '';
const modeLabel = (mode) => (mode === 'json' ? `\`--json\`${horizonLabel}` : mode === 'workbook' ? `full workbook${horizonLabel}` : mode === 'compare' ? '`compare --json`' : mode);
const lines = results.map((r) => [Number.isNaN(r.rows) ? '-' : fmtInt(r.rows), modeLabel(r.mode), String(r.runs),
  Number.isNaN(r.wall) ? '-' : `${fmtSec(r.wall)} s`, Number.isNaN(r.cpu) ? '-' : `${fmtSec(r.cpu)} s`, Number.isNaN(r.rss) ? '-' : `${fmtInt(r.rss / 1024)} MB`,
  Number.isNaN(r.wall) || r.mode.startsWith('startup') ? '-' : fmtInt(r.rows / (r.wall / 1000)), r.output]);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const l of lines) console.log(`| ${l.join(' | ')} |`);
const json = (rows, mode = 'json') => results.find((r) => r.rows === rows && r.mode === mode && !Number.isNaN(r.wall));
const ratios = [];
for (const rows of sizes) {
  const ours = json(rows);
  if (ours === undefined) continue;
  for (const peer of availablePeers) {
    const theirs = json(rows, `peer ${peerLabel[peer]}`);
    if (theirs !== undefined) ratios.push(`${fmtInt(rows)} rows: prognose \`--json\` / ${peerLabel[peer]}: ${(ours.wall / theirs.wall).toFixed(1).replace('.', ',')}× wall, ${(ours.cpu / theirs.cpu).toFixed(1).replace('.', ',')}× CPU`);
  }
}
if (json(1000000) && json(3000000)) {
  ratios.push(`3.000.000 / 1.000.000 rows \`--json\`: ${(json(3000000).wall / json(1000000).wall).toFixed(2).replace('.', ',')}× wall, ${(json(3000000).cpu / json(1000000).cpu).toFixed(2).replace('.', ',')}× CPU (linear: 3×)`);
}
if (ratios.length > 0) console.log(`\n${ratios.join('\n')}`);
console.log(`\n${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
