/**
 * The sheets that explain the forecast, registered in one place (writeExplanationSheets), after
 * "Tilgang og afgang":
 * - "Afstemning" (the bridge): per measure the open months' parts (transitions, overgange, among
 *   them), whose SUM is Prognose, and the
 *   closed months' disposed amount against the forbrug booked (a SUM over the measure's closed
 *   months on Måneder), with what the CPR rows do not explain as a formula; a total row of SUMs.
 * - "Aktivitet og pris": per disposition measure Budget antal, budget price, helårspersoner,
 *   expected price, deviation, activity effect and price effect. Forventet regnskab is the
 *   measure's year total on Måneder; the prices, the deviation and the effects are formulas on the
 *   sheet's cells (activity = ROUND((HP − antal) × budget ÷ antal; 2),
 *   price = deviation − activity), so a Budget antal typed in later splits at once.
 * - "Nøgletal": per disposition measure and month the cases, starts, stops, persons, average price,
 *   age bands and share of the Område's cases (values).
 * Only formatting: every figure is the engine's (model/explanation.ts), cached in each formula.
 * Exports: writeExplanationSheets, KeyFiguresLayout.
 */
import type ExcelJS from 'exceljs';
import { yearMonthAt } from '../../model/calendar.js';
import { AGE_BANDS, type Bridge } from '../../model/explanation.js';
import type { Forecast, MeasureForecast } from '../../model/forecast.js';
import type { Money } from '../../model/money.js';
import { explanationLabelsFor, type ExplanationLabels } from './explanation-labels.js';
import type { Labels, Lang } from './labels.js';
import { finishTable, font, markMonth, MONEY, money, PERCENT, ref, setFormula, sheetRef, styleHeader, styleTitle, styleTotal } from './layout.js';
import { MONTHS_FIRST_COL, type MonthsLayout } from './months-sheet.js';

const PERSONS_4 = '0.0000';
const PERSONS_2 = '0.00';
const WHOLE = '0';

/** Where the charts (charts-sheet.ts) find the cases per month of each disposition measure on Nøgletal. */
export interface KeyFiguresLayout {
  readonly sheet: string;
  /** The header row (month names from firstMonthCol on), and each measure's row of cases (by name). */
  readonly headerRow: number;
  readonly firstMonthCol: number;
  readonly casesRowOf: ReadonlyMap<string, number>;
}

/** Adds the three sheets to the workbook, in order. */
export function writeExplanationSheets(wb: { addWorksheet(name: string): ExcelJS.Worksheet }, f: Forecast, l: Labels, lang: Lang, months: MonthsLayout): KeyFiguresLayout {
  const x = explanationLabelsFor(lang);
  writeBridgeSheet(wb.addWorksheet(x.sheets.bridge), f, l, x, months);
  writeActivitySheet(wb.addWorksheet(x.sheets.activity), f, l, x, months);
  return writeKeyFiguresSheet(wb.addWorksheet(x.sheets.keyFigures), f, l, x);
}

function head(ws: ExcelJS.Worksheet, title: string, notes: readonly string[]): void {
  ws.getCell('A1').value = title;
  styleTitle(ws, 1);
  notes.forEach((note, i) => {
    const cell = ws.getCell(`A${2 + i}`);
    cell.value = note;
    cell.font = font({ italic: true });
  });
}

const dispositionMeasures = (f: Forecast): MeasureForecast[] => f.measures.filter((m) => m.activity !== null);

function writeBridgeSheet(ws: ExcelJS.Worksheet, f: Forecast, l: Labels, x: ExplanationLabels, months: MonthsLayout): void {
  const { year, closedMonths } = f.period;
  const h = x.bridgeHeaders;
  head(ws, x.bridgeTitle(year), x.bridgeNotes);
  const HEADER_ROW = 2 + x.bridgeNotes.length + 1;
  const C = { active: 5, expected: 6, risk: 7, intake: 8, pool: 9, transitions: 10, method: 11, forecast: 12, disposed: 13, booked: 14, unexplained: 15 } as const;
  const LAST_COL = C.unexplained;
  const header = ws.getRow(HEADER_ROW);
  header.values = [h.area, h.account, h.measure, h.method, h.activeDispositions, h.expectedDispositions, h.riskCases, h.intake, h.pool, h.transitions, h.otherMethod, h.forecast, h.disposed, h.booked, h.unexplained];
  styleHeader(header, LAST_COL);
  header.height = 45;
  for (let c = C.active; c <= LAST_COL; c++) header.getCell(c).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };

  const closedRange = (r: number): string => `${ref(MONTHS_FIRST_COL, r)}:${ref(MONTHS_FIRST_COL + closedMonths - 1, r)}`;
  const writeAmounts = (row: ExcelJS.Row, b: Bridge, forecast: Money, booked: (cell: ExcelJS.Cell) => void): void => {
    const r = row.number;
    const parts: [number, Money][] = [
      [C.active, b.parts.activeDispositions], [C.expected, b.parts.expectedDispositions], [C.risk, b.parts.riskCases],
      [C.intake, b.parts.intake], [C.pool, b.parts.pool], [C.transitions, b.parts.transitions], [C.method, b.parts.method], [C.disposed, b.closed.disposed],
    ];
    for (const [c, m] of parts) row.getCell(c).value = money(m);
    setFormula(row.getCell(C.forecast), `SUM(${ref(C.active, r)}:${ref(C.method, r)})`, forecast);
    booked(row.getCell(C.booked));
    setFormula(row.getCell(C.unexplained), `${ref(C.booked, r)}-${ref(C.disposed, r)}`, b.closed.unexplained);
    for (let c = C.active; c <= LAST_COL; c++) row.getCell(c).numFmt = MONEY;
    row.getCell(C.forecast).font = font({ bold: true });
  };

  let r = HEADER_ROW + 1;
  for (const m of f.measures) {
    const row = ws.getRow(r);
    row.getCell(1).value = m.measure.area;
    row.getCell(2).value = m.measure.account;
    row.getCell(3).value = m.measure.name;
    row.getCell(4).value = l.methods[m.measure.method];
    const mr = months.rowOf.get(m.measure.name)!;
    writeAmounts(row, m.bridge, m.forecast, (cell) => {
      if (closedMonths > 0) setFormula(cell, `SUM(${sheetRef(l.sheets.months, closedRange(mr))})`, m.bridge.closed.booked);
      else cell.value = 0;
    });
    r++;
  }
  const first = HEADER_ROW + 1;
  const last = r - 1;
  const total = ws.getRow(r);
  styleTotal(total, LAST_COL, true);
  total.getCell(1).value = l.total;
  const sum = (c: number): string => (last >= first ? `SUBTOTAL(9,${ref(c, first)}:${ref(c, last)})` : '0');
  const t = f.bridgeTotal;
  const totals: [number, Money][] = [
    [C.active, t.parts.activeDispositions], [C.expected, t.parts.expectedDispositions], [C.risk, t.parts.riskCases], [C.intake, t.parts.intake],
    [C.pool, t.parts.pool], [C.transitions, t.parts.transitions], [C.method, t.parts.method], [C.forecast, f.total.forecast], [C.disposed, t.closed.disposed], [C.booked, t.closed.booked],
    [C.unexplained, t.closed.unexplained],
  ];
  for (const [c, m] of totals) {
    setFormula(total.getCell(c), sum(c), m);
    total.getCell(c).numFmt = MONEY;
  }
  finishTable(ws, { headerRow: HEADER_ROW, lastRow: r, lastDataRow: r - 1, lastCol: LAST_COL, widths: [14, 9, 30, 24, 15, 15, 13, 13, 13, 13, 13, 15, 16, 16, 16], frozenCols: 3 }, l.page);
}

function writeActivitySheet(ws: ExcelJS.Worksheet, f: Forecast, l: Labels, x: ExplanationLabels, months: MonthsLayout): void {
  const h = x.activityHeaders;
  head(ws, x.activityTitle(f.period.year), x.activityNotes);
  const HEADER_ROW = 2 + x.activityNotes.length + 1;
  const C = { area: 1, account: 2, measure: 3, budget: 4, budgetPersons: 5, budgetPrice: 6, persons: 7, expected: 8, price: 9, deviation: 10, activity: 11, price2: 12 } as const;
  const LAST_COL = C.price2;
  const header = ws.getRow(HEADER_ROW);
  header.values = [h.area, h.account, h.measure, h.budget, h.budgetPersons, h.budgetPrice, h.persons, h.expected, h.price, h.deviation, h.activityEffect, h.priceEffect];
  styleHeader(header, LAST_COL);
  header.height = 45;
  for (let c = C.budget; c <= LAST_COL; c++) header.getCell(c).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };

  let r = HEADER_ROW + 1;
  const measures = dispositionMeasures(f);
  for (const m of measures) {
    const a = m.activity!;
    const row = ws.getRow(r);
    const at = (c: number): string => ref(c, r);
    row.getCell(C.area).value = m.measure.area;
    row.getCell(C.account).value = m.measure.account;
    row.getCell(C.measure).value = m.measure.name;
    row.getCell(C.budget).value = money(m.budget);
    if (a.budgetPersons !== null) row.getCell(C.budgetPersons).value = a.budgetPersons.toNumber();
    row.getCell(C.budgetPersons).numFmt = PERSONS_2;
    setFormula(row.getCell(C.budgetPrice), `IF(${at(C.budgetPersons)}="","",ROUND(${at(C.budget)}/${at(C.budgetPersons)},2))`, a.budgetPrice ?? '');
    row.getCell(C.persons).value = a.persons.toNumber();
    row.getCell(C.persons).numFmt = PERSONS_4;
    // Forventet regnskab is the measure's year total on Måneder, so an edited month flows into the split.
    setFormula(row.getCell(C.expected), sheetRef(l.sheets.months, ref(MONTHS_FIRST_COL + f.calendar.length, months.rowOf.get(m.measure.name)!)), m.expected);
    setFormula(row.getCell(C.price), `IF(${at(C.persons)}=0,"",ROUND(${at(C.expected)}/${at(C.persons)},2))`, a.price ?? '');
    setFormula(row.getCell(C.deviation), `${at(C.expected)}-${at(C.budget)}`, m.deviation);
    setFormula(row.getCell(C.activity),
      `IF(OR(${at(C.budgetPersons)}="",${at(C.persons)}=0),"",ROUND((${at(C.persons)}-${at(C.budgetPersons)})*${at(C.budget)}/${at(C.budgetPersons)},2))`,
      a.activityEffect ?? '');
    setFormula(row.getCell(C.price2), `IF(${at(C.activity)}="","",${at(C.deviation)}-${at(C.activity)})`, a.priceEffect ?? '');
    for (const c of [C.budget, C.budgetPrice, C.expected, C.price, C.deviation, C.activity, C.price2]) row.getCell(c).numFmt = MONEY;
    r++;
  }
  if (measures.length === 0) ws.getCell(ref(1, r++)).value = x.noDispositionMeasures;
  finishTable(ws, { headerRow: HEADER_ROW, lastRow: r - 1, lastCol: LAST_COL, widths: [14, 9, 30, 16, 17, 18, 15, 16, 18, 15, 15, 15], frozenCols: 3 }, l.page);
}

function writeKeyFiguresSheet(ws: ExcelJS.Worksheet, f: Forecast, l: Labels, x: ExplanationLabels): KeyFiguresLayout {
  const { year, closedMonths } = f.period;
  head(ws, x.keyFiguresTitle(year), x.keyFiguresNotes);
  const HEADER_ROW = 2 + x.keyFiguresNotes.length + 1;
  const FIRST_MONTH_COL = 4;
  const months = f.calendar.length;
  const LAST_COL = FIRST_MONTH_COL + months - 1;
  const header = ws.getRow(HEADER_ROW);
  const kh = x.keyFigureHeaders;
  header.values = [kh.area, kh.measure, kh.figure];
  styleHeader(header, LAST_COL);
  for (let i = 0; i < months; i++) {
    const cell = header.getCell(FIRST_MONTH_COL + i);
    const ym = yearMonthAt(f.calendar, i);
    cell.value = `${l.monthNames[ym.month - 1]} ${ym.year}`;
    markMonth(cell, i < closedMonths, true);
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
  }

  const fig = x.figures;
  let r = HEADER_ROW + 1;
  const measures = dispositionMeasures(f);
  const casesRowOf = new Map<string, number>();
  for (const m of measures) {
    const k = m.keyFigures!;
    casesRowOf.set(m.measure.name, r);
    const rows: [string, (i: number) => number | null, string][] = [
      [fig.cases, (i) => k[i]!.cases, WHOLE],
      [fig.starts, (i) => k[i]!.starts, WHOLE],
      [fig.stops, (i) => k[i]!.stops, WHOLE],
      [fig.persons, (i) => k[i]!.persons.toNumber(), PERSONS_2],
      [fig.averagePrice, (i) => k[i]!.averagePrice?.toNumber() ?? null, MONEY],
      ...AGE_BANDS.map((band, b): [string, (i: number) => number | null, string] => [fig.age(band), (i) => k[i]!.ages[b]!, WHOLE]),
      [fig.share, (i) => (k[i]!.share === null ? null : k[i]!.share!.dividedBy(100).toNumber()), PERCENT],
    ];
    for (const [label, value, numFmt] of rows) {
      const row = ws.getRow(r++);
      row.getCell(1).value = m.measure.area;
      row.getCell(2).value = m.measure.name;
      row.getCell(3).value = label;
      for (let i = 0; i < months; i++) {
        const cell = row.getCell(FIRST_MONTH_COL + i);
        const v = value(i);
        if (v !== null) cell.value = v;
        cell.numFmt = numFmt;
      }
    }
    const ruled = ws.getRow(r - 1);
    for (let c = 1; c <= LAST_COL; c++) ruled.getCell(c).border = { bottom: { style: 'thin' } };
  }
  if (measures.length === 0) ws.getCell(ref(1, r++)).value = x.noDispositionMeasures;
  finishTable(ws, { headerRow: HEADER_ROW, lastRow: r - 1, lastCol: LAST_COL, widths: [14, 30, 36, ...Array<number>(months).fill(11)], frozenCols: 3 }, l.page);
  return { sheet: ws.name, headerRow: HEADER_ROW, firstMonthCol: FIRST_MONTH_COL, casesRowOf };
}
