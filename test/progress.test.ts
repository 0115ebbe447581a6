import { describe, expect, it } from 'vitest';
import { Progress, progressFor } from '../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, columns: 120, write: (s: string) => written.push(s) }, written };
}

describe('progress line', () => {
  it('stays silent for the first second, then draws phase, bar and rows in place, and clears', () => {
    const { stream, written } = fakeStream(true);
    let now = 0;
    const p = new Progress(stream, true, () => now);
    p.update('læser dispositioner.csv', 100, 1000);
    expect(written).toEqual([]);
    now = 1200;
    p.update('læser dispositioner.csv', 500_000, 1_000_000);
    expect(written).toEqual(['\rprognose: læser dispositioner.csv [============            ] 500.000/1.000.000 rækker (1,2 s)\u001b[K']);
    now = 1250; // too soon for the same phase
    p.update('læser dispositioner.csv', 600_000, 1_000_000);
    expect(written).toHaveLength(1);
    p.update('beregner prognosen'); // a new phase is drawn at once
    expect(written[1]).toBe('\rprognose: beregner prognosen (1,3 s)\u001b[K');
    p.clear();
    expect(written[2]).toBe('\r\u001b[K');
    p.clear();
    expect(written).toHaveLength(3);
  });

  it('draws nothing when stderr is not a terminal or with --quiet', () => {
    for (const [tty, quiet] of [[false, false], [true, true]] as const) {
      const { stream, written } = fakeStream(tty);
      const p = progressFor({ quiet }, stream);
      const later = performance.now() + 5000;
      (p as unknown as { now: () => number }).now = () => later;
      p.update('læser dispositioner.csv', 1, 2);
      p.clear();
      expect(written).toEqual([]);
    }
  });
});
