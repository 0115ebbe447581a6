/**
 * Byte-identical output: every fixture case of test/golden/cases.mjs prints exactly its recorded
 * output (test/golden/<name>.json). A change that means to change the output records the new one
 * with `node scripts/golden.mjs --write` and says so in its commit; scripts/golden.mjs also
 * compares the generated bench inputs by SHA-256.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module shared with scripts/golden.mjs
import { FIXTURE_CASES } from './golden/cases.mjs';
import { runCli } from './helpers/run-cli.js';

describe('golden output', () => {
  it.each((FIXTURE_CASES as { name: string; args: string[] }[]).map((c) => [c.name, c.args] as const))('%s is byte-identical to its recorded output', async (name, args) => {
    const { stdout } = await runCli(args);
    expect(stdout).toBe(readFileSync(`test/golden/${name}.json`, 'utf8'));
  });
});
