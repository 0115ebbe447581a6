/** Where a value came from: file (and sheet), line and column. Everything downstream of the readers only sees this. */
export interface SourceLocation {
  readonly file: string;
  readonly sheet?: string;
  /** 1-based line in a CSV file, or row in a sheet. */
  readonly line?: number;
  /** The column's header as written in the file. */
  readonly column?: string;
  /** Spreadsheet cell reference, e.g. "E17", when the source is a workbook. */
  readonly cell?: string;
}

export function formatLocation(loc: SourceLocation): string {
  if (loc.sheet !== undefined) {
    const where = loc.cell ?? (loc.line !== undefined ? `række ${loc.line}` : '');
    const col = loc.cell === undefined && loc.column ? `, kolonne "${loc.column}"` : loc.column ? ` ("${loc.column}")` : '';
    return `${loc.file} ${loc.sheet}${where ? '!' + where : ''}${col}`;
  }
  let text = loc.file;
  if (loc.line !== undefined) text += `, linje ${loc.line}`;
  if (loc.column) text += `, kolonne "${loc.column}"`;
  return text;
}

/** An input file as read: its name, rows and fingerprint, for the assumptions sheet. */
export interface SourceFile {
  readonly table: string;
  readonly file: string;
  readonly path: string;
  readonly sheet?: string;
  readonly rows: number;
  readonly sha256: string;
}
