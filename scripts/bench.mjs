#!/usr/bin/env node
// The benchmark: `npm run bench` (start-up, then 10k, 100k and 1M disposition rows) or
// `npm run bench -- --quick` (start-up, 10k and 100k). Every run is the real CLI as a separate process.
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
// Options: --quick, --runs N (default 3; 1M rows use --runs-large, default 3), --sizes 10000,50000,
// --modes startup,json,workbook,compare (--modes startup: the start-up lines alone, in a few seconds),
// --runs-startup N, --compare-large, --keep (keep the outputs), --years N (the horizon: the CLI runs
// forecast with --years N), --index (with --years: the runs read a folder beside the generated one,
// in the system's temporary folder, with links to its files and a prisfremskrivning of 3,1 %, 2,8 %
// and 2,5 %, so the later years are indexed; the generated inputs stay as they are).
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
const sizes = value('--sizes', quick ? '10000,100000' : '10000,100000,1000000').split(',').map(Number);
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

/** Runs the CLI once; resolves { wallMs, rssKb, code }. */
function runOnce(cliArgs) {
  return new Promise((resolve, reject) => {
    const command = haveTime ? TIME : process.execPath;
    const argv = haveTime
      ? ['-v', process.execPath, bin, ...cliArgs]
      : [join(root, 'scripts', 'bench-child.mjs'), bin, ...cliArgs];
    const t0 = process.hrtime.bigint();
    const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const match = haveTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : /^bench-child maxRSS (\d+)$/m.exec(stderr);
      const exit = haveTime ? /Exit status: (\d+)/.exec(stderr) : null;
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : NaN;
      resolve({ wallMs, cpuMs, rssKb: match ? Number(match[1]) : NaN, code: exit ? Number(exit[1]) : code, stderr });
    });
  });
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
    const out = join(benchDir, `rows-${rows}.xlsx`);
    const cliArgs = ['forecast', input, '--as-of', SYNTHETIC_AS_OF, '--quiet', ...(years > 1 ? ['--years', String(years)] : []), ...(mode === 'json' ? ['--json'] : ['--out', out])];
    const n = rows >= 1000000 ? runsLarge : runs;
    const samples = [];
    for (let i = 0; i < n; i++) {
      const r = await runOnce(cliArgs);
      if (r.code !== 0) {
        console.error(`bench: ${rows} ${mode} failed (exit ${r.code}):\n${r.stderr.split('\n').filter((l) => !/^\s/.test(l) || /Command/.test(l)).slice(0, 20).join('\n')}`);
        samples.length = 0;
        break;
      }
      samples.push(r);
      console.error(`bench: ${rows} ${mode} run ${i + 1}/${n}: ${fmtSec(r.wallMs)} s (cpu ${fmtSec(r.cpuMs)} s), ${fmtInt(r.rssKb / 1024)} MB`);
    }
    let output = mode === 'json' ? 'JSON summary' : '-';
    if (mode === 'workbook' && samples.length > 0 && existsSync(out)) {
      const sheets = await dispositionSheets(out);
      output = `${(statSync(out).size / 1e6).toFixed(1).replace('.', ',')} MB xlsx${sheets > 1 ? `, Dispositioner on ${sheets} sheets` : ''}`;
    }
    if (!flag('--keep')) rmSync(out, { force: true });
    results.push(samples.length === 0
      ? { rows, mode, wall: NaN, cpu: NaN, rss: NaN, runs: 0, output: 'FAILED' }
      : { rows, mode, wall: median(samples.map((s) => s.wallMs)), cpu: median(samples.map((s) => s.cpuMs)), rss: median(samples.map((s) => s.rssKb)), runs: samples.length, output });
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
console.log(`\n${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
