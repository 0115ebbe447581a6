import { describe, expect, it } from 'vitest';
import { forecast } from '../src/forecast/forecast.js';
import { resolvePeriod } from '../src/model/period.js';
import { readProject } from '../src/read/project.js';

describe('Tabel 5.2 (DOMAIN.md worked example)', () => {
  it('gives 325.000 per month from dispositions and 4.900.000 with the pool', async () => {
    const { inputs, problems } = await readProject('fixtures/tabel-5-2');
    const f = forecast(inputs, resolvePeriod(inputs.actuals, { year: 2017, today: { year: 2026 } }), problems);
    const m = f.measures[0]!;
    expect(m.parts.dispositions.map((v) => v.toFixed(2))).toEqual(Array(12).fill('325000.00'));
    expect(m.expected.toFixed(2)).toBe('4900000.00');
    expect(f.dispositionLines.map((l) => l.total.toFixed(2))).toEqual(['1200000.00', '600000.00', '450000.00', '200000.00', '450000.00', '1000000.00']);
  });
});
