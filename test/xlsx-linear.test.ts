/**
 * Reading an .xlsx stays linear in time and bounded in memory (issue 10). Workbooks of growing
 * size in each shape that was quadratic - many `<workbookPr` in workbook.xml (the date1904 regex),
 * a long run without `>` in a sheet (the ISO-date rewrite's carry buffer), many `<c ` in a comment
 * (the t="d" rewrite regex) - are read by readXlsxTable; doubling the input must not take 3× the
 * time. A part that inflates far past any real one (styles.xml, the workbook's relations) ends
 * with a clear error, without holding it in memory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemList } from '../src/model/problem.js';
import { TABLES } from '../src/model/table-schema.js';
import { readXlsxTable } from '../src/read/xlsx.js';
import { WHOLE_PART_LIMIT } from '../src/read/zip.js';

const tmp = mkdtempSync(join(tmpdir(), 'prognose-linear-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let parts: Record<string, string> = {};
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Forbrug');
  ws.addRow(['Foranstaltning', 'Måned', 'Beløb']);
  ws.addRow(['Opholdssteder', '2026-01', 45000]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) parts[name] = await zip.files[name]!.async('string');
});

/** A zip of deflated parts, as given (names in order). */
function zipOf(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const entries = Object.entries(files);
  for (const [name, content] of entries) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const packed = deflateRawSync(data);
    const n = Buffer.from(name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(8, 8); h.writeUInt32LE(crc32(data), 14);
    h.writeUInt32LE(packed.length, 18); h.writeUInt32LE(data.length, 22); h.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(8, 10); c.writeUInt32LE(crc32(data), 16);
    c.writeUInt32LE(packed.length, 20); c.writeUInt32LE(data.length, 24); c.writeUInt16LE(n.length, 28); c.writeUInt32LE(offset, 42);
    locals.push(h, n, packed);
    central.push(c, n);
    offset += 30 + n.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const SHEET = 'xl/worksheets/sheet1.xml';
/** The quadratic shapes: each puts n repetitions of its unit into one part, where nothing reads it as data. */
const SHAPES: Record<string, (n: number) => Record<string, string>> = {
  'many <workbookPr in workbook.xml (date1904)': (n) => ({ 'xl/workbook.xml': parts['xl/workbook.xml']!.replace('<workbookPr', `<!--${'<workbookPr '.repeat(n)}--><workbookPr`) }),
  'a long run without > in a sheet (the carry buffer)': (n) => ({ [SHEET]: parts[SHEET]!.replace('<sheetData>', `<!--${'a'.repeat(12 * n)}--><sheetData>`) }),
  'many <c  in a comment of a sheet (the t="d" rewrite)': (n) => ({ [SHEET]: parts[SHEET]!.replace('<sheetData>', `<!--${'<c t=x '.repeat(n)}--><sheetData>`) }),
};

/**
 * The best of five reads, in CPU milliseconds of this process (user + system): on a shared machine
 * wall time also counts the time other processes run, which made the ratio flaky under load; CPU
 * time still grows with the work, so a quadratic path (4× per doubling) still fails.
 */
async function readTime(path: string): Promise<number> {
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const problems = new ProblemList();
    const started = process.cpuUsage();
    const table = await readXlsxTable(path, TABLES.actuals, problems);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
    expect(problems.items).toEqual([]);
    expect(table!.rows.map((r) => r.cells)).toEqual([['Opholdssteder', '2026-01', '45000']]);
  }
  return best;
}

describe('reading grows linearly with the input in every shape that was quadratic', () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(shape, async () => {
      const times: number[] = [];
      for (const n of [100_000, 200_000, 400_000]) {
        const path = join(tmp, `${shape.length}-${n}.xlsx`);
        writeFileSync(path, zipOf({ ...parts, ...make(n) }));
        times.push(await readTime(path));
      }
      // Doubling the input must not take 3× the time (+ 20 ms for the fixed cost of opening the file).
      expect(times[1]!).toBeLessThan(3 * times[0]! + 20);
      expect(times[2]!).toBeLessThan(3 * times[1]! + 20);
      // And absolutely quick: 2,4 MB of such text in well under 5 s.
      expect(times[2]!).toBeLessThan(5000);
    }, 120_000);
  }
});

describe('every zip part is capped in its inflated size', () => {
  it.each(['xl/styles.xml', 'xl/_rels/workbook.xml.rels'])('%s inflating past the cap is an error naming the part, read without holding it', async (name) => {
    // A part that inflates to WHOLE_PART_LIMIT + 1 MB of spaces (deflate packs it about 1000:1).
    const huge = Buffer.alloc(WHOLE_PART_LIMIT + (1 << 20), 0x20);
    const path = join(tmp, `huge-${name.replace(/\W/g, '')}.xlsx`);
    writeFileSync(path, zipOf({ ...parts, [name]: huge }));
    const before = process.memoryUsage().rss;
    const problems = new ProblemList();
    expect(await readXlsxTable(path, TABLES.actuals, problems)).toBeNull();
    expect(problems.items.map((p) => p.code)).toEqual(['unreadable-workbook']);
    // The value (shortened to 60 characters by ProblemList) says which part and why.
    expect(`zip-delen ${name} fylder udpakket over 64 MB; regnearket er beskadiget`.startsWith(problems.items[0]!.value!.replace(/…$/, ''))).toBe(true);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });
});
