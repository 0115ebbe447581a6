/**
 * The horizon's sheets (--years; written for one year too), registered in one place:
 * - "Flerårsoversigt": measure × year (the budget year and the overslagsår), grouped by Område
 *   with subtotals and a total: per year Budget, Forventet regnskab (the year's total on Måneder,
 *   as a formula, so an edited month flows in), Afvigelse (=IF(budget="","",expected − budget)),
 *   Kendt and Kendt andel (=IF(expected=0,"",known ÷ expected)). Subtotals and totals are formulas:
 *   SUMs, and a budget sum only when every budget of the year is there
 *   (=IF(COUNTBLANK(range)>0,"",SUM(range))), as the engine's later-year totals are.
 * - "Overgange": the 18-year list (model/forecast.ts TransitionCase): case, birthday, age limit,
 *   children's measure, last paid day, adults' measure and start, and per year the children's
 *   rows before and after the cut and the adults' transition amounts; a total row of SUMs.
 * Only formatting: every figure is the engine's, cached in each formula.
 * Exports: writeYearsSheet, writeTransitionsSheet.
 */
import type ExcelJS from 'exceljs';
import { maskCpr } from '../../model/cpr.js';
import type { Forecast } from '../../model/forecast.js';
import type { Money } from '../../model/money.js';
import type { HorizonLabels } from './horizon-labels.js';
import type { Labels } from './labels.js';
import { col, date, DATE, finishTable, font, MONEY, money, PERCENT, ref, setFormula, sheetRef, styleHeader, styleTitle, styleTotal } from './layout.js';
import { yearTotalCol, type MonthsLayout } from './months-sheet.js';

function head(ws: ExcelJS.Worksheet, title: string, notes: readonly string[]): void {
  ws.getCell('A1').value = title;
  styleTitle(ws, 1);
  notes.forEach((note, i) => {
    const cell = ws.getCell(`A${2 + i}`);
    cell.value = note;
    cell.font = font({ italic: true });
  });
}

/** A year's figures of a measure, an Område or the total. */
interface YearFigures {
  readonly budget: Money | null;
  readonly expected: Money;
  readonly deviation: Money | null;
  readonly known: Money;
  readonly knownShare: Money | null;
}

const PER_YEAR = 5;
const FIRST_YEAR_COL = 4;

export function writeYearsSheet(ws: ExcelJS.Worksheet, f: Forecast, l: Labels, h: HorizonLabels, months: MonthsLayout): void {
  const years = [f.period.year, ...f.years.map((y) => y.year)];
  head(ws, h.yearsTitle(years[0]!, years[years.length - 1]!), h.yearsNotes);
  const YEAR_ROW = 2 + h.yearsNotes.length + 1;
  const HEADER_ROW = YEAR_ROW + 1;
  const LAST_COL = FIRST_YEAR_COL + PER_YEAR * years.length - 1;
  const first = (k: number): number => FIRST_YEAR_COL + PER_YEAR * k;
  const C = { budget: 0, expected: 1, deviation: 2, known: 3, share: 4 } as const;

  const yearRow = ws.getRow(YEAR_ROW);
  const hh = h.yearsHeaders;
  const header = ws.getRow(HEADER_ROW);
  header.values = [hh.area, hh.account, hh.measure];
  styleHeader(header, LAST_COL);
  years.forEach((year, k) => {
    const c = first(k);
    ws.mergeCells(YEAR_ROW, c, YEAR_ROW, c + PER_YEAR - 1);
    const cell = yearRow.getCell(c);
    cell.value = k === 0 ? h.budgetYearHeading(year) : h.laterYearHeading(year, f.indexed ? year : f.period.year);
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'center' };
    [hh.budget, hh.expected, hh.deviation, hh.known, hh.knownShare].forEach((text, i) => {
      const hc = header.getCell(c + i);
      hc.value = text;
      hc.alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };
    });
    for (let i = 0; i < PER_YEAR; i++) {
      yearRow.getCell(c + i).border = { top: { style: 'thin' }, left: i === 0 ? { style: 'thin' } : undefined };
      header.getCell(c + i).border = { bottom: { style: 'thin' }, left: i === 0 ? { style: 'thin' } : undefined };
    }
  });
  header.height = 30;

  // The figures of each year, by measure and by Område.
  const measureFigures = (k: number, name: string): YearFigures => (k === 0 ? f.measures.find((m) => m.measure.name === name)! : f.years[k - 1]!.measures.find((m) => m.measure.name === name)!);
  const areaFigures = (k: number, area: string): YearFigures => (k === 0 ? f.areas.find((a) => a.area === area)!.totals : f.years[k - 1]!.areas.find((a) => a.area === area)!.totals);
  const totalFigures = (k: number): YearFigures => (k === 0 ? f.total : f.years[k - 1]!.total);

  /** Afvigelse and Kendt andel, the same formulas on every kind of row. */
  const derived = (row: ExcelJS.Row, c: number, t: YearFigures): void => {
    const r = row.number;
    const at = (i: number): string => ref(c + i, r);
    setFormula(row.getCell(c + C.deviation), `IF(${at(C.budget)}="","",${at(C.expected)}-${at(C.budget)})`, t.deviation ?? '');
    setFormula(row.getCell(c + C.share), `IF(${at(C.expected)}=0,"",${at(C.known)}/${at(C.expected)})`, t.knownShare === null ? '' : t.knownShare.toNumber());
    for (const i of [C.budget, C.expected, C.deviation, C.known]) row.getCell(c + i).numFmt = MONEY;
    row.getCell(c + C.share).numFmt = PERCENT;
  };

  let r = HEADER_ROW + 1;
  const subtotalRows: number[] = [];
  for (const g of f.areas) {
    const firstRow = r;
    for (const m of g.measures) {
      const row = ws.getRow(r);
      row.getCell(1).value = g.area;
      row.getCell(2).value = m.measure.account;
      row.getCell(3).value = m.measure.name;
      const mr = months.rowOf.get(m.measure.name)!;
      years.forEach((_, k) => {
        const c = first(k);
        const t = measureFigures(k, m.measure.name);
        if (t.budget !== null) row.getCell(c + C.budget).value = money(t.budget);
        setFormula(row.getCell(c + C.expected), sheetRef(l.sheets.months, ref(yearTotalCol(k), mr)), t.expected);
        row.getCell(c + C.known).value = money(t.known);
        derived(row, c, t);
      });
      r++;
    }
    const lastRow = r - 1;
    const sub = ws.getRow(r);
    styleTotal(sub, LAST_COL);
    sub.getCell(1).value = l.totalOf(g.area);
    years.forEach((_, k) => {
      const c = first(k);
      const t = areaFigures(k, g.area);
      const range = (i: number): string => `${ref(c + i, firstRow)}:${ref(c + i, lastRow)}`;
      setFormula(sub.getCell(c + C.budget), `IF(COUNTBLANK(${range(C.budget)})>0,"",SUM(${range(C.budget)}))`, t.budget ?? '');
      setFormula(sub.getCell(c + C.expected), `SUBTOTAL(9,${range(C.expected)})`, t.expected);
      setFormula(sub.getCell(c + C.known), `SUBTOTAL(9,${range(C.known)})`, t.known);
      derived(sub, c, t);
    });
    subtotalRows.push(r);
    r++;
  }
  const total = ws.getRow(r);
  styleTotal(total, LAST_COL, true);
  total.getCell(1).value = l.total;
  years.forEach((_, k) => {
    const c = first(k);
    const t = totalFigures(k);
    const refs = (i: number): string[] => subtotalRows.map((s) => ref(c + i, s));
    setFormula(total.getCell(c + C.budget), subtotalRows.length === 0 ? '0' : `IF(OR(${refs(C.budget).map((x) => `${x}=""`).join(',')}),"",${refs(C.budget).join('+')})`, t.budget ?? '');
    // SUBTOTAL leaves out the subtotals in its range, and rows a filter hides (layout.ts: filters end above the total).
    const all = (i: number): string => (subtotalRows.length === 0 ? '0' : `SUBTOTAL(9,${ref(c + i, HEADER_ROW + 1)}:${ref(c + i, r - 1)})`);
    setFormula(total.getCell(c + C.expected), all(C.expected), t.expected);
    setFormula(total.getCell(c + C.known), all(C.known), t.known);
    derived(total, c, t);
  });
  const widths = [14, 9, 30, ...years.flatMap(() => [15, 16, 15, 15, 9])];
  finishTable(ws, { headerRow: HEADER_ROW, lastRow: r, lastDataRow: r - 1, lastCol: LAST_COL, widths, frozenCols: 3 }, l.page);
}

export function writeTransitionsSheet(ws: ExcelJS.Worksheet, f: Forecast, l: Labels, h: HorizonLabels, maskCprs: boolean): void {
  const years = [f.period.year, ...f.years.map((y) => y.year)];
  head(ws, h.transitionsTitle(years[0]!, years[years.length - 1]!), h.transitionsNotes);
  const HEADER_ROW = 2 + h.transitionsNotes.length + 1;
  const FIRST_MONEY_COL = 8;
  const LAST_COL = FIRST_MONEY_COL + 3 * years.length - 1;
  const th = h.transitionsHeaders;
  const header = ws.getRow(HEADER_ROW);
  header.values = [th.caseRef, th.birthday, th.age, th.childMeasure, th.lastPaid, th.adultMeasure, th.adultStart];
  years.forEach((year, k) => {
    [th.before(year), th.after(year), th.adult(year)].forEach((text, i) => (header.getCell(FIRST_MONEY_COL + 3 * k + i).value = text));
  });
  styleHeader(header, LAST_COL);
  header.height = 45;
  for (let c = FIRST_MONEY_COL; c <= LAST_COL; c++) header.getCell(c).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };

  let r = HEADER_ROW + 1;
  for (const t of f.transitionCases) {
    const row = ws.getRow(r++);
    row.getCell(1).value = maskCprs ? maskCpr(t.caseRef) : t.caseRef;
    const dateCell = (c: number, d: typeof t.birthday): void => {
      if (d === null) return;
      row.getCell(c).value = date(d);
      row.getCell(c).numFmt = DATE;
    };
    dateCell(2, t.birthday);
    if (t.age !== null) row.getCell(3).value = t.age;
    row.getCell(3).alignment = { horizontal: 'center' };
    row.getCell(4).value = t.childMeasures.join(', ');
    dateCell(5, t.lastPaid);
    row.getCell(5).alignment = { horizontal: 'center' };
    row.getCell(6).value = t.adultMeasures.join(', ');
    dateCell(7, t.adultStart);
    years.forEach((_, k) => {
      [t.before[k]!, t.after[k]!, t.adult[k]!].forEach((m, i) => {
        const cell = row.getCell(FIRST_MONEY_COL + 3 * k + i);
        cell.value = money(m);
        cell.numFmt = MONEY;
      });
    });
  }
  const firstRow = HEADER_ROW + 1;
  const lastRow = r - 1;
  if (f.transitionCases.length === 0) {
    ws.getCell(ref(1, r)).value = h.noTransitions;
    r += 2;
  }
  const total = ws.getRow(r);
  styleTotal(total, LAST_COL, true);
  total.getCell(1).value = l.total;
  const sums = f.transitionTotals;
  years.forEach((_, k) => {
    [sums.before[k]!, sums.after[k]!, sums.adult[k]!].forEach((m, i) => {
      const c = FIRST_MONEY_COL + 3 * k + i;
      setFormula(total.getCell(c), lastRow >= firstRow ? `SUBTOTAL(9,${col(c)}${firstRow}:${col(c)}${lastRow})` : '0', m);
      total.getCell(c).numFmt = MONEY;
    });
  });
  finishTable(ws, { headerRow: HEADER_ROW, lastRow: r, lastDataRow: r - 1, lastCol: LAST_COL, widths: [14, 12, 7, 26, 13, 24, 12, ...years.flatMap(() => [14, 14, 14])], frozenCols: 1 }, l.page);
}
