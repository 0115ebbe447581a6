/**
 * The workbook's explanation (issue 11): the pool's row on Dispositioner, and the sheets Afstemning,
 * Aktivitet og pris and Nøgletal carry the engine's figures, with the effects and totals as formulas
 * on the sheet's cells; English labels with --lang en; the terminal's second table.
 */
import { describe, expect, it } from 'vitest';
import { AGE_BANDS } from '../src/model/explanation.js';
import { money } from '../src/model/money.js';
import { forecastToTable } from '../src/render/table.js';
import { disposition, measure, run } from './helpers.js';
import { context, fixtureForecast, formulaAt, numberAt, renderedWorkbook, rowWith } from './workbook-helpers.js';

const ore = (x: number): string => x.toFixed(2);
const MONTH_COLS = ['H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'];

describe('the pool on Dispositioner (Tabel 5.2: "Skøn (pulje)")', async () => {
  const f = await fixtureForecast('fixtures/tabel-5-2', { year: 2017 });
  const { wb } = await renderedWorkbook(f, context({ input: 'fixtures/tabel-5-2' }));
  const ws = wb.getWorksheet('Dispositioner')!;

  it('is its own row under the measure\'s subtotal, outside the dispositions\' total', () => {
    const both = rowWith(ws, 1, 'I alt aktuelle + forventede: Anbringelser');
    const pool = rowWith(ws, 1, 'Skøn (pulje): Anbringelser');
    expect(pool).toBe(both + 1);
    // no month closed in 2017: 1.000.000 / 12 = 83.333,33 a month, December the rest 83.333,37
    expect(MONTH_COLS.map((c) => ore(numberAt(ws, `${c}${pool}`)))).toEqual([...Array(11).fill('83333.33'), '83333.37']);
    expect(formulaAt(ws, `T${pool}`)).toBe(`SUM(H${pool}:S${pool})`);
    expect(ore(numberAt(ws, `T${pool}`))).toBe('1000000.00');
    const total = rowWith(ws, 1, 'I alt alle dispositioner');
    expect(formulaAt(ws, `H${total}`)).toBe(`H${both}`);
    expect(ore(numberAt(ws, `T${total}`))).toBe('3900000.00');
  });
});

describe('the explanation sheets for fixtures/eksempel', async () => {
  const f = await fixtureForecast('fixtures/eksempel');
  const { wb } = await renderedWorkbook(f);
  const dispositionMeasures = f.measures.filter((m) => m.activity !== null);

  it('Afstemning: the parts add up to Prognose by formula, and the booked spend less the disposed is what the rows do not explain', () => {
    const ws = wb.getWorksheet('Afstemning')!;
    const months = wb.getWorksheet('Måneder')!;
    for (const m of f.measures) {
      const r = rowWith(ws, 3, m.measure.name);
      const p = m.bridge.parts;
      expect(['E', 'F', 'G', 'H', 'I', 'J', 'K'].map((c) => ore(numberAt(ws, `${c}${r}`))))
        .toEqual([p.activeDispositions, p.expectedDispositions, p.riskCases, p.intake, p.pool, p.transitions, p.method].map((x) => x.toFixed(2)));
      expect(formulaAt(ws, `L${r}`)).toBe(`SUM(E${r}:K${r})`);
      expect(ore(numberAt(ws, `L${r}`))).toBe(m.forecast.toFixed(2));
      const mr = rowWith(months, 2, m.measure.name);
      expect(formulaAt(ws, `N${r}`)).toBe(`SUM('Måneder'!C${mr}:K${mr})`);
      expect(formulaAt(ws, `O${r}`)).toBe(`N${r}-M${r}`);
      expect(ore(numberAt(ws, `O${r}`))).toBe(m.bridge.closed.unexplained.toFixed(2));
    }
    const t = rowWith(ws, 1, 'I alt');
    expect(ore(numberAt(ws, `L${t}`))).toBe(f.total.forecast.toFixed(2));
    expect(ore(numberAt(ws, `N${t}`))).toBe(f.total.actual.toFixed(2));
    // Opholdssteder's pool: 1.000.000 × 3/12 = 250.000
    expect(ore(numberAt(ws, `I${rowWith(ws, 3, 'Opholdssteder')}`))).toBe('250000.00');
  });

  it('Aktivitet og pris: one row per disposition measure, the effects as formulas with the engine\'s figures', () => {
    const ws = wb.getWorksheet('Aktivitet og pris')!;
    expect(String(ws.getCell('A2').value)).toMatch(/^Aktivitetseffekt = \(helårspersoner − budget antal\) × budgetpris/);
    const rows = dispositionMeasures.map((m) => rowWith(ws, 3, m.measure.name));
    expect(rows).toEqual(rows.map((_, i) => rows[0]! + i));
    for (const m of dispositionMeasures) {
      const r = rowWith(ws, 3, m.measure.name);
      const a = m.activity!;
      expect(numberAt(ws, `E${r}`)).toBe(a.budgetPersons!.toNumber());
      expect(numberAt(ws, `G${r}`)).toBe(a.persons.toNumber());
      expect(formulaAt(ws, `F${r}`)).toBe(`IF(E${r}="","",ROUND(D${r}/E${r},2))`);
      expect(formulaAt(ws, `I${r}`)).toBe(`IF(G${r}=0,"",ROUND(H${r}/G${r},2))`);
      expect(formulaAt(ws, `H${r}`)).toBe(`'Måneder'!O${rowWith(wb.getWorksheet('Måneder')!, 2, m.measure.name)}`);
      expect(formulaAt(ws, `J${r}`)).toBe(`H${r}-D${r}`);
      expect(formulaAt(ws, `K${r}`)).toBe(`IF(OR(E${r}="",G${r}=0),"",ROUND((G${r}-E${r})*D${r}/E${r},2))`);
      expect(formulaAt(ws, `L${r}`)).toBe(`IF(K${r}="","",J${r}-K${r})`);
      expect([ore(numberAt(ws, `F${r}`)), ore(numberAt(ws, `I${r}`)), ore(numberAt(ws, `K${r}`)), ore(numberAt(ws, `L${r}`))])
        .toEqual([a.budgetPrice!, a.price!, a.activityEffect!, a.priceEffect!].map((x) => x.toFixed(2)));
      expect(ore(numberAt(ws, `K${r}`) + numberAt(ws, `L${r}`))).toBe(m.deviation.toFixed(2));
    }
    // Opholdssteder: 29.000.000 / 41,7 = 695.443,645… → 695.443,65
    expect(ore(numberAt(ws, `F${rowWith(ws, 3, 'Opholdssteder')}`))).toBe('695443.65');
  });

  it('Nøgletal: per measure and month the engine\'s key figures, all age bands and the share as a percent', () => {
    const ws = wb.getWorksheet('Nøgletal')!;
    const m = dispositionMeasures[0]!;
    let r = rowWith(ws, 2, m.measure.name);
    const k = m.keyFigures!;
    const monthCells = (row: number) => Array.from({ length: 12 }, (_, i) => ws.getRow(row).getCell(4 + i).value);
    expect(ws.getCell(`C${r}`).value).toBe('Sager');
    expect(monthCells(r)).toEqual(k.map((x) => x.cases));
    expect(monthCells(r + 1)).toEqual(k.map((x) => x.starts));
    expect(monthCells(r + 2)).toEqual(k.map((x) => x.stops));
    expect(monthCells(r + 3)).toEqual(k.map((x) => x.persons.toNumber()));
    expect(monthCells(r + 4)).toEqual(k.map((x) => x.averagePrice?.toNumber() ?? null));
    r += 5;
    AGE_BANDS.forEach((_, b) => expect(monthCells(r + b)).toEqual(k.map((x) => x.ages[b])));
    expect(monthCells(r + AGE_BANDS.length)).toEqual(k.map((x) => x.share!.dividedBy(100).toNumber()));
    expect(ws.getRow(r + AGE_BANDS.length).getCell(4).numFmt).toBe('0.0%');
    expect(ws.views[0]?.state).toBe('frozen');
    expect(ws.autoFilter).toBeTruthy();
  });

  it('in English with lang en', async () => {
    const { wb: en } = await renderedWorkbook(f, context({ lang: 'en' }));
    const bridge = en.getWorksheet('Bridge')!;
    expect(bridge.getCell(`L${rowWith(bridge, 1, 'Area')}`).value).toBe('Forecast');
    expect(String(en.getWorksheet('Activity and price')!.getCell('A2').value)).toMatch(/^Activity effect = \(full-year persons − budgeted persons\)/);
    const kf = en.getWorksheet('Key figures')!;
    expect(kf.getCell(`C${rowWith(kf, 2, 'Opholdssteder')}`).value).toBe('Cases');
    const disp = en.getWorksheet('Dispositions')!;
    expect(rowWith(disp, 1, 'Estimate (pool): Opholdssteder')).toBeGreaterThan(rowWith(disp, 1, 'Total current + expected: Opholdssteder'));
  });
});

describe('the terminal', () => {
  it('adds the activity/price table when a measure has a Budget antal', () => {
    const rows = [disposition('S', 10000, 'måned', '01.01.2026', null, { caseRef: '010190-1009' }), disposition('S', 10000, 'måned', '01.01.2026', null, { caseRef: '020290-2008' })];
    const without = forecastToTable(run({ measures: [measure('S', 'disposition', 240000)], dispositions: rows }, { year: 2026 }));
    expect(without).not.toContain('Aktivitet og pris');
    const table = forecastToTable(run({ measures: [measure('S', 'disposition', 200000, { budgetPersons: money('2.5') })], dispositions: rows }, { year: 2026 }));
    // HP 2; Pe 240.000 / 2 = 120.000; Pb 200.000 / 2,5 = 80.000; activity (2 − 2,5) × 80.000 = −40.000; price 40.000 − (−40.000) = 80.000
    const line = table.split('\n').filter((l) => l.startsWith('S ')).pop()!;
    expect(line.split(/\s{2,}/)).toEqual(['S', '2,0000', '2,50', '120.000,00', '80.000,00', '-40.000,00', '80.000,00']);
  });
});
