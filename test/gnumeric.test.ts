/**
 * Gnumeric reads every cell of the workbook: `ssconvert` (Gnumeric's converter) opens the example's
 * workbook and prints no cell it could not place. The byte-written Dispositioner line rows once left
 * `r=` off their cells and Gnumeric dropped each of them ("Invalid cell [C-1]0", "col >= 0"
 * assertions). Runs where ssconvert is installed; says so and skips elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execCli } from './helpers/run-cli.js';

const hasSsconvert = spawnSync('ssconvert', ['--version']).status === 0;
if (!hasSsconvert) console.warn('gnumeric.test: ssconvert is not installed, skipped');
const tmp = mkdtempSync(join(tmpdir(), 'prognose-gnumeric-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!hasSsconvert)('the workbook in Gnumeric', () => {
  it('ssconvert places every cell of every sheet (no invalid cell, no failed assertion)', async () => {
    const book = join(tmp, 'eksempel.xlsx');
    const { code, stderr } = await execCli('forecast', 'fixtures/eksempel', '--out', book, '--quiet');
    expect(code, stderr).toBe(0);
    const result = spawnSync('ssconvert', ['-S', '-T', 'Gnumeric_stf:stf_csv', book, join(tmp, 'sheet.%n.csv')], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/Invalid cell|CRITICAL|assertion/);
    // The Dispositioner sheet as Gnumeric read it: a line row has its case, rate, dates, months and total.
    const sheets = readdirSync(tmp).filter((f) => f.startsWith('sheet.'));
    expect(sheets.length).toBeGreaterThan(5);
    const dispositions = sheets.map((f) => readFileSync(join(tmp, f), 'utf8')).find((text) => text.startsWith('"Dispositioner'))!;
    const first = dispositions.split('\n').find((line) => /^"?\d{6}-\d{4}/.test(line))!;
    // A (case) … T (year total): twenty cells, none of the month amounts lost.
    expect(first.split(',').filter((cell) => cell !== '').length).toBeGreaterThanOrEqual(19);
  }, 120_000);
});
