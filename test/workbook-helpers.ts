/** Test helpers: a fixture's Forecast, its workbook written by the one writer, and reading a workbook back. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Forecast } from '../src/model/forecast.js';
import { writeWorkbook, type WorkbookContext, type WorkbookOptions } from '../src/render/workbook.js';
import { money } from '../src/model/money.js';
import { actual, measure, run } from './helpers.js';

export { fixtureForecast } from './helpers.js';

export const FIXED_TIME = new Date(Date.UTC(2026, 9, 15, 8, 30, 0));

export function context(overrides: Partial<WorkbookContext> = {}): WorkbookContext {
  return {
    lang: 'da', maskCpr: false, madeAt: FIXED_TIME, fileTime: FIXED_TIME, input: 'fixtures/eksempel', version: '0.0.0-test',
    options: { deterministic: false }, ...overrides,
  };
}

export async function loadWorkbook(data: Buffer | string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof data === 'string') await wb.xlsx.readFile(data);
  else await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** The workbook as the CLI writes it (writeWorkbook, to a file), read back: its bytes and its cells. */
export async function renderedWorkbook(f: Forecast, ctx: WorkbookContext = context(), options: WorkbookOptions = {}): Promise<{ buffer: Buffer; wb: ExcelJS.Workbook }> {
  const buffer = await workbookBytes(f, ctx, options);
  return { buffer, wb: await loadWorkbook(buffer) };
}

/** The bytes writeWorkbook writes for this Forecast (through a file in a temporary folder, removed again). */
export async function workbookBytes(f: Forecast, ctx: WorkbookContext = context(), options: WorkbookOptions = {}): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'prognose-wb-'));
  try {
    const path = join(dir, 'prognose.xlsx');
    await writeWorkbook(f, path, ctx, options);
    return await readFile(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A cell's number: its value, or a formula's cached result. (cell.result, not cell.value.result:
 * exceljs's value drops a cached 0 or "".)
 */
export function numberAt(ws: ExcelJS.Worksheet, address: string): number {
  const cell = ws.getCell(address);
  if (cell.type === ExcelJS.ValueType.Formula && typeof cell.result === 'number') return cell.result;
  if (typeof cell.value === 'number') return cell.value;
  throw new Error(`${ws.name}!${address} holds no number: ${JSON.stringify(cell.value)}`);
}

export function formulaAt(ws: ExcelJS.Worksheet, address: string): string | undefined {
  const cell = ws.getCell(address);
  return cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
}

/** The first row whose column-`column` text equals `text`. */
export function rowWith(ws: ExcelJS.Worksheet, column: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(column).value === text) return r;
  throw new Error(`${ws.name}: no row with "${text}" in column ${column}`);
}

/** Every formula cell of the workbook: sheet, address, formula and cached result. */
export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly result: unknown;
  readonly numFmt: string | undefined;
}

export function formulaCells(wb: ExcelJS.Workbook): FormulaCell[] {
  const cells: FormulaCell[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cells.push({ sheet: ws.name, address: cell.address, formula: cell.formula, result: cell.result, numFmt: cell.numFmt });
      }),
    ),
  );
  return cells;
}

/** Edge cases: every month closed, a zero budget (empty %), an income line, odd øre. */
export function edgeForecast(): Forecast {
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
  return run({
    measures: [
      measure('Skøn uden budget', 'skøn', 0, { estimate: money(120000), area: 'Voksne' }),
      measure('Advokater', 'tolvtedele', '1000.01'),
      measure('Refusion', 'ramme', '-500.05', { area: 'Voksne' }),
    ],
    actuals: months.flatMap((m, i) => [actual('Skøn uden budget', m, '10000.01'), actual('Advokater', m, 83.34 + i / 100), actual('Refusion', m, '-41.67')]),
  }, { asOf: '2026-12' });
}
