/**
 * The workbook, as the one writer writes it (writeWorkbook), recalculated by a real spreadsheet
 * application (LibreOffice headless) gives exactly the engine's figures: every formula cell to the
 * øre (percentages to 1e-9), also when the Dispositioner sheet is split over several sheets with
 * subtotals summing across them, and with four years (Flerårsoversigt, Overgange and Måneder's
 * later years), and the formulas stay live when a month is edited. Runs when
 * `soffice` is present; .ci/run installs it and sets PROGNOSE_REQUIRE_SOFFICE=1 so CI fails rather
 * than skips.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { context, edgeForecast, fixtureForecast, formulaCells, loadWorkbook, numberAt, rowWith, type FormulaCell } from './workbook-helpers.js';
import { convertWithRecalc, hasSoffice } from './libreoffice.js';
import { writeWorkbook } from '../src/render/workbook.js';

/** The Dispositioner sheet split every 120 rows: eksempel's 650 rows become six sheets. */
const SPLIT_ROWS = 120;

const present = hasSoffice();
if (!present && process.env.PROGNOSE_REQUIRE_SOFFICE === '1') throw new Error('soffice (LibreOffice) is required here but not found');

describe.skipIf(!present)('workbook recalculated by LibreOffice', () => {
  it('gives every formula cell the engine figure, and follows an edited month', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-recalc-'));
    const eksempel = await fixtureForecast('fixtures/eksempel');
    const tabel = await fixtureForecast('fixtures/tabel-5-2', { year: 2017 });
    const horizon = await fixtureForecast('fixtures/eksempel', { years: 4 });
    const files = {
      horizon: join(dir, 'horizon.xlsx'),
      horizonEdited: join(dir, 'horizon-edited.xlsx'),
      eksempel: join(dir, 'eksempel.xlsx'),
      english: join(dir, 'english.xlsx'),
      tabel: join(dir, 'tabel.xlsx'),
      edited: join(dir, 'edited.xlsx'),
      edge: join(dir, 'edge.xlsx'),
      split: join(dir, 'split.xlsx'),
    };
    await writeWorkbook(edgeForecast(), files.edge, context());
    await writeWorkbook(eksempel, files.eksempel, context());
    await writeWorkbook(eksempel, files.english, context({ lang: 'en', maskCpr: true }));
    await writeWorkbook(tabel, files.tabel, context({ input: 'fixtures/tabel-5-2' }));
    await writeWorkbook(eksempel, files.split, context(), { maxRows: SPLIT_ROWS });
    await writeWorkbook(horizon, files.horizon, context());
    // A user's edit of a later year: January 2028 of Opholdssteder + 1.000,00 kr. in Måneder (the
    // third year block: Jan 2028 is column C + 2 × 13 = AC).
    const horizonEdit = await loadWorkbook(files.horizon);
    const horizonMonths = horizonEdit.getWorksheet('Måneder')!;
    const jan2028 = `AC${rowWith(horizonMonths, 2, 'Opholdssteder')}`;
    expect(horizonMonths.getCell(`AC4`).value).toBe('Jan 2028');
    horizonMonths.getCell(jan2028).value = numberAt(horizonMonths, jan2028) + 1000;
    await horizonEdit.xlsx.writeFile(files.horizonEdited);

    // A user's edit: January of Opholdssteder + 1.000,00 kr. in Måneder; the cached results stay.
    const edit = await loadWorkbook(files.eksempel);
    const months = edit.getWorksheet('Måneder')!;
    const editedRow = rowWith(months, 2, 'Opholdssteder');
    months.getCell(`C${editedRow}`).value = numberAt(months, `C${editedRow}`) + 1000;
    // … and a Budget antal of 40 for Opholdssteder typed into Aktivitet og pris.
    const activity = edit.getWorksheet('Aktivitet og pris')!;
    activity.getCell(`E${rowWith(activity, 3, 'Opholdssteder')}`).value = 40;
    await edit.xlsx.writeFile(files.edited);

    const outDir = join(dir, 'recalculated');
    const [eksempelOut, englishOut, tabelOut, editedOut, edgeOut, splitOut, horizonOut, horizonEditedOut] = await convertWithRecalc(
      [files.eksempel, files.english, files.tabel, files.edited, files.edge, files.split, files.horizon, files.horizonEdited], 'xlsx', outDir);

    const checked = new Map<string, FormulaCell[]>();
    for (const [source, out] of [[files.eksempel, eksempelOut], [files.english, englishOut], [files.tabel, tabelOut], [files.edge, edgeOut], [files.split, splitOut], [files.horizon, horizonOut]] as const) {
      const before = await loadWorkbook(source);
      const after = await loadWorkbook(out!);
      expect(after.worksheets.map((w) => w.name), source).toEqual(before.worksheets.map((w) => w.name));
      const cells = formulaCells(before);
      expect(cells.length).toBeGreaterThan(40);
      checked.set(basename(source), cells);
      const mismatches: string[] = [];
      for (const c of cells) {
        const got = after.getWorksheet(c.sheet)!.getCell(c.address);
        const value = got.type === ExcelJS.ValueType.Formula ? got.result : got.value;
        const ok = typeof c.result === 'number'
          ? typeof value === 'number' && (c.numFmt?.includes('%')
            ? Math.abs(value - c.result) < 1e-9
            : Math.round(value * 100) === Math.round(c.result * 100))
          : (value ?? '') === (c.result ?? '');
        if (!ok) mismatches.push(`${c.sheet}!${c.address} ${c.formula}: engine ${String(c.result)}, LibreOffice ${String(value)}`);
      }
      expect(mismatches, source).toEqual([]);
    }
    // The explanation sheets' formulas are among them: Afstemning's Prognose, Bogført forbrug and
    // difference per measure and its total row; Aktivitet og pris's prices, deviation and effects.
    for (const [file, sheets] of [['eksempel.xlsx', ['Afstemning', 'Aktivitet og pris', 'Flerårsoversigt']], ['english.xlsx', ['Bridge', 'Activity and price', 'Multi-year overview']],
      ['horizon.xlsx', ['Flerårsoversigt']]] as const) {
      for (const sheet of sheets) expect(checked.get(file)!.filter((c) => c.sheet === sheet).length, `${file} ${sheet}`).toBeGreaterThanOrEqual(40);
    }
    // Four years: Flerårsoversigt's 4 × 5 columns on 12 measures, 2 subtotals and the total; Måneder's
    // later years' totals and subtotals; Overgange's total row (3 × 4 SUMs).
    const horizonCells = checked.get('horizon.xlsx')!;
    expect(horizonCells.filter((c) => c.sheet === 'Flerårsoversigt' && c.formula.startsWith("'Måneder'!")).length).toBe(4 * 12);
    expect(horizonCells.filter((c) => c.sheet === 'Overgange').length).toBe(3 * 4);
    expect(horizonCells.filter((c) => c.sheet === 'Måneder').length).toBe(checked.get('eksempel.xlsx')!.filter((c) => c.sheet === 'Måneder').length * 4);
    console.info(`LibreOffice recalculated and matched ${[...checked].map(([file, cells]) => `${file}: ${cells.length}`).join(', ')} formula cells`);

    // The split file: Dispositioner continues on "Dispositioner (2)" …, its subtotals sum ranges on
    // other sheets, and it has every formula of the whole sheet (all of them checked above).
    const onDispositions = (file: string) => checked.get(file)!.filter((c) => c.sheet.startsWith('Dispositioner'));
    const splitSheets = new Set(onDispositions('split.xlsx').map((c) => c.sheet));
    expect(splitSheets.size).toBeGreaterThanOrEqual(5);
    expect(splitSheets).toContain('Dispositioner (2)');
    expect(onDispositions('split.xlsx').length).toBe(onDispositions('eksempel.xlsx').length);
    expect(onDispositions('split.xlsx').filter((c) => c.formula.includes("'Dispositioner")).length).toBeGreaterThan(0);
    expect(checked.get('split.xlsx')!.length).toBe(checked.get('eksempel.xlsx')!.length);

    // The recalculated figures are the engine's own (not merely what the file cached).
    const recalculated = await loadWorkbook(eksempelOut!);
    const overview = recalculated.getWorksheet('Oversigt')!;
    const total = rowWith(overview, 1, 'I alt');
    expect(numberAt(overview, `H${total}`).toFixed(2)).toBe(eksempel.total.expected.toFixed(2));
    expect(numberAt(overview, `I${total}`).toFixed(2)).toBe(eksempel.total.deviation.toFixed(2));
    for (const m of eksempel.measures) {
      const r = rowWith(overview, 3, m.measure.name);
      expect(numberAt(overview, `H${r}`).toFixed(2), m.measure.name).toBe(m.expected.toFixed(2));
    }

    // The edit flows through Forbrug, Forventet regnskab, Afvigelse and the totals.
    const edited = (await loadWorkbook(editedOut!)).getWorksheet('Oversigt')!;
    const r = rowWith(edited, 3, 'Opholdssteder');
    const m = eksempel.measures.find((x) => x.measure.name === 'Opholdssteder')!;
    expect(numberAt(edited, `F${r}`).toFixed(2)).toBe(m.actual.plus(1000).toFixed(2));
    expect(numberAt(edited, `I${r}`).toFixed(2)).toBe(m.deviation.plus(1000).toFixed(2));
    expect(numberAt(edited, `H${total}`).toFixed(2)).toBe(eksempel.total.expected.plus(1000).toFixed(2));

    // The later year's edit flows into Flerårsoversigt's 2028 (the third year group of five columns
    // from D: Budget in N, Forventet regnskab in O, Afvigelse in P): +1.000 on Opholdssteder and on the total.
    const years = (await loadWorkbook(horizonEditedOut!)).getWorksheet('Flerårsoversigt')!;
    const y2028 = horizon.years[1]!;
    expect(y2028.year).toBe(2028);
    const ophold = y2028.measures.find((x) => x.measure.name === 'Opholdssteder')!;
    const yr = rowWith(years, 3, 'Opholdssteder');
    expect(numberAt(years, `O${yr}`).toFixed(2)).toBe(ophold.expected.plus(1000).toFixed(2));
    expect(numberAt(years, `P${yr}`).toFixed(2)).toBe(ophold.deviation!.plus(1000).toFixed(2));
    expect(numberAt(years, `O${rowWith(years, 1, 'I alt')}`).toFixed(2)).toBe(y2028.total.expected.plus(1000).toFixed(2));

    // The split follows both edits. Opholdssteder: HP 39,3900 (the age limit ends three cases in 2026),
    // budget 29.000.000, now 40 budgeted: budget price 29.000.000 / 40 = 725.000; activity
    // (39,39 − 40) × 725.000 = −442.250,00; deviation −521.350,33 + 1.000 = −520.350,33;
    // price −520.350,33 − (−442.250,00) = −78.100,33.
    expect(m.activity!.persons.toFixed(4)).toBe('39.3900');
    expect(m.deviation.toFixed(2)).toBe('-521350.33');
    const split = (await loadWorkbook(editedOut!)).getWorksheet('Aktivitet og pris')!;
    const a = rowWith(split, 3, 'Opholdssteder');
    expect(['F', 'J', 'K', 'L'].map((c) => numberAt(split, `${c}${a}`).toFixed(2))).toEqual(['725000.00', '-520350.33', '-442250.00', '-78100.33']);
  }, 240_000);

  it('opens the workbook cleanly and prints it to PDF', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prognose-pdf-'));
    const f = await fixtureForecast('fixtures/eksempel');
    const file = join(dir, 'eksempel.xlsx');
    await writeWorkbook(f, file, context());
    const [pdf] = await convertWithRecalc([file], 'pdf', dir);
    const bytes = await readFile(pdf!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  }, 240_000);
});
