import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_AS_OF, SYNTHETIC_YEAR, writeSyntheticInputs } from '../src/bench/synthetic.js';
import { forecast } from '../src/forecast/forecast.js';
import { readProject } from '../src/read/project.js';
import { check } from './helpers.js';

const dirs: string[] = [];
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'prognose-bench-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('benchmark generator (src/bench/synthetic.ts)', () => {
  it('writes clean windows-1252 input that forecasts without errors or warnings', async () => {
    const dir = scratch();
    const { files } = writeSyntheticInputs(dir, { rows: 300 });
    expect(files['dispositioner.csv']).toBe(300);
    expect(files['foranstaltninger.csv']).toBe(12);
    expect(files['forbrug.csv']).toBe(21 * 12);
    const bytes = readFileSync(join(dir, 'dispositioner.csv'));
    expect(bytes.includes(Buffer.from('ø', 'latin1'))).toBe(true); // windows-1252, not UTF-8
    expect(bytes.includes(Buffer.from('ø', 'utf8'))).toBe(false);
    expect(bytes.subarray(0, 120).toString('latin1')).toMatch(/^CPR-nr\.;Foranstaltning;Takst \(kr\.\);.*\r\n/);

    const { inputs, problems } = await readProject(dir);
    expect(problems.items).toEqual([]);
    expect(inputs.dispositions).toHaveLength(300);
    const units = new Set(inputs.dispositions.map((d) => d.unit));
    expect([...units].sort()).toEqual(['dag', 'måned', 'uge', 'år']);
    expect(inputs.dispositions.some((d) => d.stop === null)).toBe(true);
    expect(inputs.dispositions.some((d) => d.stop !== null)).toBe(true);
    expect(inputs.dispositions.some((d) => d.status === 'forventet')).toBe(true);
    const f = forecast(check(inputs, { year: SYNTHETIC_YEAR, asOf: SYNTHETIC_AS_OF }));
    // Notes (rows dated wholly outside the year) are harmless and realistic. The only warnings are
    // the generator's deliberate refunds (negative § 85 rates), one per refund row.
    const refunds = inputs.dispositions.filter((d) => d.rate.isNegative());
    expect(refunds.every((d) => d.measure === 'Personlig støtte § 85')).toBe(true);
    expect(f.problems.filter((p) => p.severity !== 'note').map((p) => [p.code, p.location?.line])).toEqual(refunds.map((d) => ['negative-rate', d.source.line]));
    expect(f.dispositionLines.rows).toHaveLength(300);
  });

  it('is deterministic: the same spec gives byte-identical files', () => {
    const a = scratch();
    const b = scratch();
    writeSyntheticInputs(a, { rows: 500, seed: 7 });
    writeSyntheticInputs(b, { rows: 500, seed: 7 });
    for (const file of ['dispositioner.csv', 'foranstaltninger.csv', 'forbrug.csv', 'risikosager.csv', 'tilgang.csv']) {
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file)))).toBe(true);
    }
  });
});
