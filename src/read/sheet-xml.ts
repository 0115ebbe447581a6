/**
 * One worksheet's XML → rows of cell values, in one pass over exceljs's SAX events (saxes: no
 * entities from outside, no regex over the XML), so reading is linear in the part's size whatever
 * its shape. Each cell's value is what read/xlsx.ts cellToText takes:
 * - a number cell (`t="n"` or no `t`) → the number when its text is an xsd number; any other text
 *   (`45.000,00`, `12abc`) → that text, for the column's convention to read (Danish `45.000,00`
 *   is 45000, `12abc` an error at the cell), never a number read from its first digits;
 * - a shared string (`t="s"`) → the string (or rich text); an index that is not in the table is a
 *   CellFault;
 * - `t="str"`, `t="inlineStr"`, and ISO dates `t="d"` → their text (a date's text reaches the date
 *   convention, as written);
 * - `t="b"` → a boolean, `t="e"` → { error };
 * - a formula → { formula, result } with the cached result (a number, text, NaN for an error).
 * Rows and cells without an `r` attribute (the standard allows leaving it out) follow the one
 * before; an `r` that is not a cell reference is a CellFault.
 *
 * Exports: sheetRows, SheetRow, SheetCell, SheetContext, CellFault.
 */
// exceljs ships its SAX front (saxes) as a CommonJS module.
import { createRequire } from 'node:module';

const parseSax = createRequire(import.meta.url)('exceljs/lib/utils/parse-sax.js') as (
  iterable: AsyncIterable<string>,
) => AsyncGenerator<{ eventType: string; value: { name?: string; attributes?: Record<string, string> } | string }[]>;

/** A cell that cannot be read as it claims to be: an error at the cell. */
export class CellFault {
  constructor(readonly message: string, readonly text: string) {}
}

export interface SheetCell {
  /** 1-based column. */
  readonly column: number;
  readonly value: unknown;
  readonly numFmt?: string;
}

export interface SheetRow {
  /** 1-based row number. */
  readonly number: number;
  readonly cells: SheetCell[];
  /** A fault of the row itself (a bad `r`), reported at the row. */
  readonly fault?: CellFault;
}

export interface SheetContext {
  readonly sharedStrings: readonly unknown[];
  /** The number format of a cell style (the `s` attribute), if any. */
  numFmt(styleId: number): string | undefined;
}

/** An xsd:double as a spreadsheet writes it: `45000`, `-1.5`, `4.5E+4`, `.5`. */
const XSD_NUMBER = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW_REF = /^\d{1,7}$/;
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const local = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

interface OpenCell {
  column: number;
  type: string;
  style: number;
  value?: string;
  formula?: string;
  fault?: CellFault;
}

/** A number cell's value: the number of an xsd number, else its text as written (for the column's convention). */
function numberOf(text: string): number | string {
  if (text.trim() === '') return Number.NaN; // an empty <v/>: an empty cell
  if (!XSD_NUMBER.test(text)) return text;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

function valueOf(c: OpenCell, shared: readonly unknown[]): unknown {
  if (c.fault) return c.fault;
  if (c.formula !== undefined) {
    if (c.value === undefined) return { formula: c.formula };
    if (c.type === 'str' || c.type === 'inlineStr') return { formula: c.formula, result: c.value };
    if (c.type === 'e') return { formula: c.formula, result: Number.NaN };
    if (c.type === 'b') return { formula: c.formula, result: c.value.trim() === '1' || c.value.trim() === 'true' };
    if (c.type === 'd') return { formula: c.formula, result: c.value };
    return { formula: c.formula, result: numberOf(c.value) };
  }
  if (c.value === undefined) return undefined;
  switch (c.type) {
    case 's': {
      const index = /^\s*\d+\s*$/.test(c.value) ? Number(c.value) : -1;
      if (index < 0 || index >= shared.length) return new CellFault(`cellen peger på tekst nr. ${c.value.slice(0, 20)}, som regnearket ikke har`, c.value);
      return shared[index];
    }
    case 'str':
    case 'inlineStr':
    case 'd':
      return c.value;
    case 'e':
      return { error: c.value };
    case 'b':
      return c.value.trim() === '1' || c.value.trim() === 'true';
    case 'n':
    case '':
      return numberOf(c.value);
    default:
      return new CellFault(`cellen har en ukendt type (t="${c.type.slice(0, 10)}")`, c.value);
  }
}

/** The rows of one sheet's XML, in order, each with its non-empty cells. */
export async function* sheetRows(xml: AsyncIterable<string>, ctx: SheetContext): AsyncGenerator<SheetRow> {
  let inData = false;
  let row: { number: number; cells: SheetCell[]; fault?: CellFault } | null = null;
  let lastRow = 0;
  let lastColumn = 0;
  let cell: OpenCell | null = null;
  /** Where text goes: the cell's value, its formula, or nowhere. */
  let target: 'value' | 'formula' | null = null;
  let inPhonetic = false;
  let inInline = false;
  for await (const events of parseSax(xml)) {
    for (const { eventType, value } of events) {
      if (eventType === 'text') {
        if (cell && target && !inPhonetic) {
          const text = value as string;
          if (target === 'value') cell.value = (cell.value ?? '') + text;
          else cell.formula = (cell.formula ?? '') + text;
        }
        continue;
      }
      const node = value as { name: string; attributes: Record<string, string> };
      const name = local(node.name);
      if (eventType === 'opentag') {
        if (name === 'sheetData') inData = true;
        else if (!inData) continue;
        else if (name === 'row') {
          const r = node.attributes['r'];
          let fault: CellFault | undefined;
          let number = lastRow + 1;
          if (r !== undefined) {
            if (ROW_REF.test(r.trim()) && Number(r) >= 1 && Number(r) <= MAX_ROW) number = Number(r);
            else fault = new CellFault('rækkens nummer (r) er ikke et rækkenummer', r);
          }
          lastRow = number;
          lastColumn = 0;
          row = { number, cells: [], ...(fault ? { fault } : {}) };
        } else if (name === 'c' && row) {
          const r = node.attributes['r'];
          let column = lastColumn + 1;
          let fault: CellFault | undefined;
          if (r !== undefined) {
            const m = CELL_REF.exec(r.trim());
            if (m && columnOf(m[1]!) <= MAX_COLUMN) column = columnOf(m[1]!);
            else fault = new CellFault('cellens adresse (r) er ikke en celleadresse', r);
          }
          if (column > MAX_COLUMN) fault = new CellFault('cellen ligger efter regnearkets sidste kolonne', r ?? '');
          lastColumn = column;
          const s = node.attributes['s'];
          cell = { column, type: node.attributes['t'] ?? '', style: s !== undefined && /^\d+$/.test(s) ? Number(s) : -1, ...(fault ? { fault } : {}) };
          target = null;
        } else if (cell) {
          if (name === 'v') {
            target = 'value';
            cell.value ??= '';
          } else if (name === 'f') {
            target = 'formula';
            cell.formula ??= '';
          } else if (name === 'is') {
            inInline = true;
            cell.value ??= '';
          } else if (name === 't' && inInline) target = 'value';
          else if (name === 'rPh') inPhonetic = true;
        }
      } else if (eventType === 'closetag') {
        if (!inData) continue;
        if (name === 'sheetData') inData = false;
        else if (name === 'rPh') inPhonetic = false;
        else if ((name === 'v' || name === 'f') && cell) target = null;
        else if (name === 't' && cell) target = null;
        else if (name === 'is' && cell) inInline = false;
        else if (name === 'c' && cell && row) {
          const v = valueOf(cell, ctx.sharedStrings);
          if (v !== undefined) {
            const numFmt = cell.style >= 0 ? ctx.numFmt(cell.style) : undefined;
            row.cells.push({ column: cell.column, value: v, ...(numFmt !== undefined ? { numFmt } : {}) });
          }
          cell = null;
          target = null;
        } else if (name === 'row' && row) {
          yield row;
          row = null;
        }
      }
    }
  }
}
