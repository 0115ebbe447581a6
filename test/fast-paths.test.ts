/**
 * Wiring: a real run of the reader takes the fast paths, not only code that could. Each fast path
 * counts its use (read/csv-simple.ts simpleCsvUse, read/conventions.ts frontCounts); these tests
 * reset the counts, read a project as the CLI does and check that the fast path did the work.
 * Comparing results could not tell: the slow paths give the same results.
 */
import { describe, expect, it } from 'vitest';
import { frontCounts } from '../src/read/conventions.js';
import { simpleCsvUse } from '../src/read/csv-simple.js';
import { readProject } from '../src/read/project.js';
import { runCli } from './helpers/run-cli.js';

const resetCounts = () => {
  simpleCsvUse.tables = 0;
  simpleCsvUse.rows = 0;
  frontCounts.number.front = frontCounts.number.general = 0;
  frontCounts.date.front = frontCounts.date.general = 0;
};

describe('a real run reads through the fast paths', () => {
  it('every CSV file of fixtures/eksempel is split by the simple-CSV scanner', async () => {
    resetCounts();
    const { inputs } = await readProject('fixtures/eksempel');
    const files = inputs.sources.filter((s) => s.file.endsWith('.csv'));
    // foranstaltninger, dispositioner, forbrug, risikosager, tilgang, overgange, prisfremskrivning.
    expect(files.length).toBe(7);
    expect(simpleCsvUse.tables).toBe(files.length);
    // Every data row was handed out by the scanner (at least once: counting and converting visit them).
    expect(simpleCsvUse.rows).toBeGreaterThanOrEqual(files.reduce((n, s) => n + s.rows, 0));
  });

  it('every number and date of fixtures/eksempel (Danish CSV forms) is read by the fast fronts of the parsers', async () => {
    resetCounts();
    await readProject('fixtures/eksempel');
    expect(frontCounts.number.front).toBeGreaterThan(100);
    expect(frontCounts.date.front).toBeGreaterThan(100);
    expect(frontCounts.number.general).toBe(0);
    expect(frontCounts.date.general).toBe(0);
  });

  it('the same through the CLI (forecast --json), and for the workbook form of the project', async () => {
    resetCounts();
    const run = await runCli(['forecast', 'fixtures/eksempel', '--json', '--quiet']);
    expect(run.code).toBe(0);
    expect(simpleCsvUse.tables).toBe(7);
    expect(frontCounts.number.front).toBeGreaterThan(100);
    expect(frontCounts.number.general + frontCounts.date.general).toBe(0);
    // The xlsx reader writes numbers as 1234567.89 and dates as yyyy-mm-dd: forms the fronts read too.
    resetCounts();
    await readProject('fixtures/eksempel.xlsx');
    expect(simpleCsvUse.tables).toBe(0);
    expect(frontCounts.number.front).toBeGreaterThan(100);
    expect(frontCounts.date.front).toBeGreaterThan(100);
    expect(frontCounts.number.general + frontCounts.date.general).toBe(0);
  });
});
