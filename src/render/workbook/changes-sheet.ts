/**
 * Sheet "Ændringer" (Changes): why the expected result moved since the previous run. Per measure a
 * waterfall along the row: the previous expected result, the eleven components of the change
 * (model/comparison.ts), the change as their SUM, the expected result now as previous + change,
 * the budget's change and the deviation's change as change − budget change; a total row of SUMs.
 * Below it the changed cases (CPR in full as on Dispositioner, or DDMMYY-xxxx with --mask-cpr),
 * risk cases and intake rows, each list with a SUM. Only formatting: every figure is the
 * Comparison's, cached in each formula. Exports: writeChangesSheet.
 */
import type ExcelJS from 'exceljs';
import { COMPONENTS, type Comparison } from '../../model/comparison.js';
import { formatYearMonth, type YearMonth } from '../../model/civil-date.js';
import { maskCpr } from '../../model/cpr.js';
import type { Money } from '../../model/money.js';
import type { ChangesLabels } from './changes-labels.js';
import { font, MONEY, money, MONTH_MONEY, printSetup, ref, setFormula, styleHeader, styleTitle, styleTotal } from './layout.js';

const C = { measure: 1, area: 2, account: 3, previous: 4, firstComponent: 5 } as const;
const LAST_COMPONENT = C.firstComponent + COMPONENTS.length - 1;
const CHANGE = LAST_COMPONENT + 1;
const EXPECTED = CHANGE + 1;
const BUDGET = EXPECTED + 1;
const DEVIATION = BUDGET + 1;
const LAST_COL = DEVIATION;
/** The lists: measure, case (or month), kind, fields, change. */
const LIST_CHANGE = 5;
const WIDTHS = [30, 14, 13, 16, 17, ...Array<number>(COMPONENTS.length - 1).fill(15), 15, 16, 15, 15];

export function writeChangesSheet(ws: ExcelJS.Worksheet, c: Comparison, x: ChangesLabels, maskCprs: boolean): void {
  const asOf = (ym: YearMonth | null): string => (ym === null ? x.noClosedMonth : formatYearMonth(ym));
  ws.getCell('A1').value = x.title(c.year, asOf(c.previousAsOf), asOf(c.asOf));
  styleTitle(ws, 1);
  x.notes.forEach((note, i) => {
    const cell = ws.getCell(`A${2 + i}`);
    cell.value = note;
    cell.font = font({ italic: true });
  });
  const headerRow = 2 + x.notes.length + 1;
  const h = x.measureHeaders;
  const header = ws.getRow(headerRow);
  header.values = [h.measure, h.area, h.account, h.previousExpected, ...COMPONENTS.map((k) => x.components[k]), h.change, h.expected, h.budgetChange, h.deviationChange];
  styleHeader(header, LAST_COL);
  header.height = 45;
  for (let col = C.previous; col <= LAST_COL; col++) header.getCell(col).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };

  let r = headerRow + 1;
  for (const m of c.measures) {
    const row = ws.getRow(r);
    row.getCell(C.measure).value = m.measure;
    row.getCell(C.area).value = m.area;
    row.getCell(C.account).value = m.account;
    row.getCell(C.previous).value = money(m.previousExpected);
    COMPONENTS.forEach((k, i) => (row.getCell(C.firstComponent + i).value = money(m[k])));
    setFormula(row.getCell(CHANGE), `SUM(${ref(C.firstComponent, r)}:${ref(LAST_COMPONENT, r)})`, m.change);
    setFormula(row.getCell(EXPECTED), `${ref(C.previous, r)}+${ref(CHANGE, r)}`, m.expected);
    row.getCell(BUDGET).value = money(m.budgetChange);
    setFormula(row.getCell(DEVIATION), `${ref(CHANGE, r)}-${ref(BUDGET, r)}`, m.deviationChange);
    // Components and budget change: a zero shows as a dash, so the parts that moved stand out.
    for (let col = C.previous; col <= LAST_COL; col++) row.getCell(col).numFmt = (col >= C.firstComponent && col <= LAST_COMPONENT) || col === BUDGET ? MONTH_MONEY : MONEY;
    row.getCell(CHANGE).font = font({ bold: true });
    r++;
  }
  const first = headerRow + 1;
  const last = r - 1;
  const sum = (col: number): string => (last >= first ? `SUM(${ref(col, first)}:${ref(col, last)})` : '0');
  const total = ws.getRow(r);
  styleTotal(total, LAST_COL, true);
  total.getCell(C.measure).value = x.total;
  const t = c.total;
  const totals: [number, Money][] = [
    [C.previous, t.previousExpected], ...COMPONENTS.map((k, i): [number, Money] => [C.firstComponent + i, t[k]]),
    [CHANGE, t.change], [EXPECTED, t.expected], [BUDGET, t.budgetChange], [DEVIATION, t.deviationChange],
  ];
  for (const [col, value] of totals) {
    setFormula(total.getCell(col), sum(col), value);
    total.getCell(col).numFmt = (col >= C.firstComponent && col <= LAST_COMPONENT) || col === BUDGET ? MONTH_MONEY : MONEY;
  }
  r += 3;

  const lh = x.listHeaders;
  const list = (title: string, note: string | null, second: string, rows: readonly (readonly [string, string, string, string, Money])[], sumOf: Money): void => {
    ws.getCell(ref(1, r)).value = title;
    ws.getCell(ref(1, r)).font = font({ bold: true, size: 12 });
    r++;
    if (note !== null) {
      ws.getCell(ref(1, r)).value = note;
      ws.getCell(ref(1, r)).font = font({ italic: true });
      r++;
    }
    const head = ws.getRow(r);
    head.values = [lh.measure, second, lh.kind, lh.fields, lh.change];
    styleHeader(head, LIST_CHANGE);
    head.getCell(LIST_CHANGE).alignment = { horizontal: 'right', vertical: 'middle' };
    const firstRow = ++r;
    for (const [measure, key, kind, fields, change] of rows) {
      const row = ws.getRow(r++);
      row.values = [measure, key, kind, fields];
      row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
      row.getCell(LIST_CHANGE).value = money(change);
      row.getCell(LIST_CHANGE).numFmt = MONEY;
    }
    if (rows.length === 0) ws.getCell(ref(1, r++)).value = x.none;
    const totalRow = ws.getRow(r);
    styleTotal(totalRow, LIST_CHANGE);
    totalRow.getCell(1).value = x.total;
    setFormula(totalRow.getCell(LIST_CHANGE), rows.length > 0 ? `SUM(${ref(LIST_CHANGE, firstRow)}:${ref(LIST_CHANGE, r - 1)})` : '0', sumOf);
    totalRow.getCell(LIST_CHANGE).numFmt = MONEY;
    r += 3;
  };
  const fields = (f: readonly string[]): string => f.map((k) => x.fields[k as keyof ChangesLabels['fields']]).join(', ');
  list(x.casesTitle, x.casesNote, lh.caseRef,
    c.cases.map((k) => [k.measure, maskCprs ? maskCpr(k.caseRef) : k.caseRef, x.kinds[k.kind], fields(k.fields), k.change] as const), c.listTotals.cases);
  list(x.riskCasesTitle, null, lh.caseRef,
    c.riskCases.map((k) => [k.measure, maskCprs ? maskCpr(k.caseRef) : k.caseRef, x.kinds[k.kind], fields(k.fields), k.change] as const), c.listTotals.riskCases);
  list(x.intakeTitle, null, lh.month,
    c.intakes.map((k) => [k.measure, formatYearMonth(k.month), x.kinds[k.kind], fields(k.fields), k.change] as const), c.listTotals.intakes);

  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // Only the names are frozen: the lists below the waterfall have headers of their own.
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 0, topLeftCell: 'B1', activeCell: 'A1' }];
  printSetup(ws, undefined, x.page);
}
