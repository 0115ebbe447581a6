/**
 * The workbook of `prognose history --out`: the sheet "Historik". Per measure and in total the
 * expected result as each archived run saw it (one column per run, the final run last); with the
 * year's final run also each earlier run's error against it as a formula (expected then − the final
 * column), and the mean absolute error and bias as formulas over those errors
 * (ROUND(SUMPRODUCT(ABS(…))/COUNT(…);2) and ROUND(SUM(…)/COUNT(…);2)), the engine's figures
 * cached. Written to a temporary file and renamed into place; the file's metadata and zip entries
 * carry `fileTime`. Only formatting. Exports: writeHistoryWorkbook, HISTORY_SHEET.
 */
import type ExcelJS from 'exceljs';
import { formatYearMonth } from '../../model/civil-date.js';
import type { History, HistoryLine } from '../../model/history.js';
import { writeFileSafely } from '../write-safely.js';
import { Book } from './book.js';
import { writeXlsx } from './xlsx-writer.js';
import { quoteLine } from '../history-table.js';
import { font, MONEY, money, printSetup, ref, setFormula, styleHeader, styleTitle, styleTotal } from './layout.js';

export const HISTORY_SHEET = 'Historik';

export async function writeHistoryWorkbook(h: History, path: string, fileTime: Date): Promise<void> {
  const wb = new Book();
  wb.creator = 'prognose';
  wb.lastModifiedBy = 'prognose';
  wb.title = `Historik ${h.year}`;
  wb.created = fileTime;
  wb.modified = fileTime;
  wb.calcProperties = { fullCalcOnLoad: true };
  writeHistorySheet(wb.addWorksheet(HISTORY_SHEET), h);
  await writeFileSafely(path, async (temp) => {
    await writeXlsx(temp, wb, { time: fileTime });
  });
}

function writeHistorySheet(ws: ExcelJS.Worksheet, h: History): void {
  const runs = h.runs.length;
  const FIRST = 2;
  const LAST_RUN = FIRST + runs - 1;
  const MAE = LAST_RUN + 1;
  const BIAS = LAST_RUN + 2;
  ws.getCell('A1').value = `Forventet regnskab ${h.year}, som hver arkiveret kørsel så det`;
  styleTitle(ws, 1);
  const notes = h.hasFinal
    ? ['Årets sidste kørsel (pr. december) er regnskabet. Fejl = forventet dengang − regnskab; MAE = gennemsnittet af |fejl|, bias = gennemsnittet af fejl.',
      'Bias > 0: prognoserne lå i gennemsnit over regnskabet (forbruget blev ikke undervurderet); bias < 0: under.']
    : ['Arkivet har endnu ikke årets sidste kørsel (pr. december), så fejlen kan ikke gøres op endnu.'];
  notes.forEach((note, i) => {
    ws.getCell(`A${2 + i}`).value = note;
    ws.getCell(`A${2 + i}`).font = font({ italic: true });
  });
  let r = 2 + notes.length;
  if (h.quote) {
    ws.getCell(`A${r}`).value = quoteLine(h.quote);
    ws.getCell(`A${r}`).font = font({ bold: true });
    r++;
  }
  r++;
  const lines: [string, HistoryLine][] = [...h.measures.map((m): [string, HistoryLine] => [m.measure, m]), ['I alt', h.total]];
  const runHeaders = h.runs.map((x) => (x.asOf === null ? 'Budget' : x.closedMonths === 12 ? `Regnskab (pr. ${formatYearMonth(x.asOf)})` : `Pr. ${formatYearMonth(x.asOf)}`));

  /** A header row and one row per line; returns the first line's row. */
  const block = (title: string, lastCol: number, extra: readonly string[], fill: (line: HistoryLine, row: ExcelJS.Row) => void): number => {
    const header = ws.getRow(r++);
    header.values = [title, ...runHeaders, ...extra];
    styleHeader(header, lastCol);
    for (let c = FIRST; c <= lastCol; c++) header.getCell(c).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };
    const first = r;
    for (const [name, line] of lines) {
      const row = ws.getRow(r++);
      if (line === h.total) styleTotal(row, lastCol, true);
      row.getCell(1).value = name;
      fill(line, row);
      for (let c = FIRST; c <= lastCol; c++) row.getCell(c).numFmt = MONEY;
    }
    return first;
  };

  const expectedFirst = block('Forventet regnskab', LAST_RUN, [], (line, row) => {
    line.expected.forEach((v, i) => {
      if (v !== null) row.getCell(FIRST + i).value = money(v);
    });
  });
  if (h.hasFinal) {
    r += 2;
    let j = 0;
    block('Fejl (forventet − regnskab)', BIAS, ['MAE', 'Bias'], (line, row) => {
      const at = expectedFirst + j++;
      line.errors.forEach((e, i) => {
        if (e !== null) setFormula(row.getCell(FIRST + i), `${ref(FIRST + i, at)}-${ref(LAST_RUN, at)}`, e);
      });
      const range = `${ref(FIRST, row.number)}:${ref(LAST_RUN - 1, row.number)}`;
      if (line.meanAbsoluteError !== null) setFormula(row.getCell(MAE), `ROUND(SUMPRODUCT(ABS(${range}))/COUNT(${range}),2)`, line.meanAbsoluteError);
      if (line.bias !== null) setFormula(row.getCell(BIAS), `ROUND(SUM(${range})/COUNT(${range}),2)`, line.bias);
    });
  }
  ws.getColumn(1).width = 32;
  for (let c = FIRST; c <= (h.hasFinal ? BIAS : LAST_RUN); c++) ws.getColumn(c).width = 16;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 0, topLeftCell: 'B1', activeCell: 'A1' }];
  printSetup(ws, undefined, 'Side &P af &N');
}
