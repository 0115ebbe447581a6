/**
 * The one CPR mask at the workbook's edge (--mask-cpr) and at every location: CPR numbers typed
 * into measure names, accounts and areas, case references in other written forms, a sheet named
 * like a CPR and a workbook file named like one. With --mask-cpr no sheet of the workbook holds
 * one (its XML is scanned whole); stdout, stderr and JSON never do. U+FFFE/U+FFFF never reach the
 * workbook's XML.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { cprLeaks } from './helpers/cpr-leaks.js';
import { runCli } from './helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'prognose-cpr-edge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The base project's three CPR numbers (scripts/make-bad-corpus.mjs C1, C2, C3), as ten digits. */
const BASE = new Set(['1503124005', '0207095001', '2811154000']);
for (const c of BASE) expect(readFileSync('fixtures/bad-base/dispositioner.csv', 'latin1').replace(/-/g, '')).toContain(c);

const xmlOf = (xlsx: string): string => execFileSync('unzip', ['-p', xlsx], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');

describe('--mask-cpr masks every sheet at the writer\'s edge', () => {
  it.each(['cpr-in-measure-table', 'cpr-forms-in-case-column', 'cpr-control-character'])('%s: no CPR in any sheet, stdout or stderr', async (fault) => {
    const out = join(tmp, `${fault}.xlsx`);
    const run = await runCli(['forecast', join('fixtures/bad', fault), '--year', '2026', '--out', out, '--mask-cpr', '--json']);
    expect(run.code).toBe(0);
    const xml = xmlOf(out);
    expect(cprLeaks(xml, BASE)).toEqual([]);
    expect(cprLeaks(run.stdout + run.stderr, BASE)).toEqual([]);
    // The masked forms are there: the scan is not vacuous.
    expect(xml).toContain('150312-xxxx');
  });

  it('without --mask-cpr the workbook is the user\'s own: the CPR numbers are shown', async () => {
    const out = join(tmp, 'unmasked.xlsx');
    const run = await runCli(['forecast', 'fixtures/bad/cpr-in-measure-table', '--year', '2026', '--out', out, '-q']);
    expect(run.code).toBe(0);
    expect(cprLeaks(xmlOf(out), BASE).length).toBeGreaterThan(0);
    expect(cprLeaks(run.stdout + run.stderr, BASE)).toEqual([]);
  });
});

describe('locations are masked: a sheet and a workbook file named like a CPR', () => {
  it('stderr, JSON file/sheet, Oversigt "Input" and Forudsætninger never show them', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile('fixtures/eksempel.xlsx');
    wb.addWorksheet('010190-1009').addRow(['noget']);
    const path = join(tmp, '150312-4005.xlsx');
    await wb.xlsx.writeFile(path);
    const cprs = new Set(['0101901009', '1503124005']);
    const validate = await runCli(['validate', path, '--json']);
    expect(JSON.parse(validate.stdout).problems.some((p: { code: string }) => p.code === 'unknown-sheet')).toBe(true);
    expect(validate.stdout).toContain('010190-xxxx');
    const out = join(tmp, 'locations.xlsx');
    const forecast = await runCli(['forecast', path, '--json', '--out', out, '--mask-cpr']);
    expect(forecast.code).toBe(0);
    for (const text of [validate.stdout, validate.stderr, forecast.stdout, forecast.stderr, xmlOf(out)]) expect(cprLeaks(text, cprs)).toEqual([]);
    expect(xmlOf(out)).toContain('150312-xxxx.xlsx');
  });
});

describe('U+FFFE and U+FFFF never reach the workbook\'s XML', () => {
  it('a measure name holding them gives a well-formed workbook', async () => {
    const dir = join(tmp, 'fffe');
    cpSync('fixtures/bad-base', dir, { recursive: true });
    for (const f of ['foranstaltninger.csv', 'forbrug.csv']) {
      const text = iconv.decode(readFileSync(join(dir, f)), 'windows-1252').replace('Advokatudgifter', 'Advokat\uFFFEudgifter\uFFFF');
      writeFileSync(join(dir, f), '\uFEFF' + text, 'utf8');
    }
    const out = join(tmp, 'fffe.xlsx');
    const run = await runCli(['forecast', dir, '--year', '2026', '--out', out, '-q']);
    expect(run.code).toBe(0);
    const xml = xmlOf(out);
    expect(xml).not.toMatch(/[\uFFFE\uFFFF]/);
    expect(xml).toContain('Advokatudgifter');
    // Every part parses as XML (saxes, the parser exceljs reads with, refuses U+FFFE as not well-formed).
    const names = execFileSync('unzip', ['-Z1', out]).toString('utf8').trim().split('\n').filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const parser = new SaxesParser();
      parser.write(execFileSync('unzip', ['-p', out, name.replace(/[[\]*?]/g, '\\$&')]).toString('utf8')).close();
    }
    expect(() => new SaxesParser().write('<a>\uFFFE</a>').close()).toThrow();
  });
});
