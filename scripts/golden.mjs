#!/usr/bin/env node
// Byte-for-byte output check: runs the CLI (bin/prognose.js, built dist/) on the cases of
// test/golden/cases.mjs and compares stdout with the recorded output: test/golden/<name>.json for
// the fixtures, SHA-256 in test/golden/bench.sha256 for the generated bench inputs (.bench/, made
// by npm run bench; skipped when absent).
//   node scripts/golden.mjs            compare; exit 1 on any difference
//   node scripts/golden.mjs --write    record the current output as the golden output
// test/golden.test.ts runs the fixture cases in npm test.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_CASES, FIXTURE_CASES } from '../test/golden/cases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const write = process.argv.includes('--write');
const golden = join(root, 'test', 'golden');
const run = (args) => {
  try {
    return execFileSync(process.execPath, [join(root, 'bin', 'prognose.js'), ...args], { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
  } catch (err) {
    return err.stdout.toString('utf8');
  }
};
let differ = 0;
for (const c of FIXTURE_CASES) {
  const file = join(golden, `${c.name}.json`);
  const out = run(c.args);
  if (write) writeFileSync(file, out);
  else if (!existsSync(file) || readFileSync(file, 'utf8') !== out) {
    differ++;
    console.log(`differs: ${c.name} (prognose ${c.args.join(' ')})`);
  }
}
const shaFile = join(golden, 'bench.sha256');
const recorded = new Map(existsSync(shaFile) ? readFileSync(shaFile, 'utf8').trim().split('\n').map((l) => l.split('  ').reverse()) : []);
for (const c of BENCH_CASES) {
  if (!existsSync(join(root, c.dir))) {
    console.log(`skipped: ${c.name} (${c.dir} not generated; run npm run bench first)`);
    continue;
  }
  const sha = createHash('sha256').update(run(c.args)).digest('hex');
  if (write) recorded.set(c.name, sha);
  else if (recorded.get(c.name) !== sha) {
    differ++;
    console.log(`differs: ${c.name} (sha256 ${sha}, recorded ${recorded.get(c.name) ?? 'none'})`);
  }
}
if (write) writeFileSync(shaFile, [...recorded].map(([name, sha]) => `${sha}  ${name}`).join('\n') + '\n');
console.log(write ? 'golden: recorded' : differ === 0 ? 'golden: every output is byte-identical' : `golden: ${differ} outputs differ`);
process.exit(differ === 0 ? 0 : 1);
