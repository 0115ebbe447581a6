import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { splitSimpleCsv } from '../src/read/csv-simple.js';
import { parseCsvText } from '../src/read/csv.js';
import { ArrayRow, isCommentRow } from '../src/read/raw-table.js';
import { ProblemList } from '../src/model/problem.js';

/** What the reader made of a text through csv-parse alone (the path before the fast one). */
function viaCsvParse(text: string, delimiter: string) {
  const records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true, bom: true, record_delimiter: ['\r\n', '\n', '\r'] }) as unknown as {
    record: string[]; info: { lines: number };
  }[];
  const kept = records.filter((r) => r.record.some((c) => c.trim() !== ''));
  if (kept.length === 0) return null;
  const [header, ...rows] = kept;
  return { header: { line: header!.info.lines, cells: header!.record }, rows: rows.map((r) => ({ line: r.info.lines, cells: r.record })) };
}

const viaFastPath = (text: string, delimiter: string) => {
  const s = splitSimpleCsv(text, delimiter);
  return s && { header: s.header, rows: s.rows.map((r) => ({ line: r.line, cells: r.cells })) };
};

const cellChar = fc.constantFrom('a', 'b', 'Ø', 'æ', '1', '2', ',', '.', '-', ' ', '\t', '\u00a0', ';', '€', 'x');
const cell = fc.array(cellChar, { maxLength: 6 }).map((cs) => cs.join(''));
const line = fc.array(cell, { maxLength: 5 }).map((cs) => cs.join(';'));

describe('the simple-CSV fast path gives what csv-parse gives', () => {
  it('on random quote-free texts with CRLF, LF or CR line breaks, mixed line by line', () => {
    const br = fc.constantFrom('\r\n', '\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, br), { maxLength: 8 }), fc.boolean(), fc.boolean(), fc.constantFrom(';', '\t', ','), (lines, trailing, bom, delimiter) => {
        const text = (bom ? '\ufeff' : '') + lines.map(([l, b], i) => l + (i < lines.length - 1 || trailing ? b : '')).join('');
        const fast = viaFastPath(text, delimiter);
        const slow = viaCsvParse(text, delimiter);
        if (slow === null) expect(fast).toBeNull();
        else expect(fast).toEqual(slow);
      }),
      { numRuns: 3000 },
    );
  });

  it('hands each cell by index, as written and trimmed, as the split row has it, whatever order rows and cells are read in', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 }), fc.boolean()), { maxLength: 40 }), (lines, reads) => {
        const s = splitSimpleCsv(['H;I;J', ...lines].join('\r\n'), ';');
        if (s === null) return;
        const rows = s.rows;
        if (rows.length === 0) return;
        // Rows share where their cells lie: reading another row in between must not confuse them.
        for (const [r, i, trimmed] of reads) {
          const row = rows[r % rows.length]!;
          const cell = row.cells[i] ?? '';
          expect(trimmed ? row.trimmed(i) : row.cell(i)).toBe(trimmed ? cell.trim() : cell);
        }
        const visited: string[][] = [];
        s.eachRow((row) => visited.push(Array.from({ length: 8 }, (_, i) => row.trimmed(7 - i))));
        expect(visited).toEqual(rows.map((row) => Array.from({ length: 8 }, (_, i) => (row.cells[7 - i] ?? '').trim())));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows comment rows without splitting them, as isCommentRow does from the cells', () => {
    const commentish = fc.array(fc.constantFrom('#', ' ', ';', 'a', '\t', '1'), { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(commentish, { minLength: 1, maxLength: 6 }), (lines) => {
        const s = splitSimpleCsv(['H;I', ...lines].join('\r\n'), ';');
        for (const row of s?.rows ?? []) {
          expect(row.isComment!()).toBe(isCommentRow(new ArrayRow(row.line, row.cells)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('declines texts with quotes; splits mixed and bare CR line breaks record by record, as csv-parse does', () => {
    expect(splitSimpleCsv('a;b\r\n"x;y";z\r\n', ';')).toBeNull();
    for (const text of ['a;b\r\nx;y\nz;w\r\n', 'a;b\nx;y\r\nz;w\n', 'a;b\rx;y\r', 'a;b\r\nx\ry;z\r\n', 'a;b\r\nx;y\r', 'a;b\n\r\nx;y\r\r\nz']) {
      expect(viaFastPath(text, ';')).toEqual(viaCsvParse(text, ';'));
    }
    // A row appended with LF to a CRLF file is a row of its own, on its own line.
    expect(viaFastPath('A;B;C\r\n1;2;x\r\n3;4;y\n5;6;z\n', ';')!.rows).toEqual([
      { line: 2, cells: ['1', '2', 'x'] }, { line: 3, cells: ['3', '4', 'y'] }, { line: 4, cells: ['5', '6', 'z'] },
    ]);
  });

  it('keeps line numbers across blank lines, and the reader falls back to csv-parse with quotes', () => {
    const fast = splitSimpleCsv('\r\n;;\r\nA;B\r\n1;2\r\n\r\n ; \r\n3;4', ';')!;
    expect(fast.header).toEqual({ line: 3, cells: ['A', 'B'] });
    expect(fast.rows.map((r) => [r.line, r.cells])).toEqual([[4, ['1', '2']], [7, ['3', '4']]]);
    const meta = { file: 'x.csv', path: 'x.csv', sha256: '' };
    const quoted = parseCsvText('A;B\r\n"1;5";2\r\n', meta, new ProblemList())!;
    expect(quoted.rows.map((r) => [r.line, r.cells])).toEqual([[2, ['1;5', '2']]]);
  });
});
