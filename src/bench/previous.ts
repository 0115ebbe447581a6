/**
 * The month before a synthetic municipality (src/bench/synthetic.ts), for the benchmark's compare
 * line (`npm run bench`: prognose compare PREVIOUS CURRENT): the same input folder as it stood at
 * the August run (last closed month 2026-08), made from the current one's files by fixed rules on
 * the rows, so it is deterministic and about one row in eleven differs, as in a busy month:
 * - forbrug: September not booked yet; June booked 1 % lower (re-booked since);
 * - dispositioner, by row number i (from 0): i % 50 = 0 a case new since (left out), = 1 a rate
 *   2 % lower, = 2 forventet instead of aktuel, = 3 no known stop instead of its stop date; and
 *   after every 1.000th row a forventet case that did not come (reference "Sag F-<n>");
 * - risikosager: every 10th is new since (left out), every 5th was 5 points less likely;
 * - tilgang: every 3rd row had one intake less;
 * - foranstaltninger: the first measure's budget was 100.000 lower.
 * Exports: writePreviousInputs, PREVIOUS_AS_OF.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const PREVIOUS_AS_OF = '2026-08';

/** '1.234,56' → øre. */
function ore(text: string): number {
  const negative = text.startsWith('-');
  const [kr, dec = '00'] = (negative ? text.slice(1) : text).replace(/\./g, '').split(',');
  const n = Number(kr) * 100 + Number(dec.padEnd(2, '0'));
  return negative ? -n : n;
}

/** øre → '1.234,56' (dec 2) or '1.235' (dec 0, whole kroner). */
function dk(n: number, dec: 0 | 2 = 2): string {
  const abs = Math.abs(n);
  const kr = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${kr}${dec === 2 ? `,${String(abs % 100).padStart(2, '0')}` : ''}`;
}

/** Writes `previousDir` from the synthetic input in `currentDir`; returns the data rows written per file. */
export function writePreviousInputs(currentDir: string, previousDir: string): Readonly<Record<string, number>> {
  mkdirSync(previousDir, { recursive: true });
  const counts: Record<string, number> = {};
  const rewrite = (file: string, change: (cells: string[], i: number, out: string[][]) => void): void => {
    const [head, ...lines] = readFileSync(join(currentDir, file), 'latin1').split('\r\n').filter((l) => l !== '');
    const out: string[][] = [];
    lines.forEach((line, i) => change(line.split(';'), i, out));
    const fd = openSync(join(previousDir, file), 'w');
    try {
      writeSync(fd, Buffer.from([head!, ...out.map((r) => r.join(';'))].join('\r\n') + '\r\n', 'latin1'));
    } finally {
      closeSync(fd);
    }
    counts[file] = out.length;
  };

  rewrite('foranstaltninger.csv', (r, i, out) => {
    if (i === 0) r[4] = dk(ore(r[4]!) - 10_000_000, 0);
    out.push(r);
  });
  let didNotCome = 0;
  rewrite('dispositioner.csv', (r, i, out) => {
    const [, , rate, , , stop, status] = r;
    switch (i % 50) {
      case 0:
        return; // new since August
      case 1:
        r[2] = dk(Math.round(ore(rate!) * 0.98));
        break;
      case 2:
        if (status === 'aktuel') r[6] = 'forventet';
        break;
      case 3:
        if (stop !== '' && stop !== '01.01.9999') r[5] = '01.01.9999';
        break;
    }
    out.push(r);
    if (i % 1000 === 999) out.push([`Sag F-${++didNotCome}`, r[1]!, '30.000,00', 'måned', '01.11.2026', '', 'forventet', r[7]!, r[8]!]);
  });
  rewrite('forbrug.csv', (r, _i, out) => {
    if (r[1] === '2026-09') return;
    if (r[1] === '2026-06') r[2] = dk(Math.round(ore(r[2]!) * 0.99));
    out.push(r);
  });
  rewrite('risikosager.csv', (r, i, out) => {
    if (i % 10 === 9) return;
    if (i % 5 === 0) {
      const p = r[4]!;
      const percent = p.endsWith('%') ? Number(p.slice(0, -2)) : Number(p.slice(2));
      const less = Math.max(5, percent - 5);
      r[4] = p.endsWith('%') ? `${less} %` : `0,${String(less).padStart(2, '0')}`;
    }
    out.push(r);
  });
  rewrite('tilgang.csv', (r, i, out) => {
    if (i % 3 === 0) r[2] = String(Math.max(0, Number(r[2]) - 1));
    out.push(r);
  });
  return counts;
}
