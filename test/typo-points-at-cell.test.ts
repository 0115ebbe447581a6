/**
 * "A newcomer's typo in any fixture yields a message that points at the cell": every typed cell of
 * the clean base project (fixtures/bad-base) is replaced in turn by a typo, and `validate` must
 * report a problem at that file and line, naming that column. Free-text columns (Konto, Område,
 * case references) accept any text and are left out. A measure name gets a realistic typo (one
 * letter dropped): in a referencing table it is told at the cell; in foranstaltninger itself the
 * references fail, and their "did you mean" points back at the misspelt cell.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readAndCheck } from '../src/cli/pipeline.js';

const FREE_TEXT = new Set(['Konto', 'Område', 'CPR-nr.', 'Sag']);
const FILES = ['foranstaltninger.csv', 'dispositioner.csv', 'forbrug.csv', 'risikosager.csv', 'tilgang.csv'];
const tmp = mkdtempSync(join(tmpdir(), 'prognose-typo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const read = (file: string): string[][] =>
  iconv.decode(readFileSync(join('fixtures/bad-base', file)), 'windows-1252').trim().split('\r\n').map((l) => l.split(';'));

describe('a typo in any cell is told at that cell', () => {
  const cases: { file: string; line: number; column: string; col: number }[] = [];
  for (const file of FILES) {
    const rows = read(file);
    const header = rows[0]!;
    for (let r = 1; r < rows.length; r++) {
      header.forEach((column, col) => {
        if (!FREE_TEXT.has(column)) cases.push({ file, line: r + 1, column, col });
      });
    }
  }

  it('covers every typed cell of the base project', () => {
    expect(cases.length).toBe(57);
  });

  it.each(cases)('$file line $line, column "$column"', async ({ file, line, column, col }) => {
    const dir = mkdtempSync(join(tmp, 'p-'));
    cpSync('fixtures/bad-base', dir, { recursive: true });
    const rows = read(file);
    const original = rows[line - 1]![col]!;
    rows[line - 1]![col] = column === 'Foranstaltning' ? original.slice(0, 3) + original.slice(4) : 'x?z';
    writeFileSync(join(dir, file), iconv.encode(rows.map((r) => r.join(';')).join('\r\n') + '\r\n', 'windows-1252'));
    const { problems } = await readAndCheck(dir, { year: 2026, today: { year: 2026 } });
    if (file === 'foranstaltninger.csv' && column === 'Foranstaltning') {
      const pointers = problems.filter((p) => p.code === 'unknown-measure' && p.hint?.includes(`(${file}, linje ${line})`));
      expect(pointers.length, JSON.stringify(problems)).toBeGreaterThan(0);
      return;
    }
    const here = problems.filter((p) => p.severity !== 'note' && p.location?.file === file && p.location.line === line);
    expect(here.length, JSON.stringify(problems.map((p) => [p.code, p.location]))).toBeGreaterThan(0);
    const named = here.filter((p) => p.location?.column === column);
    expect(named.length, JSON.stringify(here.map((p) => [p.code, p.location]))).toBeGreaterThan(0);
  });
});

describe('in a workbook, a typo is told at its cell reference', () => {
  it('read-time and cross-row problems alike', async () => {
    const dir = mkdtempSync(join(tmp, 'x-'));
    cpSync('fixtures/bad-base', dir, { recursive: true });
    rmSync(join(dir, 'dispositioner.csv'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dispositioner');
    ws.addRow(['Dispositionsark 2026']); // a title row above the header
    for (const row of read('dispositioner.csv')) ws.addRow(row);
    ws.getCell('C3').value = '45.00,00'; // unreadable rate (line 2 of the CSV)
    ws.getCell('A5').value = '310226-4123'; // a birth date that cannot exist (line 4)
    await wb.xlsx.writeFile(join(dir, 'dispositioner.xlsx'));
    const { problems } = await readAndCheck(dir, { year: 2026, today: { year: 2026 } });
    expect(problems.map((p) => [p.code, p.location?.file, p.location?.sheet, p.location?.cell, p.location?.column])).toEqual([
      ['unreadable-number', 'dispositioner.xlsx', 'Dispositioner', 'C3', 'Takst (kr.)'],
      ['cpr-invalid-date', 'dispositioner.xlsx', 'Dispositioner', 'A5', 'CPR-nr.'],
    ]);
  });
});
