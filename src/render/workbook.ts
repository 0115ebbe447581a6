/**
 * The workbook renderer: the Forecast as an .xlsx follow-up workbook (overview and months sheets).
 * It only formats; every amount comes from the Forecast. Exports: writeWorkbook.
 */
import ExcelJS from 'exceljs';
import { formatYearMonth } from '../model/civil-date.js';
import type { Money } from '../model/money.js';
import type { Forecast } from '../forecast/types.js';
import { writeFileSafely } from './write-safely.js';

const MONEY_FORMAT = '#,##0.00;-#,##0.00';
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'];
const CLOSED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };

const num = (m: Money): number => m.toNumber();

export async function writeWorkbook(f: Forecast, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'prognose';
  const { year, asOf, closedMonths } = f.period;

  const overview = wb.addWorksheet('Oversigt');
  overview.addRow([`Forventet regnskab ${year}`]);
  overview.addRow([closedMonths > 0 && asOf ? `Forbrug til og med ${formatYearMonth(asOf)}` : 'Ingen lukkede måneder']);
  overview.addRow([]);
  overview.addRow(['Konto', 'Område', 'Foranstaltning', 'Metode', 'Korrigeret budget', 'Forbrug', 'Prognose', 'Forventet regnskab', 'Afvigelse']).font = { bold: true };
  for (const m of f.measures) {
    overview.addRow([m.measure.account, m.measure.area, m.measure.name, m.measure.method, num(m.budget), num(m.actual), num(m.forecast), num(m.expected), num(m.deviation)]);
  }
  const t = f.total;
  overview.addRow(['', '', 'I alt', '', num(t.budget), num(t.actual), num(t.forecast), num(t.expected), num(t.deviation)]).font = { bold: true };
  for (let c = 5; c <= 9; c++) overview.getColumn(c).numFmt = MONEY_FORMAT;
  overview.columns.forEach((col, i) => (col.width = i === 2 ? 36 : i >= 4 ? 18 : 14));

  const months = wb.addWorksheet('Måneder');
  months.addRow(['Foranstaltning', ...MONTH_NAMES.map((n) => `${n} ${year}`), 'I alt']).font = { bold: true };
  const addMonthRow = (name: string, values: readonly Money[], total: Money): ExcelJS.Row => {
    const row = months.addRow([name, ...values.map(num), num(total)]);
    for (let i = 0; i < closedMonths; i++) row.getCell(i + 2).fill = CLOSED_FILL;
    return row;
  };
  for (const m of f.measures) addMonthRow(m.measure.name, m.months, m.expected);
  addMonthRow('I alt', t.months, t.expected).font = { bold: true };
  months.addRow([]);
  months.addRow(['Grøn baggrund = lukket måned (faktisk forbrug); hvid = prognose']);
  for (let c = 2; c <= 14; c++) months.getColumn(c).numFmt = MONEY_FORMAT;
  months.columns.forEach((col, i) => (col.width = i === 0 ? 36 : 14));

  await writeFileSafely(path, (temp) => wb.xlsx.writeFile(temp));
}
