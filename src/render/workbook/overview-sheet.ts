/**
 * Sheet "Oversigt": a header block (budget year, last closed month, Forbrug til dato "pr.
 * 30.09.2026", the materiality, when in Danish time and from which inputs) and one row per measure
 * grouped by Område with subtotals and a grand total. Korrigeret budget is a value; Forbrug til
 * dato and Restprognose (okt.–dec.) are SUMs of the measure's closed and open months in "Måneder";
 * Forventet regnskab, Afvigelse, % and Mer-/mindreforbrug are formulas on the row; subtotals and
 * the total are SUBTOTAL(9; …), so a filtered view adds up, and the autofilter ends above the
 * total. Every formula carries the engine's figure as its cached result.
 * Mer-/mindreforbrug reads "I balance" when |Afvigelse| is below the materiality (kr., or % of
 * |Korrigeret budget|; default 0,5 %), and Merforbrug shows red and Mindreforbrug green by
 * conditional formatting, so both follow an edit.
 * Exports: writeOverviewSheet, OverviewLayout, OVERVIEW_COLS, madeAtRow.
 */
import type ExcelJS from 'exceljs';
import type { AreaGroup, Forecast, Totals } from '../../model/forecast.js';
import { formatYearMonth } from '../../model/civil-date.js';
import { formatDanishAmount, ZERO, type Money } from '../../model/money.js';
import { copenhagenTime } from './copenhagen-time.js';
import { DEFAULT_MATERIALITY, type WorkbookContext } from './context.js';
import type { Labels } from './labels.js';
import { col, finishTable, font, MONEY, money, PERCENT, ref, setFormula, sheetRef, styleHeader, styleTitle, styleTotal } from './layout.js';
import { MONTHS_FIRST_COL, type MonthsLayout } from './months-sheet.js';
import { lastClosedMonth } from '../../model/period.js';

const HEADER_ROW = 10;
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

/** The materiality as the header block and the formulas write it: "0,5" (%) or "50.000" (kr.), and as a number. */
function materialityText(m: { readonly kind: 'percent' | 'kr'; readonly value: Money }): { kind: 'percent' | 'kr'; value: string; fraction: string } {
  const danish = formatDanishAmount(m.value).replace(/,00$/, '');
  return { kind: m.kind, value: m.kind === 'percent' ? danish.replace(/(,\d*?)0+$/, '$1') : danish, fraction: m.kind === 'percent' ? m.value.dividedBy(100).toString() : m.value.toString() };
}

/** The last day of a month as dd.mm.yyyy (a civil date: no time zone involved). */
function lastDayText(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** "Dannet": the time in Copenhagen with its zone named, or that it was left out. */
export function madeAtRow(l: Labels, madeAt: Date | null): [string, ExcelJS.CellValue, string?] {
  if (madeAt === null) return [l.madeAt, l.madeAtOmitted];
  const t = copenhagenTime(madeAt);
  return [l.madeAt, t.wallClock, `dd-mm-yyyy hh:mm "${l.madeAtZone(t.zone, t.offset)}"`];
}

export function writeOverviewSheet(ws: ExcelJS.Worksheet, f: Forecast, groups: readonly AreaGroup[], months: MonthsLayout, l: Labels, ctx: WorkbookContext): OverviewLayout {
  const { year, closedMonths } = f.period;
  const lastClosed = lastClosedMonth(f.period);
  ws.getCell('A1').value = l.title(year);
  styleTitle(ws, 1);
  const materiality = ctx.materiality ?? DEFAULT_MATERIALITY;
  const threshold = materialityText(materiality);
  const info: [string, ExcelJS.CellValue, string?][] = [
    [l.budgetYear, year],
    [l.lastClosedMonth, lastClosed ? formatYearMonth(lastClosed) : l.noClosedMonth],
    [l.actualToDate, lastClosed ? l.asOf(lastDayText(lastClosed.year, lastClosed.month)) : l.noActualYet],
    [l.materiality, l.materialityText(threshold)],
    madeAtRow(l, ctx.madeAt),
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
  const open = closedMonths < 12 ? ` (${[...new Set([l.monthAbbr[closedMonths]!, l.monthAbbr[11]!])].join('–')})` : '';
  header.values = [h.area, h.account, h.measure, h.method, h.budget, h.actual, `${h.forecast}${open}`, h.expected, h.deviation, h.deviationPct, h.overUnder];
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
    const budget = ref(C.budget, r);
    // Below the materiality, or zero: in balance. (The comparison of the engine's figures, not a new amount.)
    const limit = materiality.kind === 'percent' ? t.budget.abs().times(materiality.value).dividedBy(100) : materiality.value;
    const balanced = t.deviation.isZero() || t.deviation.abs().lessThan(limit);
    const word = balanced ? l.balanced : t.deviation.greaterThan(ZERO) ? l.over : l.under;
    const limitFormula = materiality.kind === 'percent' ? `ABS(${budget})*${threshold.fraction}` : threshold.fraction;
    setFormula(row.getCell(C.overUnder), `IF(OR(ROUND(${dev},2)=0,ABS(${dev})<${limitFormula}),"${l.balanced}",IF(${dev}>0,"${l.over}","${l.under}"))`, word);
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
    for (const [c, key] of SUMMED) setFormula(sub.getCell(c), `SUBTOTAL(9,${ref(c, first)}:${ref(c, last)})`, g.totals[key]);
    writeDerived(sub, g.totals);
    subtotalRows.push(r);
    r++;
  }
  const total = ws.getRow(r);
  styleTotal(total, LAST_COL, true);
  total.getCell(C.area).value = l.total;
  // SUBTOTAL leaves out the subtotals in its range, and rows a filter hides: a filtered view adds up.
  for (const [c, key] of SUMMED) setFormula(total.getCell(c), subtotalRows.length > 0 ? `SUBTOTAL(9,${ref(c, HEADER_ROW + 1)}:${ref(c, r - 1)})` : '0', f.total[key]);
  writeDerived(total, f.total);
  const lastRow = r;
  // Merforbrug red, mindreforbrug green: on Afvigelse, % and the word, by the word (so it follows an edit and the materiality).
  const first = HEADER_ROW + 1;
  ws.addConditionalFormatting({
    ref: `${ref(C.deviation, first)}:${ref(C.overUnder, lastRow)}`,
    rules: [
      { type: 'expression', priority: 1, formulae: [`$${col(C.overUnder)}${first}="${l.over}"`], style: { font: { color: { argb: 'FFC00000' } } } },
      { type: 'expression', priority: 2, formulae: [`$${col(C.overUnder)}${first}="${l.under}"`], style: { font: { color: { argb: 'FF00803C' } } } },
    ],
  });
  // The note wraps within the table's width (an unwrapped text would widen the printed page).
  const note = ws.getCell(ref(1, lastRow + 2));
  note.value = l.overviewNote;
  note.font = font({ italic: true });
  note.alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(lastRow + 2, 1, lastRow + 2, LAST_COL);
  ws.getRow(lastRow + 2).height = 45;

  finishTable(ws, { headerRow: HEADER_ROW, lastRow, lastDataRow: lastRow - 1, lastCol: LAST_COL, widths: [22, 10, 32, 26, 17, 17, 17, 17, 16, 12, 18] }, l.page);
  return { rowOf, totalRow: lastRow };
}
