/**
 * The fast path of the CSV reader for simple files: no quote character anywhere. Each record ends
 * at its own line break, CRLF, LF or CR (rows appended with LF to an Excel CRLF file stay rows of
 * their own). For such text a record is a line and a field is what lies between delimiters, so
 * the result equals csv-parse's with the reader's options (relax_column_count, skip_empty_lines
 * false, bom, every line break a record delimiter) - test/csv-simple.test.ts checks it.
 *
 * Exports: splitSimpleCsv, SimpleCsv, simpleCsvUse.
 * splitSimpleCsv(text, delimiter) → { header, rows } or null when the text is not simple (the
 * caller then uses csv-parse). Rows are the non-blank lines after the header with their 1-based
 * line numbers, as RawRows (read/raw-table.ts); eachRow visits them with one row object moved
 * from line to line, so a million rows do not mean a million row objects. A row reads its cells
 * straight from the file's text: cell(i) / trimmed(i) find the cell's bounds (located once per
 * row, into bounds shared by the table's rows) and cut just that cell, without splitting the row;
 * a column with few distinct texts hands out one string per text, recognised in place. Where a
 * row lies in the text stays inside this file. simpleCsvUse counts the tables and rows it gave
 * (test/fast-paths.test.ts checks that a real run reads through it).
 */
import type { RawRow } from './raw-table.js';

/** Tables split and row objects handed out by this fast path since the counts were last reset (set them to 0). */
export const simpleCsvUse = { tables: 0, rows: 0 };

export interface SimpleCsv {
  readonly header: { readonly line: number; readonly cells: readonly string[] };
  /** Made on first read, a row object each; eachRow gives the same rows one at a time, through one row object. */
  readonly rows: readonly RawRow[];
  readonly rowCount: number;
  readonly eachRow: (visit: (row: RawRow) => void) => void;
}

/** Distinct texts a column may have and still be read as few texts. */
const FEW_TEXTS = 32;

/**
 * What the rows of one table share. Where the cells of the row read last lie: cell k is
 * text[from[k], to[k]); rows are read one after another, so a row locates its cells once (as far
 * as they are asked for), and again only if another row was read in between. And each column's
 * few distinct texts.
 */
class CellBounds {
  row: TextRow | undefined = undefined;
  /** Cells located so far. */
  count = 0;
  /** Where the next cell starts; past the row's end when every cell is located. */
  next = 0;
  from = new Int32Array(32);
  to = new Int32Array(32);

  /** Per column: its distinct trimmed texts while they are few; null once there were more than FEW_TEXTS. */
  private readonly few: (string[] | null | undefined)[] = [];

  /**
   * Trimmed cell i, text[a, z) (a < z), as a string. A column with few distinct texts (measures,
   * units, statuses, months) hands each out as one string, recognised in place: no new string per
   * row. Other cells are cut from the text.
   */
  text(text: string, i: number, a: number, z: number): string {
    let known = this.few[i];
    if (known === null) return text.slice(a, z);
    if (known === undefined) this.few[i] = known = [];
    const n = z - a;
    for (let k = 0; k < known.length; k++) {
      const t = known[k]!;
      if (t.length === n && text.startsWith(t, a)) return t;
    }
    if (known.length === FEW_TEXTS) {
      this.few[i] = null;
      return text.slice(a, z);
    }
    // A string of its own (V8 shares the file's text with slices of 13 characters or more).
    const own = n < 13 ? text.slice(a, z) : (' ' + text.slice(a, z)).slice(1);
    known.push(own);
    return own;
  }

  grow(): void {
    const from = new Int32Array(this.from.length * 2);
    const to = new Int32Array(this.to.length * 2);
    from.set(this.from);
    to.set(this.to);
    this.from = from;
    this.to = to;
  }
}

/** A row whose cells are read from the file's text when asked for. */
class TextRow implements RawRow {
  constructor(
    private readonly text: string,
    /** The row's characters are text[start, end). */
    private start: number,
    private end: number,
    private readonly delimiter: string,
    public line: number,
    /** The whole file has no control characters (read/cell-check.ts's set), so rows need not be scanned for them. */
    private readonly controlFree: boolean,
    private readonly bounds: CellBounds,
  ) {}

  /** Makes this the row text[start, end) of the given line (eachRow's one row object, moved along the file). */
  moveTo(start: number, end: number, line: number): this {
    this.start = start;
    this.end = end;
    this.line = line;
    if (this.bounds.row === this) this.bounds.row = undefined;
    return this;
  }

  get cells(): readonly string[] {
    return this.text.slice(this.start, this.end).split(this.delimiter);
  }

  cell(i: number): string {
    const b = this.locate(i);
    return i < b.count ? this.text.slice(b.from[i]!, b.to[i]!) : '';
  }

  trimmed(i: number): string {
    const b = this.locate(i);
    if (i >= b.count) return '';
    const text = this.text;
    let a = b.from[i]!;
    let z = b.to[i]!;
    while (a < z && isWhiteSpace(text.charCodeAt(a))) a++;
    while (z > a && isWhiteSpace(text.charCodeAt(z - 1))) z--;
    return a === z ? '' : b.text(text, i, a, z);
  }

  /** The shared bounds, holding this row's cells up to cell i (or all of them, when it has fewer). */
  private locate(i: number): CellBounds {
    const b = this.bounds;
    if (b.row !== this) {
      b.row = this;
      b.count = 0;
      b.next = this.start;
    }
    if (i < b.count) return b;
    const { text, end } = this;
    const d = this.delimiter.charCodeAt(0);
    while (b.count <= i && b.next <= end) {
      let stop = b.next;
      while (stop < end && text.charCodeAt(stop) !== d) stop++;
      if (b.count === b.from.length) b.grow();
      b.from[b.count] = b.next;
      b.to[b.count] = stop;
      b.count++;
      b.next = stop + 1;
    }
    return b;
  }

  /** read/raw-table.ts RawRow.isPlain: few enough fields, no control characters (tab only as the delimiter), not too long. */
  isPlain(fields: number, maxLength: number): boolean {
    if (this.end - this.start >= maxLength) return false;
    const d = this.delimiter;
    let n = 1;
    if (this.controlFree) {
      for (let i = this.text.indexOf(d, this.start); i >= 0 && i < this.end; i = this.text.indexOf(d, i + 1)) n++;
      return n <= fields;
    }
    const dc = d.charCodeAt(0);
    for (let i = this.start; i < this.end; i++) {
      const c = this.text.charCodeAt(i);
      if (c === dc) n++;
      else if ((c < 32 && c !== 9) || c === 127) return false;
    }
    return n <= fields;
  }

  /** Cells in the row: its delimiters + 1, counted without splitting it. */
  fieldCount(): number {
    const d = this.delimiter;
    let n = 1;
    for (let i = this.text.indexOf(d, this.start); i >= 0 && i < this.end; i = this.text.indexOf(d, i + 1)) n++;
    return n;
  }

  /** read/raw-table.ts isCommentRow: the first character that is neither delimiter nor white space is '#'. */
  isComment(): boolean {
    const d = this.delimiter.charCodeAt(0);
    for (let i = this.start; i < this.end; i++) {
      const c = this.text.charCodeAt(i);
      if (c !== d && !isWhiteSpace(c)) return c === 35;
    }
    return false;
  }
}

export function splitSimpleCsv(text: string, delimiter: string): SimpleCsv | null {
  if (text.indexOf('"') >= 0) return null;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let header: { line: number; cells: string[] } | undefined;
  // Each row as three integers (start, end, line number); TextRow objects are made when visited.
  let bounds = new Int32Array(3 * Math.max(16, Math.ceil(text.length / 64)));
  let count = 0;
  let line = 0;
  const n = text.length;
  // The next LF and CR at or after pos (n when none): each found once, so the scan is linear.
  let lf = -1;
  let cr = -1;
  while (pos < n) {
    line++;
    if (lf < pos) lf = text.indexOf('\n', pos);
    if (lf < 0) lf = n;
    if (cr < pos) cr = text.indexOf('\r', pos);
    if (cr < 0) cr = n;
    // A record ends at its own line break: CRLF, LF or CR.
    const end = Math.min(lf, cr);
    const next = end === n ? n : end === cr && lf === cr + 1 ? cr + 2 : end + 1;
    if (!isBlankLine(text, pos, end, delimiter)) {
      if (header === undefined) header = { line, cells: text.slice(pos, end).split(delimiter) };
      else {
        if (3 * count + 3 > bounds.length) {
          const grown = new Int32Array(bounds.length * 2);
          grown.set(bounds);
          bounds = grown;
        }
        bounds[3 * count] = pos;
        bounds[3 * count + 1] = end;
        bounds[3 * count + 2] = line;
        count++;
      }
    }
    pos = next;
  }
  if (header === undefined) return null;
  // eslint-disable-next-line no-control-regex
  const controlFree = !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
  const cellBounds = new CellBounds();
  const rowAt = (i: number): TextRow => {
    simpleCsvUse.rows++;
    return new TextRow(text, bounds[3 * i]!, bounds[3 * i + 1]!, delimiter, bounds[3 * i + 2]!, controlFree, cellBounds);
  };
  let rows: RawRow[] | undefined;
  simpleCsvUse.tables++;
  return {
    header,
    rowCount: count,
    get rows(): readonly RawRow[] {
      return (rows ??= Array.from({ length: count }, (_, i) => rowAt(i)));
    },
    eachRow(visit: (row: RawRow) => void): void {
      if (count === 0) return;
      // One row object, moved from row to row: a visit reads its row and does not keep it.
      const row = rowAt(0);
      visit(row);
      for (let i = 1; i < count; i++) {
        simpleCsvUse.rows++;
        visit(row.moveTo(bounds[3 * i]!, bounds[3 * i + 1]!, bounds[3 * i + 2]!));
      }
    },
  };
}

/** True when every cell of the line trims to empty: every character is the delimiter or white space. */
function isBlankLine(text: string, start: number, end: number, delimiter: string): boolean {
  const d = delimiter.charCodeAt(0);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== d && !isWhiteSpace(c)) return false;
  }
  return true;
}

/** The characters String.prototype.trim removes. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
