/**
 * The sheet "Grafer": four native charts whose series reference exactly the cells they draw (the
 * chart XML read back: each series' name, categories and values, followed to the cells of Måneder,
 * Oversigt and Nøgletal), and a PDF printed by LibreOffice whose Grafer page shows all four (the
 * page rendered with pdftoppm, each chart found by the colour only it uses, in its corner).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Forecast } from '../src/model/forecast.js';
import { readZipDirectory, readZipEntry } from '../src/read/zip.js';
import { writeWorkbook } from '../src/render/workbook.js';
import { CHART_COLORS } from '../src/render/workbook/charts-sheet.js';
import { convertWithRecalc, hasSoffice } from './libreoffice.js';
import { context, edgeForecast, fixtureForecast, loadWorkbook, rowWith } from './workbook-helpers.js';

interface Series {
  name: string;
  categories: string;
  values: string;
  cache: (number | null)[];
}

/** Each chart part's title and series (references and cached values), in chart order. */
async function chartsOf(path: string): Promise<{ title: string; series: Series[]; xml: string }[]> {
  const entries = await readZipDirectory(path);
  const names = [...entries.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const unescape = (s: string): string => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const out = [];
  for (const name of names) {
    const xml = (await readZipEntry(path, entries.get(name)!)).toString('utf8');
    const title = unescape(xml.match(/<c:title>.*?<a:t>(.*?)<\/a:t>/)![1]!);
    const series = [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map(([, s]) => {
      const ref = (tag: string): string => unescape(s!.match(new RegExp(`<c:${tag}>.*?<c:f>(.*?)</c:f>`))![1]!);
      const val = s!.match(/<c:val>(.*?)<\/c:val>/)![1]!;
      const count = Number(val.match(/<c:ptCount val="(\d+)"\/>/)![1]);
      const cache: (number | null)[] = Array(count).fill(null);
      for (const [, i, v] of val.matchAll(/<c:pt idx="(\d+)"><c:v>(.*?)<\/c:v><\/c:pt>/g)) cache[Number(i)] = Number(v);
      return { name: ref('tx'), categories: ref('cat'), values: ref('val'), cache };
    });
    out.push({ title, series, xml });
  }
  return out;
}

/** A reference such as 'Måneder'!$C$4:$N$4 as its sheet and cell addresses (one row or one column). */
function cellsOf(reference: string): { sheet: string; cells: string[] } {
  const m = reference.match(/^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/);
  if (!m) throw new Error(`not a reference: ${reference}`);
  const colNum = (c: string): number => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const colName = (n: number): string => (n <= 0 ? '' : colName(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
  const [c1, r1, c2, r2] = [colNum(m[2]!), Number(m[3]), colNum(m[4] ?? m[2]!), Number(m[5] ?? m[3])];
  const cells: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) cells.push(`${colName(c)}${r}`);
  return { sheet: m[1]!.replace(/''/g, "'"), cells };
}

const formulaOf = (wb: ExcelJS.Workbook, sheet: string, cell: string): string | undefined => {
  const c = wb.getWorksheet(sheet)!.getCell(cell);
  return c.type === ExcelJS.ValueType.Formula ? c.formula : undefined;
};
const valueOf = (wb: ExcelJS.Workbook, sheet: string, cell: string): unknown => {
  const c = wb.getWorksheet(sheet)!.getCell(cell);
  return c.type === ExcelJS.ValueType.Formula ? c.result : c.value;
};

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('the charts on Grafer reference the cells they draw', () => {
  let f: Forecast;
  let path: string;
  let wb: ExcelJS.Workbook;
  let charts: Awaited<ReturnType<typeof chartsOf>>;
  beforeAll(async () => {
    f = await fixtureForecast('fixtures/eksempel');
    const dir = await mkdtemp(join(tmpdir(), 'prognose-charts-'));
    dirs.push(dir);
    path = join(dir, 'eksempel.xlsx');
    await writeWorkbook(f, path, context());
    wb = await loadWorkbook(path);
    charts = await chartsOf(path);
  });

  it('puts Grafer right after Oversigt, with four charts on it', async () => {
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Oversigt', 'Grafer']);
    expect(charts.map((c) => c.title)).toEqual([
      'Forbrug og prognose pr. måned mod budget (1/12)',
      'Forventet regnskab og budget hen over året, akkumuleret',
      'Afvigelse pr. foranstaltning (+ merforbrug, − mindreforbrug)',
      'Antal sager pr. måned (dispositioner)',
    ]);
    const entries = await readZipDirectory(path);
    const rels = (await readZipEntry(path, entries.get('xl/worksheets/_rels/sheet2.xml.rels')!)).toString('utf8');
    expect(rels).toContain('Target="../drawings/drawing1.xml"');
    const drawing = (await readZipEntry(path, entries.get('xl/drawings/drawing1.xml')!)).toString('utf8');
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(4);
  });

  it('(a) draws the closed months as Faktisk, the open ones as Prognose (cells of Måneder\'s total row), and the budget\'s 1/12', () => {
    const [actual, forecast, budget] = charts[0]!.series;
    const months = wb.getWorksheet('Måneder')!;
    const total = rowWith(months, 1, 'I alt');
    // Categories: Måneder's month headers C4:N4.
    for (const s of charts[0]!.series) expect(s.categories).toBe("'Måneder'!$C$4:$N$4");
    expect(cellsOf(actual!.categories).cells.map((c) => valueOf(wb, 'Måneder', c))).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026', 'Maj 2026', 'Jun 2026', 'Jul 2026', 'Aug 2026', 'Sep 2026', 'Okt 2026', 'Nov 2026', 'Dec 2026']);
    // Values: twelve cells on Grafer each; month i's cell is ='Måneder'!<column of month i><total row> in
    // the one series it belongs to (Jan-Sep closed, Oct-Dec open) and empty in the other.
    const monthCol = (i: number): string => String.fromCharCode(67 + i);
    for (const [s, closed] of [[actual!, true], [forecast!, false]] as const) {
      const { sheet, cells } = cellsOf(s.values);
      expect(sheet).toBe('Grafer');
      expect(cells).toHaveLength(12);
      cells.forEach((cell, i) => {
        const mine = (i < 9) === closed;
        expect(formulaOf(wb, sheet, cell), `${s.name} ${cell}`).toBe(mine ? `'Måneder'!${monthCol(i)}${total}` : undefined);
        expect(s.cache[i]).toBe(mine ? f.total.months[i]!.toNumber() : null);
      });
      expect(valueOf(wb, 'Grafer', cellsOf(s.name).cells[0]!)).toBe(closed ? 'Faktisk forbrug (lukkede måneder)' : 'Prognose (åbne måneder)');
    }
    // Oktober's prognose: the total row's October on Måneder.
    expect(forecast!.cache[9]).toBe(f.total.months[9]!.toNumber());
    // The budget line: ROUND(Oversigt's total Korrigeret budget / 12; 2) = 175.950.000,00 / 12 = 14.662.500,00 every month.
    const overview = wb.getWorksheet('Oversigt')!;
    const overviewTotal = rowWith(overview, 1, 'I alt');
    for (const cell of cellsOf(budget!.values).cells) expect(formulaOf(wb, 'Grafer', cell)).toBe(`ROUND('Oversigt'!$E$${overviewTotal}/12,2)`);
    expect(valueOf(wb, 'Oversigt', `E${overviewTotal}`)).toBe(175_950_000);
    expect(budget!.cache).toEqual(Array(12).fill(14_662_500));
  });

  it('(b) draws the running sums of Måneder\'s total row and of the budget', () => {
    const [expected, budget] = charts[1]!.series;
    const total = rowWith(wb.getWorksheet('Måneder')!, 1, 'I alt');
    const overviewTotal = rowWith(wb.getWorksheet('Oversigt')!, 1, 'I alt');
    cellsOf(expected!.values).cells.forEach((cell, i) => {
      expect(formulaOf(wb, 'Grafer', cell)).toBe(`SUM('Måneder'!$C$${total}:${String.fromCharCode(67 + i)}${total})`);
      expect(formulaOf(wb, 'Grafer', cellsOf(budget!.values).cells[i]!)).toBe(`ROUND('Oversigt'!$E$${overviewTotal}*${i + 1}/12,2)`);
    });
    // December's running sum is the year's forventet regnskab 174.683.422,90; the budget's after
    // September is 175.950.000,00 × 9 / 12 = 131.962.500,00, after December the whole budget.
    expect(expected!.cache[11]).toBe(174_683_422.9);
    expect(f.total.expected.toNumber()).toBe(174_683_422.9);
    expect(budget!.cache[8]).toBe(131_962_500);
    expect(budget!.cache[11]).toBe(175_950_000);
    // January's running sum is January itself.
    expect(expected!.cache[0]).toBe(f.total.months[0]!.toNumber());
  });

  it('(c) draws each measure\'s Afvigelse on Oversigt, sorted, merforbrug red and mindreforbrug green', () => {
    const [s] = charts[2]!.series;
    const overview = wb.getWorksheet('Oversigt')!;
    const names = cellsOf(s!.categories);
    const values = cellsOf(s!.values);
    expect(names.cells).toHaveLength(12);
    const drawn = names.cells.map((cell, i) => {
      const name = formulaOf(wb, 'Grafer', cell)!;
      const dev = formulaOf(wb, 'Grafer', values.cells[i]!)!;
      const row = Number(name.match(/^'Oversigt'!C(\d+)$/)![1]);
      // The name and the deviation of the same Oversigt row (C = Foranstaltning, I = Afvigelse).
      expect(dev).toBe(`'Oversigt'!I${row}`);
      return { measure: overview.getCell(`C${row}`).value as string, deviation: s!.cache[i]! };
    });
    // Smallest first: Plejefamilier −1.343.452,20 at the bottom … Døgninstitutioner +893.617,64 at the top.
    expect(drawn[0]).toEqual({ measure: 'Plejefamilier', deviation: -1_343_452.2 });
    expect(drawn[11]).toEqual({ measure: 'Døgninstitutioner', deviation: 893_617.64 });
    for (let i = 1; i < drawn.length; i++) expect(drawn[i]!.deviation).toBeGreaterThanOrEqual(drawn[i - 1]!.deviation);
    for (const d of drawn) expect(d.deviation).toBe(f.measures.find((m) => m.measure.name === d.measure)!.deviation.toNumber());
    // Colours by point: 5 red (merforbrug: Efterskoleophold, Døgninstitutioner, Central refusionsordning,
    // Sikrede døgninstitutioner, Botilbud § 108), 6 green (mindreforbrug), Kommunens eget børnehjem (0,00) grey.
    const points = [...charts[2]!.xml.matchAll(/<c:dPt><c:idx val="(\d+)"\/>.*?<a:srgbClr val="([0-9A-F]+)"\/>/g)].map(([, , c]) => c);
    expect(points).toHaveLength(12);
    expect(points.filter((c) => c === CHART_COLORS.over)).toHaveLength(5);
    expect(points.filter((c) => c === CHART_COLORS.under)).toHaveLength(6);
    expect(points.filter((c) => c === CHART_COLORS.balanced)).toHaveLength(1);
  });

  it('(d) draws each disposition measure\'s row of cases on Nøgletal', () => {
    const kf = wb.getWorksheet('Nøgletal')!;
    const withCases = f.measures.filter((m) => m.keyFigures !== null);
    expect(charts[3]!.series).toHaveLength(withCases.length);
    expect(withCases.length).toBe(8);
    charts[3]!.series.forEach((s, i) => {
      const m = withCases[i]!;
      const name = cellsOf(s.name);
      const { sheet, cells } = cellsOf(s.values);
      expect([name.sheet, sheet]).toEqual(['Nøgletal', 'Nøgletal']);
      const row = Number(name.cells[0]!.slice(1));
      // The row holds the measure in B, "Sager" in C, and its twelve months from D to O.
      expect(name.cells[0]).toBe(`B${row}`);
      expect(kf.getCell(`B${row}`).value).toBe(m.measure.name);
      expect(kf.getCell(`C${row}`).value).toBe('Sager');
      expect(cells).toEqual(['D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O'].map((c) => `${c}${row}`));
      expect(cells.map((c) => kf.getCell(c).value)).toEqual(m.keyFigures!.map((k) => k.cases));
      expect(s.cache).toEqual(m.keyFigures!.map((k) => k.cases));
      expect(cellsOf(s.categories).cells.map((c) => kf.getCell(c).value)).toEqual(cellsOf(charts[0]!.series[0]!.categories).cells.map((c) => valueOf(wb, 'Måneder', c)));
    });
  });

  it('has English titles with lang en, and leaves out the chart of cases when no measure has dispositions', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-charts-'));
    dirs.push(dir);
    const english = join(dir, 'english.xlsx');
    await writeWorkbook(f, english, context({ lang: 'en' }));
    const en = await chartsOf(english);
    expect(en.map((c) => c.title)).toEqual([
      'Actual and forecast per month against budget (1/12)',
      'Expected result and budget through the year, cumulative',
      'Deviation per measure (+ overspend, − underspend)',
      'Cases per month (dispositions)',
    ]);
    expect(en[0]!.series[0]!.categories).toBe("'Months'!$C$4:$N$4");
    expect(en[0]!.xml).toContain('<a:t>Month</a:t>');
    const edge = join(dir, 'edge.xlsx');
    await writeWorkbook(edgeForecast(), edge, context());
    expect((await chartsOf(edge)).map((c) => c.series.length)).toEqual([3, 2, 1]);
  });
});

const present = hasSoffice();
if (!present && process.env.PROGNOSE_REQUIRE_SOFFICE === '1') throw new Error('soffice (LibreOffice) is required here but not found');

/** A PPM (P6) image's pixels. */
function readPpm(bytes: Buffer): { width: number; height: number; at: (x: number, y: number) => [number, number, number] } {
  const header = bytes.subarray(0, 64).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a binary PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  return { width, height, at: (x, y) => { const i = offset + 3 * (y * width + x); return [bytes[i]!, bytes[i + 1]!, bytes[i + 2]!]; } };
}

describe.skipIf(!present)('the Grafer page of the PDF LibreOffice prints', () => {
  it('shows the four charts, each in its place', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-charts-pdf-'));
    dirs.push(dir);
    const file = join(dir, 'eksempel.xlsx');
    await writeWorkbook(await fixtureForecast('fixtures/eksempel'), file, context());
    const [pdf] = await convertWithRecalc([file], 'pdf', dir);
    // The page whose text starts with Grafer's title.
    const pages = Number(spawnSync('pdfinfo', [pdf!], { encoding: 'utf8' }).stdout.match(/Pages:\s+(\d+)/)![1]);
    let page = 0;
    for (let p = 1; p <= pages && page === 0; p++) {
      const text = spawnSync('pdftotext', ['-f', String(p), '-l', String(p), pdf!, '-'], { encoding: 'utf8' }).stdout;
      if (text.startsWith('Grafer 2026: forventet regnskab og budget')) page = p;
    }
    expect(page).toBe(2);
    const r = spawnSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '60', pdf!, join(dir, 'page')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const image = readPpm(await readFile(join(dir, (await readdir(dir)).find((n) => n.startsWith('page') && n.endsWith('.ppm'))!)));
    // Where each chart's own colour shows (within 24 of each channel): how many pixels, and their centre.
    const find = (hex: string) => {
      const want = [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16));
      let count = 0;
      let sx = 0;
      let sy = 0;
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          const px = image.at(x, y);
          if (px.every((v, k) => Math.abs(v - want[k]!) <= 24)) {
            count++;
            sx += x;
            sy += y;
          }
        }
      }
      return { count, x: sx / Math.max(1, count) / image.width, y: sy / Math.max(1, count) / image.height };
    };
    const a = find(CHART_COLORS.forecast);
    const b = find(CHART_COLORS.cumulativeExpected);
    const c = find(CHART_COLORS.under);
    const d = find(CHART_COLORS.cases[0]);
    const seen = { a, b, c, d };
    for (const [chart, at] of Object.entries(seen)) expect(at.count, `chart ${chart}: ${JSON.stringify(at)}`).toBeGreaterThan(30);
    // (a) top left, (b) top right, (c) bottom left, (d) bottom right.
    expect(a.x, JSON.stringify(seen)).toBeLessThan(b.x);
    expect(c.x, JSON.stringify(seen)).toBeLessThan(d.x);
    expect(Math.max(a.y, b.y), JSON.stringify(seen)).toBeLessThan(Math.min(c.y, d.y));
  }, 240_000);
});
