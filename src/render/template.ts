/**
 * The empty project `prognose init` writes, built from the table specs (read/table-spec.ts): every
 * table with its Danish headers and one example row that is commented out. A row whose first
 * non-empty cell starts with `#` is a comment that the readers skip (read/raw-table.ts, isCommentRow), so the
 * untouched template reads as empty tables; deleting the `# ` makes the example a real row.
 *
 * Two forms:
 * - CSV as Danish Excel saves it: windows-1252, `;`, CRLF, 1.234.567,89, dd.mm.åååå;
 * - one workbook: an "Om" sheet explaining each column and method, then a sheet per table with
 *   typed example cells (numbers, real dates) and column formats for what people will type.
 *
 * A per-year column (Budget ÅÅÅÅ) is written for the year after the budget year (`Budget 2027`).
 *
 * Exports: COMMENT_MARK, templateExamples, templateHeader, TemplateFile, templateCsvFiles, templateWorkbook, TEMPLATE_WORKBOOK.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { formatDate, formatYearMonth, type CivilDate, type YearMonth } from '../model/civil-date.js';
import { formatDanishAmount, money } from '../model/money.js';
import { METHODS, METHOD_LABELS, type Method } from '../model/method.js';
import { TABLES, type ColumnSpec, type ColumnType, type TableKey, type TableSpec } from '../model/table-schema.js';

/** Put before the first cell of a row to make it a comment. */
export const COMMENT_MARK = '# ';

/** The one-workbook template's file name. */
export const TEMPLATE_WORKBOOK = 'model.xlsx';

/** An example cell: text, a number (whole kroner, a count, possibly with decimals, or a percent for probabilities), a date or a month. */
type Example = string | number | CivilDate | YearMonth;

/** The header a template writes for a column: its label, a per-year column's for the year after `year`. */
export function templateHeader(column: ColumnSpec, year: number): string {
  return column.perYear ? column.label.replace('ÅÅÅÅ', String(year + 1)) : column.label;
}

/** A CPR number (with a valid modulus-11 check) of someone born 1 March `birthYear` (2000-2036). */
function exampleCpr(birthYear: number): string {
  const head = `0103${String(birthYear % 100).padStart(2, '0')}4`;
  for (let serial = 0; ; serial++) {
    const digits = `${head}${String(serial).padStart(2, '0')}`.split('').map(Number);
    const check = (11 - ([4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * digits[i]!, 0) % 11)) % 11;
    if (check < 10) return `${head.slice(0, 6)}-${head.slice(6)}${String(serial).padStart(2, '0')}${check}`;
  }
}

/**
 * One example row per table, by column key; together they make a tiny consistent project for
 * `year`. The transition's case turns 18 on 1 March of the year after (Startdato blank: the 18th
 * birthday), so with one year it adds nothing.
 */
export function templateExamples(year: number): Readonly<Record<TableKey, Readonly<Record<string, Example>>>> {
  return {
    measures: {
      account: '5.28.20', area: 'Børn og unge', measure: 'Opholdssteder', method: 'disposition',
      budget: 29_000_000, laterBudget: 29_500_000, budgetPersons: 40.5, pool: 1_000_000, restPool: '', ageLimit: '', estimate: '', averagePrice: 59_100,
    },
    dispositions: {
      caseRef: '010114-4003', measure: 'Opholdssteder', rate: 44_398, unit: 'måned',
      start: { year, month: 10, day: 1 }, stop: { year: 9999, month: 1, day: 1 }, status: 'aktuel', kind: '', caseworker: 'Mette Kjær',
    },
    actuals: { measure: 'Opholdssteder', month: { year, month: 1 }, amount: 2_249_018 },
    riskCases: {
      caseRef: 'R-001', measure: 'Opholdssteder', count: 1, unitCost: 62_500, probability: 40,
      start: { year, month: 10, day: 1 }, duration: 6, stop: '',
    },
    intakes: { measure: 'Opholdssteder', month: { year, month: 11 }, intake: 1, exit: 0, averagePrice: 59_100 },
    transitions: {
      caseRef: exampleCpr(year + 1 - 18), measure: 'Opholdssteder', start: '', rate: 52_000, unit: 'måned', probability: 60, stop: '',
    },
    priceChanges: { year: year + 1, percent: 3.25 },
  };
}

const METHOD_USE: Readonly<Record<Method, string>> = {
  disposition: 'takster på CPR-niveau fra Dispositioner, plus Risikosager, Tilgang og Pulje - fx anbringelser og botilbud',
  glidende: 'de åbne måneder fremskrives med gennemsnittet af de seneste 12 måneders forbrug - fx efterskoleophold',
  tolvtedele: 'budgettet periodiseres i tolvtedele - fx advokatudgifter',
  ramme: 'decentral rammestyring: forventet regnskab = budgettet - fx kommunens eget børnehjem',
  skøn: 'forventet regnskab = kolonnen Skøn - fx den centrale refusionsordning',
};

/** The example as Danish Excel writes it in a CSV file, by the column's type (model/table-schema.ts). */
function csvText(example: Example, type: ColumnType): string {
  if (typeof example === 'string') return example;
  if (typeof example === 'number') {
    if (type === 'amount' || type === 'rate') return formatDanishAmount(money(example));
    if (type === 'year') return String(example);
    return type === 'percent' ? `${example} %` : String(example).replace('.', ',');
  }
  return 'day' in example ? formatDate(example) : formatYearMonth(example);
}

function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function exampleRow(spec: TableSpec, year: number): Example[] {
  const examples = templateExamples(year)[spec.key];
  return spec.columns.map((c) => examples[c.key] ?? '');
}

const exampleTypes = (spec: TableSpec): ColumnType[] => spec.columns.map((c) => c.type);

const fileName = (spec: TableSpec, ext: string) => `${spec.name.toLowerCase()}.${ext}`;

export interface TemplateFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One CSV file per table, as Danish Excel writes them. */
export function templateCsvFiles(year: number): TemplateFile[] {
  return Object.values(TABLES).map((spec) => {
    const types = exampleTypes(spec);
    const cells = exampleRow(spec, year).map((e, i) => csvText(e, types[i]!));
    cells[0] = COMMENT_MARK + cells[0];
    const text = [spec.columns.map((c) => templateHeader(c, year)), cells].map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n';
    return { name: fileName(spec, 'csv'), bytes: iconv.encode(text, 'windows-1252') };
  });
}

const DATE_FORMAT = 'dd.mm.yyyy';
const AMOUNT_FORMAT = '#,##0.00';

/** The example as a typed cell with the column's format, by the column's type. */
function cellValue(example: Example, type: ColumnType): { value: ExcelJS.CellValue; numFmt?: string } {
  if (typeof example === 'string') return { value: example === '' ? null : example };
  if (typeof example === 'number') {
    if (type === 'amount' || type === 'rate') return { value: example, numFmt: AMOUNT_FORMAT };
    if (type === 'percent') return { value: example / 100, numFmt: '0 %' };
    if (type === 'year') return { value: example, numFmt: '0' };
    if (type === 'change') return { value: example, numFmt: '0.00' };
    return { value: example, numFmt: Number.isInteger(example) ? '0' : '0.0' };
  }
  if ('day' in example) return { value: new Date(Date.UTC(example.year, example.month - 1, example.day)), numFmt: DATE_FORMAT };
  return { value: formatYearMonth(example), numFmt: '@' };
}

function addOmSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Om');
  ws.columns = [{ width: 18 }, { width: 18 }, { width: 14 }, { width: 90 }];
  const title = ws.addRow(['Om denne projektmappe']);
  title.font = { bold: true, size: 14 };
  for (const line of [
    `Udfyld et ark pr. tabel og kør:  prognose forecast ${TEMPLATE_WORKBOOK}`,
    'Række 1 i hvert ark er overskrifterne. Kolonnerne må stå i vilkårlig rækkefølge, og ekstra kolonner (fx Institution, Sagsbehandler) må gerne tilføjes; de bruges ikke.',
    'Række 2 er et eksempel. Rækker hvis første udfyldte celle begynder med # læses ikke: slet eksemplet, eller overskriv det med en rigtig række.',
    'Foranstaltninger skal udfyldes; de andre ark må være tomme. Skjulte ark og dette ark læses ikke.',
    'Beløb i kr. (udgift positiv, indtægt negativ). Datoer som datoer eller dd.mm.åååå; måneder som åååå-mm.',
  ]) ws.addRow([line]);
  ws.addRow([]);
  const head = ws.addRow(['Ark', 'Kolonne', 'Skal udfyldes', 'Forklaring']);
  head.font = { bold: true };
  for (const spec of Object.values(TABLES)) {
    for (const col of spec.columns) ws.addRow([spec.name, col.label, col.required ? 'ja' : 'nej', col.description]);
  }
  ws.addRow([]);
  const methods = ws.addRow(['Metode', 'Navn', '', 'Bruges til (kolonnen Metode i Foranstaltninger)']);
  methods.font = { bold: true };
  for (const m of METHODS) ws.addRow([m, METHOD_LABELS[m].da, '', METHOD_USE[m]]);
}

/** The one-workbook template: "Om", then a sheet per table. */
export async function templateWorkbook(year: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'prognose';
  addOmSheet(wb);
  for (const spec of Object.values(TABLES)) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const types = exampleTypes(spec);
    const examples = exampleRow(spec, year).map((e, i) => cellValue(e, types[i]!));
    ws.columns = spec.columns.map((c, i) => ({
      width: Math.max(templateHeader(c, year).length + 4, 16),
      ...(examples[i]!.numFmt !== undefined ? { style: { numFmt: examples[i]!.numFmt! } } : {}),
    }));
    const header = ws.addRow(spec.columns.map((c) => templateHeader(c, year)));
    header.font = { bold: true };
    spec.columns.forEach((c, i) => {
      header.getCell(i + 1).note = `${c.description}${c.required ? ' (skal udfyldes)' : ''}`;
    });
    const row = ws.addRow(examples.map((e) => e.value));
    row.font = { italic: true, color: { argb: 'FF808080' } };
    const first = row.getCell(1);
    first.value = `${COMMENT_MARK}${first.text}`;
    first.numFmt = '@';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
