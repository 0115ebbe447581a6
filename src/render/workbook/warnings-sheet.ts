/**
 * Sheet "Advarsler": every warning and note of the run with its type in words (problem-types.ts),
 * its file, sheet, line, column and cell, the offending value, the fix hint and, last, its code.
 * With `--lang en` the message and hint are in English (problem-english.ts). CPR numbers are masked here once more (the problem
 * list masks them already; this sheet does not rely on it). An empty run says so.
 * Exports: writeWarningsSheet.
 */
import type ExcelJS from 'exceljs';
import type { Forecast } from '../../model/forecast.js';
import { maskCprsInText } from '../../model/cpr.js';
import type { Labels, Lang } from './labels.js';
import { englishText } from './problem-english.js';
import { problemType } from './problem-types.js';
import { finishTable, font, styleHeader, styleTitle } from './layout.js';

const LAST_COL = 11;
const HEADER_ROW = 3;
const WIDTHS = [10, 24, 45, 18, 10, 7, 16, 7, 18, 40, 24];
/** The column of Linje (a number), 0-based. */
const LINE = 5;
const LINE_HEIGHT = 15;

/** Rows with wrapped text get their height set: not every viewer grows a row by itself. */
function wrappedLines(texts: readonly (string | null)[]): number {
  return Math.max(1, ...texts.map((t, i) => (t === null ? 1 : Math.ceil(t.length / Math.max(1, WIDTHS[i]! - 3)))));
}

export function writeWarningsSheet(ws: ExcelJS.Worksheet, f: Forecast, l: Labels, lang: Lang): void {
  ws.getCell('A1').value = l.warningsTitle;
  styleTitle(ws, 1);
  const h = l.warningHeaders;
  const header = ws.getRow(HEADER_ROW);
  header.values = [h.severity, h.type, h.message, h.file, h.sheet, h.line, h.column, h.cell, h.value, h.hint, h.code];
  styleHeader(header, LAST_COL);

  const mask = (s: string | undefined): string | null => (s === undefined ? null : maskCprsInText(s));
  let r = HEADER_ROW + 1;
  for (const p of f.problems) {
    const row = ws.getRow(r++);
    const loc = p.location;
    const { message, hint } = lang === 'en' ? englishText(p) : p;
    const texts = [l.severities[p.severity], problemType(p.code, lang), mask(message), mask(loc?.file), mask(loc?.sheet), null, mask(loc?.column), loc?.cell ?? null, mask(p.value), mask(hint), p.code];
    row.values = texts.map((t, i) => (i === LINE ? (loc?.line ?? null) : t));
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(LINE + 1).alignment = { vertical: 'top', horizontal: 'center' };
    row.height = LINE_HEIGHT * wrappedLines(texts);
  }
  if (f.problems.length === 0) {
    ws.getCell(r, 1).value = l.noWarnings;
    ws.getCell(r, 1).font = font({ italic: true });
    r++;
  }
  finishTable(ws, { headerRow: HEADER_ROW, lastRow: r - 1, lastCol: LAST_COL, widths: WIDTHS }, l.page);
}
