/**
 * Sheet "Grafer" (right after Oversigt): four native charts (chart-xml.ts) over the figures the
 * director asks for, on one landscape page, and under them (on the next page) the cells the first
 * three draw, as formulas on Måneder and Oversigt:
 * - (a) the year's total per month: the closed months' forbrug and the open months' prognose as
 *   columns (each a cell of Måneder's total row), the korrigeret budget's 1/12 as a line
 *   (ROUND(budget ÷ 12; 2) of Oversigt's total);
 * - (b) forventet regnskab and korrigeret budget through the year, cumulative, as lines (a SUM of
 *   Måneder's total row up to the month; ROUND(budget × months ÷ 12; 2));
 * - (c) the deviation per measure as horizontal bars, sorted (a table of references to each
 *   measure's name and Afvigelse on Oversigt, in order of the deviation; merforbrug red,
 *   mindreforbrug green);
 * - (d) the number of cases per month of each disposition measure: its row of cases on Nøgletal,
 *   referenced directly.
 * Every cached figure is the Forecast's (f.total, f.curve, the measures' deviations); the sort is
 * of the rows, not of money. Exports: writeChartsSheet, ChartsSheet, CHART_COLORS.
 */
import type ExcelJS from 'exceljs';
import type { Forecast } from '../../model/forecast.js';
import type { ChartLabels } from './chart-labels.js';
import type { ChartSeries, ChartSpec } from './chart-xml.js';
import type { KeyFiguresLayout } from './explanation-sheets.js';
import type { Labels } from './labels.js';
import { col, font, MONEY, printSetup, setFormula, sheetRef, styleHeader, styleTitle } from './layout.js';
import { MONTHS_FIRST_COL, type MonthsLayout } from './months-sheet.js';
import { OVERVIEW_COLS, type OverviewLayout } from './overview-sheet.js';

/** The charts' colours: each chart has one no other chart uses (the PDF test finds each chart by it). */
export const CHART_COLORS = {
  actual: '70AD47',
  forecast: 'FFC000',
  budget: '404040',
  cumulativeExpected: '4472C4',
  cumulativeBudget: '7F7F7F',
  over: 'C00000',
  under: '00B050',
  balanced: 'A5A5A5',
  cases: ['264478', '9E480E', '7030A0', '997300', '255E91', '43682B', 'D26E2A', '698ED0', 'B4C7E7', 'F4B183'],
} as const;

/** Rows and columns of the sheet: two rows of two charts, then the tables. */
const CHART_TOP = 3;
const CHART_ROWS = 15;
const CHART_SPLIT_COL = 3;
const CHART_LAST_COL = 7;
const DATA_TITLE_ROW = CHART_TOP + 2 * CHART_ROWS + 2;
const MONTHS_HEADER_ROW = DATA_TITLE_ROW + 1;
const WIDTHS = [30, 17, 17, 17, 17, 17, 17];

export interface ChartsSheet {
  readonly sheet: string;
  readonly charts: readonly ChartSpec[];
}

/** Fills the (already added) sheet `ws` and returns the charts to draw on it. */
export function writeChartsSheet(ws: ExcelJS.Worksheet, f: Forecast, l: Labels, c: ChartLabels, layout: { months: MonthsLayout; overview: OverviewLayout; keyFigures: KeyFiguresLayout }): ChartsSheet {
  const { year, closedMonths } = f.period;
  const n = f.calendar.length;
  const sheet = ws.name;
  const here = (cell: string): string => sheetRef(sheet, cell);
  const abs = (column: number, row: number): string => `$${col(column)}$${row}`;
  ws.getCell('A1').value = c.title(year);
  styleTitle(ws, 1);
  ws.getCell('A2').value = c.note;
  ws.getCell('A2').font = font({ italic: true });
  ws.getCell(DATA_TITLE_ROW, 1).value = c.dataTitle;
  ws.getCell(DATA_TITLE_ROW, 1).font = font({ bold: true, size: 12 });

  // (a), (b): one row per month.
  const months = l.sheets.months;
  const overview = l.sheets.overview;
  const monthsTotal = layout.months.totalRow;
  const budgetCell = sheetRef(overview, abs(OVERVIEW_COLS.budget, layout.overview.totalRow));
  const header = ws.getRow(MONTHS_HEADER_ROW);
  header.values = [c.month, c.actual, c.forecast, c.budgetTwelfth, c.cumulativeExpected, c.cumulativeBudget];
  styleHeader(header, 6);
  header.height = 45;
  for (let k = 2; k <= 6; k++) header.getCell(k).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };
  const first = MONTHS_HEADER_ROW + 1;
  const last = first + n - 1;
  for (let i = 0; i < n; i++) {
    const row = ws.getRow(first + i);
    const monthCell = sheetRef(months, `${col(MONTHS_FIRST_COL + i)}${monthsTotal}`);
    row.getCell(1).value = `${l.monthNames[i % 12]} ${year}`;
    setFormula(row.getCell(i < closedMonths ? 2 : 3), monthCell, f.total.months[i]!);
    setFormula(row.getCell(4), `ROUND(${budgetCell}/12,2)`, f.curve.budgetTwelfth);
    setFormula(row.getCell(5), `SUM(${sheetRef(months, `${abs(MONTHS_FIRST_COL, monthsTotal)}:${col(MONTHS_FIRST_COL + i)}${monthsTotal}`)})`, f.curve.cumulativeExpected[i]!);
    setFormula(row.getCell(6), `ROUND(${budgetCell}*${i + 1}/12,2)`, f.curve.cumulativeBudget[i]!);
    for (let k = 2; k <= 6; k++) row.getCell(k).numFmt = MONEY;
  }
  const monthNames = Array.from({ length: n }, (_, i) => `${l.monthNames[i % 12]} ${year}`);
  const categories = { ref: sheetRef(months, `${abs(MONTHS_FIRST_COL, layout.months.headerRow)}:${abs(MONTHS_FIRST_COL + n - 1, layout.months.headerRow)}`), cache: monthNames };
  const column = (k: number, values: readonly (number | null)[], kind: ChartSeries['kind'], color: string, dashed = false): ChartSeries => ({
    name: { ref: here(abs(k, MONTHS_HEADER_ROW)), cache: [String(header.getCell(k).value)] },
    categories,
    values: { ref: here(`${abs(k, first)}:${abs(k, last)}`), cache: values },
    kind,
    color,
    ...(dashed ? { dashed } : {}),
  });
  const monthly = f.total.months.map((m) => m.toNumber());

  // (c): the measures by deviation, smallest first (a bar chart draws its first category at the bottom).
  const DEV_HEADER_ROW = last + 2;
  const devHeader = ws.getRow(DEV_HEADER_ROW);
  devHeader.values = [c.measure, c.deviation];
  styleHeader(devHeader, 2);
  devHeader.getCell(2).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };
  const sorted = [...f.measures].sort((a, b) => a.deviation.comparedTo(b.deviation));
  const devFirst = DEV_HEADER_ROW + 1;
  sorted.forEach((m, i) => {
    const row = ws.getRow(devFirst + i);
    const r = layout.overview.rowOf.get(m.measure.name)!;
    setFormula(row.getCell(1), sheetRef(overview, `${col(OVERVIEW_COLS.measure)}${r}`), m.measure.name);
    setFormula(row.getCell(2), sheetRef(overview, `${col(OVERVIEW_COLS.deviation)}${r}`), m.deviation);
    row.getCell(2).numFmt = MONEY;
  });
  const devLast = devFirst + sorted.length - 1;

  const box = (index: number): Pick<ChartSpec, 'from' | 'to'> => {
    const top = CHART_TOP + Math.floor(index / 2) * CHART_ROWS;
    const left = index % 2 === 0 ? 0 : CHART_SPLIT_COL;
    const right = index % 2 === 0 ? CHART_SPLIT_COL : CHART_LAST_COL;
    return { from: { col: left, row: top }, to: { col: right, row: top + CHART_ROWS - 1 } };
  };
  const charts: ChartSpec[] = [
    {
      title: c.charts.months, categoryTitle: c.axes.month, valueTitle: c.axes.amount, valueFormat: MONEY, barDirection: 'col', barGrouping: 'stacked', ...box(0),
      fromZero: f.total.months.every((m) => !m.isNegative()) && !f.curve.budgetTwelfth.isNegative(),
      series: [
        column(2, monthly.map((v, i) => (i < closedMonths ? v : null)), 'bar', CHART_COLORS.actual),
        column(3, monthly.map((v, i) => (i < closedMonths ? null : v)), 'bar', CHART_COLORS.forecast),
        column(4, monthly.map(() => f.curve.budgetTwelfth.toNumber()), 'line', CHART_COLORS.budget, true),
      ],
    },
    {
      title: c.charts.cumulative, categoryTitle: c.axes.month, valueTitle: c.axes.amount, valueFormat: MONEY, ...box(1),
      series: [
        column(5, f.curve.cumulativeExpected.map((m) => m.toNumber()), 'line', CHART_COLORS.cumulativeExpected),
        column(6, f.curve.cumulativeBudget.map((m) => m.toNumber()), 'line', CHART_COLORS.cumulativeBudget, true),
      ],
    },
  ];
  if (sorted.length > 0) {
    charts.push({
      title: c.charts.deviation, categoryTitle: c.axes.measure, valueTitle: c.axes.deviation, valueFormat: MONEY, barDirection: 'bar', ...box(2),
      series: [{
        name: { ref: here(abs(2, DEV_HEADER_ROW)), cache: [c.deviation] },
        categories: { ref: here(`${abs(1, devFirst)}:${abs(1, devLast)}`), cache: sorted.map((m) => m.measure.name) },
        values: { ref: here(`${abs(2, devFirst)}:${abs(2, devLast)}`), cache: sorted.map((m) => m.deviation.toNumber()) },
        kind: 'bar',
        color: CHART_COLORS.balanced,
        pointColors: sorted.map((m) => (m.deviation.isPositive() && !m.deviation.isZero() ? CHART_COLORS.over : m.deviation.isNegative() ? CHART_COLORS.under : CHART_COLORS.balanced)),
      }],
    });
  }
  // (d): Nøgletal's rows of cases, referenced as they are.
  const k = layout.keyFigures;
  const withCases = f.measures.filter((m) => k.casesRowOf.has(m.measure.name));
  if (withCases.length > 0) {
    const kfCategories = { ref: sheetRef(k.sheet, `${abs(k.firstMonthCol, k.headerRow)}:${abs(k.firstMonthCol + n - 1, k.headerRow)}`), cache: monthNames };
    charts.push({
      title: c.charts.cases, categoryTitle: c.axes.month, valueTitle: c.axes.cases, valueFormat: '0', ...box(3),
      series: withCases.map((m, i) => {
        const r = k.casesRowOf.get(m.measure.name)!;
        return {
          name: { ref: sheetRef(k.sheet, abs(2, r)), cache: [m.measure.name] },
          categories: kfCategories,
          values: { ref: sheetRef(k.sheet, `${abs(k.firstMonthCol, r)}:${abs(k.firstMonthCol + n - 1, r)}`), cache: m.keyFigures!.map((x) => x.cases) },
          kind: 'line',
          color: CHART_COLORS.cases[i % CHART_COLORS.cases.length]!,
        };
      }),
    });
  } else {
    ws.getCell(CHART_TOP + CHART_ROWS + 1, CHART_SPLIT_COL + 1).value = c.noDispositionMeasures;
  }

  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'normal', activeCell: 'A1' }];
  // The charts on the first page, the tables from the next.
  ws.getRow(DATA_TITLE_ROW - 1).addPageBreak();
  printSetup(ws, undefined, l.page);
  return { sheet, charts };
}
