/**
 * The line rows of the Dispositioner sheet, written as bytes (a ByteRows of xlsx-writer.ts): per
 * disposition line its case, measure, rate, unit, start, stop as written, status, the twelve month
 * amounts and the year total as SUM, cell for cell what exceljs would write for those values and
 * styles, but straight into the sheet's part. Month amounts and totals are printed from the
 * Forecast's exact integer øre (DispositionLines), never through a Money; a line off the øre path
 * prints its Money's number. The row and every cell carry r= (Gnumeric drops a cell without it:
 * ssconvert said "Invalid cell [C-1]0" for each): the constant bytes between values are templates
 * cut where the row number goes (Template, putTemplate).
 * After the year total, the case review's columns (model/line-facts.ts): the case's age on the first
 * open day (column U, when known), the day it reaches its measure's age limit (V, when within the
 * year), then the row's cells of dispositioner's extra columns as written, in input order (from W,
 * inline strings, each naming its column; an empty cell is left out; with --mask-cpr any CPR number
 * in them masked). The sheet's Bemærkning
 * column after them is the consultant's: no line writes in it.
 * Counts the rows it writes: test/workbook-wiring.test.ts reads lineRowsWritten() to prove that a
 * real run writes its lines through here.
 *
 * Exports: LineRows, lineRowsWritten, FIRST_MONTH_COL, LAST_COL, AGE_COL, AGE_LIMIT_COL, FIRST_EXTRA_COL.
 */
import type ExcelJS from 'exceljs';
import { dayNumber, type CivilDate } from '../../model/civil-date.js';
import type { Forecast } from '../../model/forecast.js';
import { oreOf } from '../../model/ore.js';
import { ascii, needsPreserve, putBytes, putInt, putOre, putText, type ByteSink } from './byte-sink.js';
import { loadExcelJs } from './exceljs-parts.js';
import type { Labels } from './labels.js';
import { col, DATE, font, markMonth, MONEY, MONTH_MONEY } from './layout.js';
import type { ByteRows, ByteRun, Registry } from './xlsx-writer.js';

/** Columns A–G: case, measure, rate, unit, start, stop, status. */
const LINE_COLUMNS = 7;
export const FIRST_MONTH_COL = LINE_COLUMNS + 1;
/** The year total, after the twelve months. */
export const LAST_COL = FIRST_MONTH_COL + 12;
/** The case's age on the first open day, and the day it reaches the age limit. */
export const AGE_COL = LAST_COL + 1;
export const AGE_LIMIT_COL = LAST_COL + 2;
/** The first of dispositioner's extra columns (model/extra-columns.ts), in input order. */
export const FIRST_EXTRA_COL = LAST_COL + 3;

let written = 0;

/**
 * How many line rows the last workbook written in this process wrote through LineRows (reset when
 * a workbook starts); 0 before the first.
 */
export function lineRowsWritten(): number {
  return written;
}

type Style = Partial<ExcelJS.Style>;

/** Cell styles of the line rows, as the cells would have them. */
function lineStyles(closedMonths: number) {
  const probe = (set: (cell: ExcelJS.Cell) => void): Style => {
    const cell = {} as ExcelJS.Cell;
    set(cell);
    return { ...cell } as Style;
  };
  return {
    plain: {} as Style,
    rate: { numFmt: MONEY } as Style,
    centered: { alignment: { horizontal: 'center' } } as Style,
    date: { numFmt: DATE } as Style,
    months: Array.from({ length: 12 }, (_, i) => probe((c) => {
      c.numFmt = MONTH_MONEY;
      markMonth(c, i < closedMonths, false);
    })),
    total: { numFmt: MONTH_MONEY, font: font({ bold: true }) } as Style,
  };
}

/** An Excel serial day (1900 system) of a civil date, as exceljs writes a UTC-midnight Date. */
function excelDate(d: CivilDate): number {
  return excelSerial(dayNumber(d));
}

/** The serial of a day number (model/civil-date.ts). */
function excelSerial(day: number): number {
  return day + 25569;
}

const s = (id: number): string => (id ? ` s="${id}"` : '');
const ROW = ascii('<row r="');
const FIRST_CELL = ascii('"><c r="A');
const G_AT = ascii('</v></c><c r="G');
const SUM = ascii(`:${col(FIRST_MONTH_COL + 11)}`);
const CELL_END = ascii('</v></c>');
const ROW_CLOSE = ascii('</row>');
const TEXT_END = ascii('</t></is></c>');
/** Bytes of a row besides its case reference and any number printed off the øre path. */
const ROW_BYTES = 2048;

/** Where a template takes the row number. */
const ROW_NUMBER = '\u0001';
/** Constant bytes cut where the row number goes: parts[0] n parts[1] n … parts[last]. */
type Template = readonly Uint8Array[];
const template = (text: string): Template => text.split(ROW_NUMBER).map(ascii);
/** A cell's start with its reference: `<c r="H` n `"`. */
const cellAt = (column: number): string => `<c r="${col(column)}${ROW_NUMBER}"`;

function putTemplate(buf: Buffer, pos: number, t: Template, n: number): number {
  pos = putBytes(buf, pos, t[0]!);
  for (let i = 1; i < t.length; i++) {
    pos = putInt(buf, pos, n);
    pos = putBytes(buf, pos, t[i]!);
  }
  return pos;
}

/** A run of line rows: lines[from … to) of one block, from firstRow on. */
interface Block {
  readonly lines: readonly number[];
  readonly from: number;
  readonly to: number;
}

/**
 * The constant bytes between a row's values, by the value they follow (… the text or number
 * before them is written by the loop). Shared strings are registered on first use, so a unit or
 * status no line has is not in the workbook.
 */
interface Snippets {
  /** `" t="inlineStr"><is><t>` after `<c r="An`, plain or with xml:space="preserve". */
  readonly inline: Uint8Array;
  readonly inlinePreserve: Uint8Array;
  /** After the case: its cell's end, the measure's shared-string cell and the rate cell's start. */
  readonly afterCase: SharedStringCells;
  /** After the rate: the unit's cell and the start date cell's start. */
  readonly afterRate: SharedStringCells;
  /** After the start date: the stop date cell's start. */
  readonly stop: Template;
  /** After the stop date (or `<c r="Gn"` with none): the status cell and January's cell start. */
  readonly status: SharedStringCells;
  /** After month m (0 … 10): month m + 1's cell start; after December: the total cell up to SUM(H. */
  readonly months: readonly Template[];
  /** `<c r="U` before the row number, and after it up to the age's value. */
  readonly ageAt: Uint8Array;
  readonly ageValue: Uint8Array;
  /** `<c r="V` before the row number, and after it up to the date's serial. */
  readonly limitAt: Uint8Array;
  readonly limitValue: Uint8Array;
  /** Per extra column: `<c r="W` … before the row number. */
  readonly extraAt: readonly Uint8Array[];
}

export class LineRows implements ByteRows {
  /** The last column a line may write: the last extra column, or the age limit's. */
  readonly lastCol: number;
  private readonly runs = new Map<number, ByteRun[]>();
  private snippets!: Snippets;
  /** The workbook's edge for text (Registry.text: --mask-cpr's mask), for the case written inline. */
  private edge: (text: string) => string = (text) => text;

  constructor(private readonly f: Forecast, private readonly l: Labels) {
    this.lastCol = AGE_LIMIT_COL + f.dispositionExtras.headers.length;
  }

  /** Lines lines[from … to) on the sheet with id `sheetId`, in rows firstRow … on. */
  add(sheetId: number, firstRow: number, lines: readonly number[], from: number, to: number): void {
    const block: Block = { lines, from, to };
    const run: ByteRun = { firstRow, rowCount: to - from, write: (sink) => this.write(sink, firstRow, block) };
    const list = this.runs.get(sheetId);
    if (list) list.push(run);
    else this.runs.set(sheetId, [run]);
  }

  runsOn(sheetId: number): readonly ByteRun[] {
    return this.runs.get(sheetId) ?? [];
  }

  prepare(registry: Registry): void {
    written = 0;
    this.edge = registry.text;
    if (this.f.dispositionLines.months !== 12) throw new Error('Dispositioner: a line has twelve months');
    const { ValueType } = loadExcelJs();
    const styles = lineStyles(this.f.period.closedMonths);
    const id = (style: Style, type: ExcelJS.ValueType): string => s(registry.styleId(style, type));
    const plain = id(styles.plain, ValueType.String);
    const centered = id(styles.centered, ValueType.String);
    const date = (column: number): string => `${cellAt(column)}${id(styles.date, ValueType.Date)}><v>`;
    const months = styles.months.map((m, i) => `${cellAt(FIRST_MONTH_COL + i)}${id(m, ValueType.Number)}><v>`);
    const total = `${cellAt(LAST_COL)}${id(styles.total, ValueType.Formula)}><f>SUM(${col(FIRST_MONTH_COL)}`;
    this.snippets = {
      inline: ascii(`"${plain} t="inlineStr"><is><t>`),
      inlinePreserve: ascii(`"${plain} t="inlineStr"><is><t xml:space="preserve">`),
      afterCase: new SharedStringCells(registry, (i) => `</t></is></c>${cellAt(2)}${plain} t="s"><v>${i}</v></c>${cellAt(3)}${id(styles.rate, ValueType.Number)}><v>`),
      afterRate: new SharedStringCells(registry, (i) => `</v></c>${cellAt(4)}${centered} t="s"><v>${i}</v></c>${date(5)}`),
      stop: template(`</v></c>${date(6)}`),
      status: new SharedStringCells(registry, (i) => `${centered} t="s"><v>${i}</v></c>${months[0]}`),
      months: [...months.slice(1), total].map((next) => template(`</v></c>${next}`)),
      ageAt: ascii(`<c r="${col(AGE_COL)}`),
      ageValue: ascii(`"${id(styles.plain, ValueType.Number)}><v>`),
      limitAt: ascii(`<c r="${col(AGE_LIMIT_COL)}`),
      limitValue: ascii(`"${id(styles.date, ValueType.Date)}><v>`),
      extraAt: this.f.dispositionExtras.headers.map((_h, k) => ascii(`<c r="${col(FIRST_EXTRA_COL + k)}`)),
    };
  }

  private async write(sink: ByteSink, firstRow: number, block: Block): Promise<void> {
    const { rows, ore, totalOre, exact } = this.f.dispositionLines;
    const { age: ages, ageLimitDay } = this.f.lineFacts;
    const extraCount = this.f.dispositionExtras.headers.length;
    const { units, statuses } = this.l;
    const sn = this.snippets;
    const edge = this.edge;
    const monthSnippets = sn.months;
    let n = firstRow;
    for (let k = block.from; k < block.to; k++, n++) {
      const line = block.lines[k]!;
      const d = rows[line]!;
      const caseRef = edge(d.caseRef);
      const extra = d.extra;
      let extraBytes = 0;
      if (extra !== undefined) for (let k = 0; k < extraCount; k++) extraBytes += 96 + 6 * (extra[k]?.length ?? 0);
      const wait = sink.reserve(ROW_BYTES + 6 * caseRef.length + extraBytes);
      if (wait) await wait;
      const buf = sink.buf;
      let pos = sink.pos;

      // A: <row r="n"><c r="An" t="inlineStr"><is><t>case</t></is></c>; B: measure; C: rate.
      pos = putBytes(buf, pos, ROW);
      pos = putInt(buf, pos, n);
      pos = putBytes(buf, pos, FIRST_CELL);
      pos = putInt(buf, pos, n);
      pos = putBytes(buf, pos, needsPreserve(caseRef) ? sn.inlinePreserve : sn.inline);
      pos = putText(buf, pos, caseRef);
      pos = putTemplate(buf, pos, sn.afterCase.cell(d.measure), n);
      const rate = oreOf(d.rate);
      if (rate !== null) pos = putOre(buf, pos, rate);
      else pos += buf.write(String(d.rate.toNumber()), pos, 'latin1');
      // D: unit; E: start; F: stop as written (no cell without one); G: status.
      pos = putTemplate(buf, pos, sn.afterRate.cell(units[d.unit]), n);
      pos = putInt(buf, pos, excelDate(d.start));
      if (d.stopAsWritten) {
        pos = putTemplate(buf, pos, sn.stop, n);
        pos = putInt(buf, pos, excelDate(d.stopAsWritten));
      }
      pos = putBytes(buf, pos, G_AT);
      pos = putInt(buf, pos, n);
      buf[pos++] = 0x22; // "
      pos = putTemplate(buf, pos, sn.status.cell(statuses[d.status]), n);
      // H–S: the months; T: the year total as SUM with its figure. NaN øre: the line's Money.
      const at = line * 12;
      for (let m = 0; m < 12; m++) {
        const v = ore[at + m]!;
        if (v === v) pos = putOre(buf, pos, v);
        else pos += buf.write(String(exact.get(line)!.months[m]!.toNumber()), pos, 'latin1');
        pos = putTemplate(buf, pos, monthSnippets[m]!, n);
      }
      pos = putInt(buf, pos, n);
      pos = putBytes(buf, pos, SUM);
      pos = putInt(buf, pos, n);
      pos = putBytes(buf, pos, SUM_END);
      const total = totalOre[line]!;
      if (total === total) pos = putOre(buf, pos, total);
      else pos += buf.write(String(exact.get(line)!.total.toNumber()), pos, 'latin1');
      pos = putBytes(buf, pos, CELL_END);
      // U: the age on the first open day; V: the age limit's day within the year; W …: the extra cells.
      const age = ages[line]!;
      if (age >= 0) {
        pos = putBytes(buf, pos, sn.ageAt);
        pos = putInt(buf, pos, n);
        pos = putBytes(buf, pos, sn.ageValue);
        pos = putInt(buf, pos, age);
        pos = putBytes(buf, pos, CELL_END);
      }
      const limitDay = ageLimitDay[line]!;
      if (limitDay === limitDay && limitDay !== undefined) {
        pos = putBytes(buf, pos, sn.limitAt);
        pos = putInt(buf, pos, n);
        pos = putBytes(buf, pos, sn.limitValue);
        pos = putInt(buf, pos, excelSerial(limitDay));
        pos = putBytes(buf, pos, CELL_END);
      }
      if (extra !== undefined) {
        for (let k = 0; k < extraCount; k++) {
          const cell = extra[k];
          if (cell === undefined || cell === '') continue;
          // With --mask-cpr a CPR number the consultant keeps in a column of their own is masked too.
          const text = this.edge(cell);
          pos = putBytes(buf, pos, sn.extraAt[k]!);
          pos = putInt(buf, pos, n);
          pos = putBytes(buf, pos, needsPreserve(text) ? sn.inlinePreserve : sn.inline);
          pos = putText(buf, pos, text);
          pos = putBytes(buf, pos, TEXT_END);
        }
      }
      pos = putBytes(buf, pos, ROW_CLOSE);
      sink.pos = pos;
      written++;
    }
    sn.afterCase.flushCount();
    sn.afterRate.flushCount();
    sn.status.flushCount();
  }
}

const SUM_END = ascii(')</f><v>');

/** Constant bytes around a shared string's index, by the string: registered on first use. */
class SharedStringCells {
  private readonly cells = new Map<string, Template>();
  private references = 0;
  private lastText: string | null = null;
  private lastCell: Template = [];

  constructor(private readonly registry: Registry, private readonly around: (index: number) => string) {}

  cell(text: string): Template {
    // Lines come grouped by measure and status: mostly the same text as the last row's.
    if (text === this.lastText) {
      this.references++;
      return this.lastCell;
    }
    let cell = this.cells.get(text);
    if (cell === undefined) {
      cell = template(this.around(this.registry.sharedString(text)));
      this.cells.set(text, cell);
    } else this.references++;
    this.lastText = text;
    this.lastCell = cell;
    return cell;
  }

  /** Counts the references made since the last call (a new string counted its first). */
  flushCount(): void {
    this.registry.countSharedStrings(this.references);
    this.references = 0;
  }
}
