/**
 * The CSV reader: bytes → RawTable. Detects the encoding (read/decode.ts) and the delimiter
 * (`;`, `,` or tab, from the header line), and keeps each row's line number.
 *
 * Files without quote characters and with one kind of line break (what Excel writes, nearly
 * always) take a fast path (read/csv-simple.ts) that gives exactly what csv-parse gives for them;
 * every other file goes through csv-parse.
 *
 * Exports: readCsvFile, parseCsvText, detectDelimiter.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ProblemList } from '../model/problem.js';
import { decodeText } from './decode.js';
import { ArrayRow, type RawRow, type RawTable } from './raw-table.js';
import { MAX_COLUMNS } from './cell-check.js';
import { splitSimpleCsv } from './csv-simple.js';

const DELIMITERS = [';', '\t', ','] as const;

/** The delimiter that occurs most often outside quotes in the first line; `;` wins ties. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = ';';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export async function readCsvFile(path: string, problems: ProblemList): Promise<RawTable | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    problems.error('unreadable-file', `filen kan ikke læses (${(err as NodeJS.ErrnoException).code ?? 'fejl'})`, { file: basename(path) }, { hint: 'tjek at filen findes, at der må læses i den, og at den ikke er låst af et andet program' });
    return null;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text, encoding, utf8Lines } = decodeText(bytes);
  if (encoding === 'mixed' && utf8Lines) {
    problems.warning('mixed-encoding', `filen blander tegnsæt: linje ${utf8Lines.slice(0, 10).join(', ')}${utf8Lines.length > 10 ? ' …' : ''} er UTF-8, resten windows-1252; hver linje er læst i sit eget tegnsæt`,
      { file: basename(path), line: utf8Lines[0]! }, { hint: 'tjek æ, ø og å i de linjer, og gem filen igen fra Excel (fx som "CSV UTF-8"), så hele filen har ét tegnsæt' });
  }
  return parseCsvText(text, { file: basename(path), path, sha256 }, problems);
}

export function parseCsvText(input: string, meta: { file: string; path: string; sha256: string }, problems: ProblemList): RawTable | null {
  let text = input;
  // Lines before the header that are wholly empty are skipped; the header is the first non-empty line.
  const firstLine = firstNonEmptyLine(text);
  if (firstLine === undefined) {
    problems.error('empty-file', 'filen er tom', { file: meta.file }, { hint: 'filen skal have en overskriftslinje og mindst én række' });
    return null;
  }
  const delimiter = detectDelimiter(firstLine);
  const simple = splitSimpleCsv(text, delimiter);
  if (simple) {
    return {
      file: meta.file, path: meta.path, headerLine: simple.header.line, headers: simple.header.cells.map((h) => h.trim()), sha256: meta.sha256,
      get rows() {
        return simple.rows;
      },
      eachRow: simple.eachRow, rowCount: simple.rowCount,
    };
  }
  // A record of more cells than a sheet has columns would be split into millions of fields by
  // csv-parse: it is reported and blanked out first (its line kept), in one pass.
  const { text: bounded, lines: tooMany } = blankHugeRecords(text, delimiter);
  for (const { line, count } of tooMany) {
    problems.error('too-many-cells', `rækken har over ${count.toLocaleString('da-DK')} celler; et regneark har højst ${MAX_COLUMNS.toLocaleString('da-DK')} kolonner`, { file: meta.file, line }, {
      hint: 'tjek linjen i filen: den er ikke en række af tabellen (fx en lang række skilletegn)',
    });
  }
  text = bounded;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
      bom: true,
      // Each record ends at its own line break: rows appended with LF to a CRLF file stay rows.
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    // An unclosed quote is reported where the parser gave up (the end); point at the line that opened it.
    const odd = text.split(/\r\n|\n|\r/).findIndex((l) => (l.match(/"/g)?.length ?? 0) % 2 === 1);
    const line = odd >= 0 ? odd + 1 : (err as { lines?: number }).lines;
    problems.error('csv-syntax', 'filen kan ikke læses som CSV', { file: meta.file, ...(line ? { line } : {}) }, {
      hint: 'tjek anførselstegn (") i cellerne, eller gem filen igen fra Excel som "CSV (semikolonsepareret)"',
    });
    return null;
  }
  let headerAt = -1;
  for (let i = 0; i < records.length; i++) {
    if (records[i]!.record.some((c) => c.trim() !== '')) {
      headerAt = i;
      break;
    }
  }
  const header = records[headerAt]!;
  const rows: RawRow[] = [];
  for (let i = headerAt + 1; i < records.length; i++) {
    const r = records[i]!;
    if (r.record.every((c) => c.trim() === '')) continue;
    rows.push(new ArrayRow(r.info.lines, r.record));
  }
  return { file: meta.file, path: meta.path, headerLine: header.info.lines, headers: header.record.map((h) => h.trim()), rows, sha256: meta.sha256 };
}

/**
 * The text with every record of more than MAX_COLUMNS fields emptied (its line breaks kept, so line
 * numbers stay), and those records' first lines. One pass; quotes are followed as csv-parse does
 * (a doubled quote inside quotes is a quote), so delimiters inside a quoted cell do not count.
 */
function blankHugeRecords(text: string, delimiter: string): { text: string; lines: { line: number; count: number }[] } {
  const d = delimiter.charCodeAt(0);
  const lines: { line: number; count: number }[] = [];
  const cuts: [number, number][] = [];
  let line = 1;
  let recordLine = 1;
  let recordStart = 0;
  let fields = 1;
  let quoted = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 34) {
      if (quoted && i + 1 < n && text.charCodeAt(i + 1) === 34) i++;
      else quoted = !quoted;
    } else if (c === d && !quoted) fields++;
    else if ((c === 10 || c === 13) && (!quoted || i === n)) {
      if (fields > MAX_COLUMNS) {
        lines.push({ line: recordLine, count: MAX_COLUMNS });
        cuts.push([recordStart, i]);
      }
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      line++;
      recordLine = line;
      recordStart = i + 1;
      fields = 1;
    } else if (c === 10 || c === 13) {
      line++; // a line break inside quotes
    }
  }
  if (cuts.length === 0) return { text, lines };
  let out = '';
  let from = 0;
  for (const [a, z] of cuts) {
    // Keep the record's inner line breaks, so the lines after it keep their numbers.
    out += text.slice(from, a) + text.slice(a, z).replace(/[^\r\n]+/g, '');
    from = z;
  }
  return { text: out + text.slice(from), lines };
}

/** The first line with more than delimiters, quotes and spaces in it, or undefined. */
function firstNonEmptyLine(text: string): string | undefined {
  const lineBreak = /\r\n|\n|\r/g;
  let from = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const line = text.slice(from, m ? m.index : text.length);
    if (line.trim() !== '' && line.replace(/[;,\t"\s]/g, '') !== '') return line;
    if (!m) return undefined;
    from = m.index + m[0].length;
  }
}
