/**
 * Sheet "Forudsætninger": what the numbers rest on. Per measure its method and parameters (budget,
 * pool, estimate, average price, the rolling-average window used with its months and mean, the
 * number of disposition/risk/intake rows and the rule for its open months); the run (year, last
 * closed month, options, the horizon and its price factors, when, tool version, the disposition
 * rows wholly outside the year and whether Dispositioner shows them); each input file with its row
 * count and SHA-256; and the rules of the calculation. Exports: writeAssumptionsSheet.
 */
import type ExcelJS from 'exceljs';
import type { Forecast } from '../../model/forecast.js';
import { formatYearMonth } from '../../model/civil-date.js';
import type { Money } from '../../model/money.js';
import type { WorkbookContext } from './context.js';
import { horizonLabelsFor } from './horizon-labels.js';
import type { Labels } from './labels.js';
import { madeAtRow } from './overview-sheet.js';
import { reviewLabelsFor } from './review-labels.js';
import { CELL_PADDING, columnPixels, font, MONEY, money, printSetup, styleHeader, styleTitle, textPixels } from './layout.js';
import { lastClosedMonth } from '../../model/period.js';
import { DEFAULT_LONG_CASE_YEARS } from '../../model/review.js';

const LAST_COL = 12;
/** The rule column wraps its text. */
const RULE_WIDTH = 32;

export function writeAssumptionsSheet(ws: ExcelJS.Worksheet, f: Forecast, l: Labels, ctx: WorkbookContext): void {
  const { year, closedMonths } = f.period;
  const lastClosed = lastClosedMonth(f.period);
  const hz = horizonLabelsFor(ctx.lang);
  ws.getCell('A1').value = l.assumptionsTitle;
  styleTitle(ws, 1);
  let r = 3;
  const section = (title: string): void => {
    ws.getCell(r, 1).value = title;
    ws.getCell(r, 1).font = font({ bold: true, size: 12 });
    r++;
  };

  section(l.measureSection);
  const h = l.assumptionHeaders;
  const headerRow = r;
  const header = ws.getRow(r++);
  header.values = [h.account, h.measure, h.method, h.budget, h.pool, h.estimate, h.averagePrice, h.rollingWindow, h.rollingMonths, h.rollingMean, h.rows, h.rule];
  styleHeader(header, LAST_COL);
  header.height = 45;
  const amount = (cell: ExcelJS.Cell, m: Money | null | undefined): void => {
    if (m === null || m === undefined) return;
    cell.value = money(m);
    cell.numFmt = MONEY;
  };
  // Rows per measure, counted once (not once per measure over every line).
  const count = (rows: readonly { readonly measure: string }[]): Map<string, number> => {
    const n = new Map<string, number>();
    for (const x of rows) n.set(x.measure, (n.get(x.measure) ?? 0) + 1);
    return n;
  };
  const lineCounts = new Map(f.dispositionGroups.map((g) => [g.measure, g.current.length + g.expected.length]));
  const riskCounts = count(f.riskCaseLines.map((x) => x.riskCase));
  const intakeCounts = count(f.intakeLines.map((x) => x.intake));
  for (const mf of f.measures) {
    const m = mf.measure;
    const row = ws.getRow(r++);
    row.getCell(1).value = m.account;
    row.getCell(2).value = m.name;
    row.getCell(3).value = l.methods[m.method];
    amount(row.getCell(4), m.budget);
    amount(row.getCell(5), m.pool);
    amount(row.getCell(6), m.estimate);
    amount(row.getCell(7), m.averagePrice);
    if (mf.rolling) {
      row.getCell(8).value = `${formatYearMonth(mf.rolling.from)} – ${formatYearMonth(mf.rolling.to)}`;
      row.getCell(9).value = mf.rolling.monthsUsed;
      row.getCell(9).alignment = { horizontal: 'center' };
      amount(row.getCell(10), mf.rolling.mean);
    }
    if (m.method === 'disposition') {
      row.getCell(11).value = `${lineCounts.get(m.name) ?? 0} / ${riskCounts.get(m.name) ?? 0} / ${intakeCounts.get(m.name) ?? 0}`;
      row.getCell(11).alignment = { horizontal: 'center' };
    }
    row.getCell(12).value = l.methodRules[m.method];
    row.getCell(12).alignment = { wrapText: true, vertical: 'top' };
    row.height = 15 * Math.max(1, Math.ceil(textPixels(l.methodRules[m.method]) / (columnPixels(RULE_WIDTH) - CELL_PADDING))) + 2;
  }
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: r - 1, column: LAST_COL } };
  r++;

  section(l.runSection);
  const o = l.runRows;
  const x = reviewLabelsFor(ctx.lang);
  const pairs: [string, ExcelJS.CellValue, string?][] = [
    [l.budgetYear, year],
    [l.lastClosedMonth, lastClosed ? formatYearMonth(lastClosed) : l.noClosedMonth],
    [o.closedMonths, closedMonths],
    [o.input, ctx.input],
    [o.yearGiven, ctx.options.year ?? o.notGiven],
    [o.asOfGiven, ctx.options.asOf ? formatYearMonth(ctx.options.asOf) : o.notGiven],
    [hz.yearsRow, ctx.options.years ?? o.notGiven],
    [hz.pricesRow, f.years.length === 0 || !f.indexed ? hz.pricesNone(year) : f.years.map((y) => hz.pricesFactor(y.year, y.factor.toFixed().replace('.', ctx.lang === 'da' ? ',' : '.'))).join('; ')],
    [o.maskCpr, ctx.maskCpr ? o.yes : o.no],
    [o.lang, ctx.lang],
    [o.deterministic, ctx.options.deterministic ? o.yes : o.no],
    [x.runRows.longCaseYears, ctx.options.longCaseYears ?? DEFAULT_LONG_CASE_YEARS],
    [x.runRows.allRows, ctx.allRows === true ? o.yes : o.no],
    [x.runRows.outsideYear, x.outsideYear(f.lineFacts.outsideYearCount, ctx.allRows === true)],
    madeAtRow(l, ctx.madeAt),
    [l.tool, `prognose ${ctx.version}`],
  ];
  for (const [label, value, fmt] of pairs) {
    const row = ws.getRow(r++);
    row.getCell(2).value = label;
    row.getCell(2).font = font({ bold: true });
    row.getCell(3).value = value;
    row.getCell(3).alignment = { horizontal: 'left' };
    if (fmt) {
      row.getCell(3).numFmt = fmt;
      // A time with its zone is wider than the column: the cells beside it hold it.
      ws.mergeCells(row.number, 3, row.number, 6);
    }
  }
  r++;

  section(l.filesSection);
  const fh = l.fileHeaders;
  const filesHeader = ws.getRow(r++);
  filesHeader.values = ['', fh.table, fh.file, fh.rows, fh.sha256];
  styleHeader(filesHeader, 5);
  filesHeader.getCell(1).fill = { type: 'pattern', pattern: 'none' };
  filesHeader.getCell(1).border = {};
  filesHeader.getCell(4).alignment = { horizontal: 'center', vertical: 'middle' };
  for (const s of f.sources) {
    const row = ws.getRow(r++);
    row.getCell(2).value = s.table;
    row.getCell(3).value = s.sheet !== undefined ? `${s.file} (${s.sheet})` : s.file;
    row.getCell(4).value = s.rows;
    row.getCell(4).alignment = { horizontal: 'center' };
    row.getCell(5).value = s.sha256;
    row.getCell(5).font = font({ name: 'Courier New', size: 9 });
  }
  r++;

  section(l.rulesSection);
  for (const rule of [...l.rules, ...hz.rules]) ws.getCell(r++, 2).value = `• ${rule}`;

  [9, 30, 28, 16, 15, 15, 16, 19, 11, 15, 13, RULE_WIDTH].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'normal', activeCell: 'A1' }];
  printSetup(ws, undefined, l.page);
}
