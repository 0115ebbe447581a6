/**
 * Production writes every workbook through the one writer: a real CLI run (runCli, the code of
 * bin/prognose.js) must put each disposition line on the Dispositioner sheet through the byte row
 * writer of render/workbook/line-rows.ts, whose count lineRowsWritten() gives (reset for every
 * workbook). Comparing files could not tell two writers apart; the count can. Its own file,
 * so no other test of this file's process has written a workbook before it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineRowsWritten } from '../src/render/workbook/line-rows.js';
import { runCli } from './helpers/run-cli.js';
import { loadWorkbook } from './workbook-helpers.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Rows of the Dispositioner sheet(s) with a status in column G: the line rows. */
async function lineRowsIn(path: string): Promise<number> {
  const wb = await loadWorkbook(path);
  let n = 0;
  for (const ws of wb.worksheets.filter((w) => w.name.startsWith('Dispositioner'))) {
    ws.eachRow((row, r) => {
      if (r > 4 && ['aktuel', 'forventet'].includes(String(row.getCell(7).value))) n++;
    });
  }
  return n;
}

describe('prognose forecast --out (wiring)', () => {
  it('writes the Dispositioner line rows through the byte row writer, for every run, small ones too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-wiring-'));
    dirs.push(dir);
    expect(lineRowsWritten()).toBe(0);

    const eksempel = join(dir, 'eksempel.xlsx');
    expect((await runCli(['forecast', 'fixtures/eksempel', '--out', eksempel, '--quiet'])).code).toBe(0);
    // 614 lines, 50 of them wholly outside 2026 and left off the sheet: 564.
    expect(lineRowsWritten()).toBe(564);
    expect(await lineRowsIn(eksempel)).toBe(564);
    // --all-rows (a CLI option, through the context) keeps them.
    const all = join(dir, 'eksempel-all.xlsx');
    expect((await runCli(['forecast', 'fixtures/eksempel', '--out', all, '--quiet', '--all-rows'])).code).toBe(0);
    expect(lineRowsWritten()).toBe(614);
    expect(await lineRowsIn(all)).toBe(614);

    // Counted afresh for the next workbook: Tabel 5.2's six cases.
    const tabel = join(dir, 'tabel.xlsx');
    expect((await runCli(['forecast', 'fixtures/tabel-5-2', '--year', '2017', '--out', tabel, '--quiet'])).code).toBe(0);
    expect(lineRowsWritten()).toBe(6);
    expect(await lineRowsIn(tabel)).toBe(6);
  });
});
