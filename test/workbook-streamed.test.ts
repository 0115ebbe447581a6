import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../src/render/workbook.js';
import { context, fixtureForecast, loadWorkbook, renderedWorkbook } from './workbook-helpers.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function streamed(options: { maxRows?: number }, maskCpr = false): Promise<ExcelJS.Workbook> {
  const f = await fixtureForecast('fixtures/eksempel');
  const dir = await mkdtemp(join(tmpdir(), 'prognose-stream-'));
  dirs.push(dir);
  const path = join(dir, 'out.xlsx');
  await writeWorkbook(f, path, context({ maskCpr }), { streamFromLines: 0, ...options });
  return loadWorkbook(path);
}

/** Every non-empty cell of a sheet: address → value (formulas as formula and cached result) and look. */
function cells(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.type === ExcelJS.ValueType.Formula ? { formula: cell.formula, result: cell.result } : cell.value;
      out.set(cell.address, { value, numFmt: cell.numFmt, fill: cell.fill, bold: cell.font?.bold ?? false, italic: cell.font?.italic ?? false });
    }),
  );
  return out;
}

const numberOf = (cell: ExcelJS.Cell): number => (cell.type === ExcelJS.ValueType.Formula ? (cell.result as number) : (cell.value as number));

/** Evaluates the subtotal formulas the dispositions sheets use: SUM(range) and cell references joined by +. */
function evaluate(wb: ExcelJS.Workbook, sheet: string, formula: string): number {
  return formula.split('+').reduce((total, term) => {
    const m = /^(?:SUM\()?(?:'((?:[^']|'')+)'!)?([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\)?$/.exec(term);
    if (!m) throw new Error(`unexpected term ${term}`);
    const ws = wb.getWorksheet(m[1] ? m[1].replace(/''/g, "'") : sheet)!;
    const column = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const [c1, r1, c2, r2] = [column(m[2]!), Number(m[3]), column(m[4] ?? m[2]!), Number(m[5] ?? m[3])];
    let sum = 0;
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) sum += numberOf(ws.getCell(r, c));
    return total + sum;
  }, 0);
}

describe('the streamed workbook (big runs)', () => {
  it.each([false, true])('has exactly the cells, formulas and looks of the in-memory workbook (CPR masked: %s)', async (maskCpr) => {
    const { wb: expected } = await renderedWorkbook(await fixtureForecast('fixtures/eksempel'), context({ maskCpr }));
    const actual = await streamed({}, maskCpr);
    expect(actual.worksheets.map((w) => w.name)).toEqual(expected.worksheets.map((w) => w.name));
    for (const ws of expected.worksheets) {
      const got = actual.getWorksheet(ws.name)!;
      expect(cells(got)).toEqual(cells(ws));
      expect(got.views).toEqual(ws.views);
      expect(got.autoFilter).toEqual(ws.autoFilter);
      expect(got.columns?.map((c) => c.width)).toEqual(ws.columns?.map((c) => c.width));
    }
  });

  it('continues the Dispositioner sheet on further sheets before the row limit, with subtotals over every sheet', async () => {
    const { wb: expected } = await renderedWorkbook(await fixtureForecast('fixtures/eksempel'));
    const actual = await streamed({ maxRows: 120 });
    const names = actual.worksheets.map((w) => w.name);
    const parts = names.filter((n) => n.startsWith('Dispositioner'));
    expect(parts.length).toBeGreaterThan(4);
    expect(parts).toEqual(parts.map((_, i) => (i === 0 ? 'Dispositioner' : `Dispositioner (${i + 1})`)));
    expect(names.filter((n) => !n.startsWith('Dispositioner'))).toEqual(['Oversigt', 'Måneder', 'Risikosager', 'Tilgang og afgang', 'Forudsætninger', 'Advarsler']);
    expect(names.indexOf('Dispositioner')).toBe(2);

    // The rows below the header, sheet after sheet, are the in-memory sheet's rows in order.
    const rowsOf = (ws: ExcelJS.Worksheet): unknown[][] => {
      const rows: unknown[][] = [];
      for (let r = 5; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        rows.push(Array.from({ length: 20 }, (_, c) => {
          const cell = row.getCell(c + 1);
          return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
        }));
      }
      return rows;
    };
    const trim = (rows: unknown[][]) => rows.filter((r) => r.some((v) => v !== null && v !== undefined));
    const whole = trim(rowsOf(expected.getWorksheet('Dispositioner')!));
    const split = trim(parts.flatMap((n) => rowsOf(actual.getWorksheet(n)!)));
    expect(split).toEqual(whole);

    for (const name of parts) {
      const ws = actual.getWorksheet(name)!;
      expect(ws.rowCount).toBeLessThanOrEqual(120);
      expect(ws.getCell('A4').value).toBe(expected.getWorksheet('Dispositioner')!.getCell('A4').value);
      // Every subtotal's formula gives its cached figure, wherever its lines are.
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          expect(evaluate(actual, name, cell.formula)).toBeCloseTo(cell.result as number, 2);
        }),
      );
    }
    const crossing = parts.flatMap((n) => {
      const found: string[] = [];
      actual.getWorksheet(n)!.eachRow((row) => row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula && c.formula.includes("'Dispositioner")) found.push(c.formula);
      }));
      return found;
    });
    expect(crossing.length).toBeGreaterThan(0);
  });

  it('rejects with the file system code when the folder does not exist (the CLI makes it a usage error)', async () => {
    const f = await fixtureForecast('fixtures/eksempel');
    await expect(writeWorkbook(f, join(tmpdir(), 'prognose-no-such-folder', 'x.xlsx'), context(), { streamFromLines: 0 })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
