import { describe, expect, it } from 'vitest';
import { lineTotal } from '../src/model/forecast.js';
import { fixtureForecast } from './helpers.js';

describe('Tabel 5.2 (DOMAIN.md worked example)', () => {
  it('gives 325.000 per month from dispositions and 4.900.000 with the pool', async () => {
    const f = await fixtureForecast('fixtures/tabel-5-2', { year: 2017 });
    const m = f.measures[0]!;
    expect(m.parts.dispositions.map((v) => v.toFixed(2))).toEqual(Array(12).fill('325000.00'));
    expect(m.expected.toFixed(2)).toBe('4900000.00');
    expect(f.dispositionLines.rows.map((_, i) => lineTotal(f.dispositionLines, i).toFixed(2))).toEqual(['1200000.00', '600000.00', '450000.00', '200000.00', '450000.00', '1000000.00']);
  });
});
