/**
 * The benchmark's month before (src/bench/previous.ts): made from a synthetic municipality, it is
 * valid input for 2026-08, deterministic, and compare finds the changes its rules made.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PREVIOUS_AS_OF, writePreviousInputs } from '../src/bench/previous.js';
import { SYNTHETIC_AS_OF, writeSyntheticInputs } from '../src/bench/synthetic.js';
import { runCli } from './helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'prognose-bench-previous-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the benchmark\'s month before', () => {
  it('is valid, deterministic, and compare lists what its rules changed', async () => {
    const current = join(tmp, 'rows-2000');
    writeSyntheticInputs(current, { rows: 2000 });
    const counts = writePreviousInputs(current, join(tmp, 'a'));
    writePreviousInputs(current, join(tmp, 'b'));
    for (const f of Object.keys(counts)) expect(readFileSync(join(tmp, 'a', f)).equals(readFileSync(join(tmp, 'b', f))), f).toBe(true);
    // 2.000 rows: every 50th left out (40), after every 1.000th one case that did not come (2).
    expect(counts['dispositioner.csv']).toBe(2000 - 40 + 2);
    const validate = await runCli(['validate', join(tmp, 'a'), '--as-of', PREVIOUS_AS_OF, '--json']);
    expect(JSON.parse(validate.stdout).errors).toBe(0);
    const r = await runCli(['compare', join(tmp, 'a'), current, '--as-of-previous', PREVIOUS_AS_OF, '--as-of', SYNTHETIC_AS_OF, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { cases: { kind: string; fields: string[] }[]; total: { budgetChange: string } };
    expect(doc.total.budgetChange).toBe('100000.00');
    const kinds = (kind: string) => doc.cases.filter((c) => c.kind === kind).length;
    // New: the 40 rows left out (a case may have another row on another measure: keyed per measure, still new).
    expect(kinds('new')).toBe(40);
    expect(kinds('removed')).toBe(2);
    expect(doc.cases.some((c) => c.fields.includes('rate'))).toBe(true);
    expect(doc.cases.some((c) => c.fields.includes('status'))).toBe(true);
  });
});
