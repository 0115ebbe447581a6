/**
 * Sheet "Oversigt": a header block (budget year, last closed month, when and from which inputs)
 * and one row per measure grouped by Område with subtotals and a grand total. Korrigeret budget is
 * a value; Forbrug and Prognose are SUMs of the measure's closed and open months in "Måneder";
 * Forventet regnskab, Afvigelse, % and Mer-/mindreforbrug are formulas on the row; subtotals and
 * the total are SUMs. Every formula carries the engine's figure as its cached result.
 * Exports: writeOverviewSheet, OverviewLayout, OVERVIEW_COLS.
 */
import type ExcelJS from 'exceljs';
import type { AreaGroup, Forecast, Totals } from '../../model/forecast.js';
import { formatYearMonth } from '../../model/civil-date.js';
import { ZERO } from '../../model/money.js';
import type { WorkbookContext } from './context.js';
import type { Labels } from './labels.js';
import { finishTable, font, MONEY, money, PERCENT, ref, setFormula, sheetRef, styleHeader, styleTitle, styleTotal } from './layout.js';
import { MONTHS_FIRST_COL, type MonthsLayout } from './months-sheet.js';
import { lastClosedMonth } from '../../model/period.js';

const HEADER_ROW = 8;
/** Where the charts (charts-sheet.ts) find a measure's name, budget and deviation. */
export interface OverviewLayout {
  /** The row of each measure (by name), and the grand total's row. */
  readonly rowOf: ReadonlyMap<string, number>;
  readonly totalRow: number;
}

const C = { area: 1, account: 2, measure: 3, method: 4, budget: 5, actual: 6, forecast: 7, expected: 8, deviation: 9, pct: 10, overUnder: 11 } as const;
export const OVERVIEW_COLS = C;
const LAST_COL = C.overUnder;
/** Columns a subtotal adds up from the rows above; the rest are the row's own formulas. */
const SUMMED = [[C.budget, 'budget'], [C.actual, 'actual'], [C.forecast, 'forecast']] as const;

export function writeOverviewSheet(ws: ExcelJS.Worksheet, f: Forecast, groups: readonly AreaGroup[], months: MonthsLayout, l: Labels, ctx: WorkbookContext): OverviewLayout {
  const { year, closedMonths } = f.period;
  const lastClosed = lastClosedMonth(f.period);
  ws.getCell('A1').value = l.title(year);
  styleTitle(ws, 1);
  const info: [string, ExcelJS.CellValue, string?][] = [
    [l.budgetYear, year],
    [l.lastClosedMonth, lastClosed ? formatYearMonth(lastClosed) : l.noClosedMonth],
    [l.madeAt, ctx.madeAt ?? l.madeAtOmitted, ctx.madeAt ? 'dd-mm-yyyy hh:mm "UTC"' : undefined],
    [l.inputs, `${ctx.input}: ${[...new Set(f.sources.map((s) => s.file))].join(', ')}`],
    [l.tool, `prognose ${ctx.version}`],
  ];
  info.forEach(([label, value, fmt], i) => {
    const row = ws.getRow(2 + i);
    row.getCell(1).value = label;
    row.getCell(1).font = font({ bold: true });
    ws.mergeCells(row.number, C.account, row.number, C.deviation);
    const cell = row.getCell(C.account);
    cell.value = value;
    cell.alignment = { horizontal: 'left' };
    if (fmt) cell.numFmt = fmt;
  });

  const h = l.overviewHeaders;
  const header = ws.getRow(HEADER_ROW);
  header.values = [h.area, h.account, h.measure, h.method, h.budget, h.actual, h.forecast, h.expected, h.deviation, h.deviationPct, h.overUnder];
  styleHeader(header, LAST_COL);
  for (let c = C.budget; c <= C.pct; c++) header.getCell(c).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };

  const monthsSheet = l.sheets.months;
  const closedRange = (r: number): string => `${ref(MONTHS_FIRST_COL, r)}:${ref(MONTHS_FIRST_COL + closedMonths - 1, r)}`;
  const openRange = (r: number): string => `${ref(MONTHS_FIRST_COL + closedMonths, r)}:${ref(MONTHS_FIRST_COL + 11, r)}`;

  /** Columns Forventet regnskab .. Mer-/mindreforbrug, the same on every kind of row. */
  const writeDerived = (row: ExcelJS.Row, t: Totals): void => {
    const r = row.number;
    setFormula(row.getCell(C.expected), `${ref(C.actual, r)}+${ref(C.forecast, r)}`, t.expected);
    setFormula(row.getCell(C.deviation), `${ref(C.expected, r)}-${ref(C.budget, r)}`, t.deviation);
    const share = t.deviationShare;
    setFormula(row.getCell(C.pct), `IF(${ref(C.budget, r)}=0,"",${ref(C.deviation, r)}/ABS(${ref(C.budget, r)}))`, share === null ? '' : share.toNumber());
    const dev = ref(C.deviation, r);
    const word = t.deviation.greaterThan(ZERO) ? l.over : t.deviation.lessThan(ZERO) ? l.under : l.balanced;
    setFormula(row.getCell(C.overUnder), `IF(${dev}>=0.005,"${l.over}",IF(${dev}<=-0.005,"${l.under}","${l.balanced}"))`, word);
    for (let c = C.budget; c <= C.deviation; c++) row.getCell(c).numFmt = MONEY;
    row.getCell(C.pct).numFmt = PERCENT;
    row.getCell(C.overUnder).alignment = { indent: 1 };
  };

  let r = HEADER_ROW + 1;
  const rowOf = new Map<string, number>();
  const subtotalRows: number[] = [];
  for (const g of groups) {
    const first = r;
    for (const m of g.measures) {
      const row = ws.getRow(r);
      const mr = months.rowOf.get(m.measure.name)!;
      rowOf.set(m.measure.name, r);
      row.getCell(C.area).value = g.area;
      row.getCell(C.account).value = m.measure.account;
      row.getCell(C.measure).value = m.measure.name;
      row.getCell(C.method).value = l.methods[m.measure.method];
      row.getCell(C.budget).value = money(m.budget);
      if (closedMonths > 0) setFormula(row.getCell(C.actual), `SUM(${sheetRef(monthsSheet, closedRange(mr))})`, m.actual);
      else row.getCell(C.actual).value = 0;
      if (closedMonths < 12) setFormula(row.getCell(C.forecast), `SUM(${sheetRef(monthsSheet, openRange(mr))})`, m.forecast);
      else row.getCell(C.forecast).value = 0;
      writeDerived(row, m);
      r++;
    }
    const last = r - 1;
    const sub = ws.getRow(r);
    styleTotal(sub, LAST_COL);
    sub.getCell(C.area).value = l.totalOf(g.area);
    for (const [c, key] of SUMMED) setFormula(sub.getCell(c), `SUM(${ref(c, first)}:${ref(c, last)})`, g.totals[key]);
    writeDerived(sub, g.totals);
    subtotalRows.push(r);
    r++;
  }
  const total = ws.getRow(r);
  styleTotal(total, LAST_COL, true);
  total.getCell(C.area).value = l.total;
  for (const [c, key] of SUMMED) setFormula(total.getCell(c), subtotalRows.map((s) => ref(c, s)).join('+') || '0', f.total[key]);
  writeDerived(total, f.total);
  const lastRow = r;
  ws.getCell(ref(1, lastRow + 2)).value = l.overviewNote;
  ws.getCell(ref(1, lastRow + 2)).font = font({ italic: true });

  finishTable(ws, { headerRow: HEADER_ROW, lastRow, lastCol: LAST_COL, widths: [22, 10, 32, 26, 17, 17, 17, 17, 16, 12, 18] }, l.page);
  return { rowOf, totalRow: lastRow };
}
