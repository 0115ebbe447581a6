#!/usr/bin/env node
// Deterministic generator for fixtures/eksempel-forrige/: the example municipality as its files
// stood a month earlier, at the August run (last closed month 2026-08), for `prognose compare
// fixtures/eksempel-forrige fixtures/eksempel`. It reads fixtures/eksempel (run
// scripts/make-eksempel.mjs first if that changed) and undoes what happened in September, by
// rules on the rows, not by chance, so re-running gives byte-identical files, written the way
// Danish Excel writes CSV (windows-1252, ';', CRLF, 1.234.567,89, dd.mm.yyyy):
//   node scripts/make-eksempel-forrige.mjs
//
// What September changed (so what the August files have instead):
// - forbrug: September is not booked yet; June of Opholdssteder was booked 18.450,00 lower and July
//   of Botilbud § 108 12.300,00 higher (re-booked in September).
// - dispositioner:
//   - Døgninstitutioner's aktuel rows starting in September 2026 are new cases: not there in August;
//   - Forebyggende foranstaltninger's and Plejefamilier's aktuel rows starting in September 2026
//     were forventet in August;
//   - Opholdssteder's aktuel rows starting before September and stopping in Oct-Dec 2026 had no
//     known stop in August (01.01.9999): the cases ended;
//   - the first two Plejefamilier aktuel rows starting before September and stopping in 2027 were to
//     stop 30.11.2026 in August: extended;
//   - the first three open-ended monthly aktuel rows of Botilbud § 107 had a rate 2.000,00 lower:
//     renegotiated;
//   - two forventede cases of August did not come and are gone in September (listed at the end);
//   - August wrote the first Sikrede døgninstitutioner case's CPR number without its hyphen (the
//     same case: compare does not list it).
// - risikosager: R-2026-014 was 60 % likely in August (40 % now); R-2026-019 was pending on
//   Døgninstitutioner (now a case); R-2026-031 was not known yet.
// - tilgang: Botilbud § 107 2026-10 had 1 new case (2 now); Personlig støtte § 85 expected 1 new case
//   from 2026-09 (gone now); Opholdssteder 2026-11 was not known yet.
// - foranstaltninger: Døgninstitutioner's budget was 500.000 lower (corrected in September);
//   Plejefamilier's pool was 750.000 (600.000 now).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const FROM = new URL('../fixtures/eksempel/', import.meta.url);
const OUT = new URL('../fixtures/eksempel-forrige/', import.meta.url);

const read = (file) => readFileSync(new URL(file, FROM), 'latin1').split('\r\n').filter((l) => l !== '').map((l) => l.split(';'));
function write(file, rows) {
  const text = rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
  if (/[^\x00-\xff]/.test(text)) throw new Error(`${file}: character outside windows-1252/latin1 range`);
  writeFileSync(new URL(file, OUT), Buffer.from(text, 'latin1'));
  console.log(`${file}: ${rows.length - 1} rows`);
}
// The files are read and written as latin1 (what make-eksempel.mjs writes): a byte is one
// character, so 'ø' in the file is 'ø' here.

/** '1.234,56' → øre (integer). */
const ore = (text) => {
  const [kr, dec = '00'] = text.replace(/\./g, '').split(',');
  const sign = kr.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(kr)) * 100 + Number(dec.padEnd(2, '0')));
};
/** øre → '1.234,56'. */
const dk = (n) => {
  const abs = Math.abs(n);
  const kr = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${kr},${String(abs % 100).padStart(2, '0')}`;
};
/** dd.mm.yyyy → yyyymmdd as a number (blank → Infinity). */
const ymd = (text) => (text === '' ? Infinity : Number(text.slice(6) + text.slice(3, 5) + text.slice(0, 2)));
const changed = (what, n) => {
  if (n === 0) throw new Error(`nothing matched: ${what}`);
  console.log(`  ${what}: ${n}`);
};

mkdirSync(OUT, { recursive: true });

// ---------- foranstaltninger ----------
{
  const [head, ...rows] = read('foranstaltninger.csv');
  const col = (name) => head.indexOf(name);
  for (const r of rows) {
    if (r[col('Foranstaltning')] === 'Døgninstitutioner') r[col('Budget')] = dk(ore(r[col('Budget')]) - 50_000_000).replace(/,00$/, '');
    if (r[col('Foranstaltning')] === 'Plejefamilier') r[col('Pulje')] = '750.000';
  }
  write('foranstaltninger.csv', [head, ...rows]);
}

// ---------- dispositioner ----------
{
  const [head, ...rows] = read('dispositioner.csv');
  const [CPR, MEASURE, RATE, UNIT, START, STOP, STATUS] = [0, 1, 2, 3, 4, 5, 6];
  const SEPTEMBER = [20260901, 20260930];
  const inSeptember = (r) => ymd(r[START]) >= SEPTEMBER[0] && ymd(r[START]) <= SEPTEMBER[1];
  const before = (r) => ymd(r[START]) < SEPTEMBER[0];
  const of = (r, name) => r[MEASURE] === name;
  const aktuel = (r) => r[STATUS] === 'aktuel';
  const out = [];
  let count = { new: 0, forventet: 0, ended: 0, extended: 0, rate: 0, hyphen: 0 };
  for (const row of rows) {
    const r = [...row];
    if (of(r, 'Døgninstitutioner') && aktuel(r) && inSeptember(r)) {
      count.new++;
      continue;
    }
    if ((of(r, 'Forebyggende foranstaltninger') || of(r, 'Plejefamilier')) && aktuel(r) && inSeptember(r)) {
      r[STATUS] = 'forventet';
      count.forventet++;
    }
    if (of(r, 'Opholdssteder') && aktuel(r) && before(r) && ymd(r[STOP]) >= 20261001 && ymd(r[STOP]) <= 20261231) {
      r[STOP] = '01.01.9999';
      count.ended++;
    }
    if (of(r, 'Plejefamilier') && aktuel(r) && before(r) && ymd(r[STOP]) >= 20270101 && ymd(r[STOP]) < 99990101 && count.extended < 2) {
      r[STOP] = '30.11.2026';
      count.extended++;
    }
    if (of(r, 'Botilbud § 107') && aktuel(r) && r[UNIT] === 'måned' && (r[STOP] === '01.01.9999' || r[STOP] === '') && count.rate < 3) {
      r[RATE] = dk(ore(r[RATE]) - 200_000);
      count.rate++;
    }
    if (of(r, 'Sikrede døgninstitutioner') && count.hyphen === 0) {
      r[CPR] = r[CPR].replace('-', '');
      count.hyphen++;
    }
    out.push(r);
  }
  changed('Døgninstitutioner: new in September (left out)', count.new);
  changed('aktuel since September (forventet in August)', count.forventet);
  changed('Opholdssteder: ended (no stop in August)', count.ended);
  changed('Plejefamilier: extended (stop 30.11.2026 in August)', count.extended);
  changed('Botilbud § 107: rate 2.000,00 lower in August', count.rate);
  changed('CPR without hyphen', count.hyphen);
  // Two forventede cases of August that did not come (fictitious CPR numbers, valid century digit and modulus 11).
  out.push(['140910-4009', 'Opholdssteder', '55.000,00', 'måned', '01.10.2026', '01.01.9999', 'forventet', 'Opholdsstedet Åbrinken', 'Louise Lund']);
  out.push(['210690-1018', 'Botilbud § 108', '68.500,00', 'måned', '01.11.2026', '', 'forventet', 'Botilbuddet Højvang', 'Mette Kjær']);
  write('dispositioner.csv', [head, ...out]);
}

// ---------- forbrug ----------
{
  const [head, ...rows] = read('forbrug.csv');
  const out = [];
  const done = new Set();
  for (const row of rows) {
    const r = [...row];
    if (r[1] === '2026-09') continue;
    const key = `${r[0]};${r[1]}`;
    if (key === 'Opholdssteder;2026-06' && !done.has(key)) r[2] = dk(ore(r[2]) - 1_845_000);
    if (key === 'Botilbud § 108;2026-07' && !done.has(key)) r[2] = dk(ore(r[2]) + 1_230_000);
    done.add(key);
    out.push(r);
  }
  write('forbrug.csv', [head, ...out]);
}

// ---------- risikosager ----------
{
  const [head, ...rows] = read('risikosager.csv');
  const out = [];
  for (const row of rows) {
    const r = [...row];
    if (r[0] === 'R-2026-031') continue;
    if (r[0] === 'R-2026-014') r[4] = '60 %';
    out.push(r);
    if (r[0] === 'R-2026-017') out.push(['R-2026-019', 'Døgninstitutioner', '1', '95.000,00', '50 %', '01.10.2026', '6', '']);
  }
  write('risikosager.csv', [head, ...out]);
}

// ---------- tilgang ----------
{
  const [head, ...rows] = read('tilgang.csv');
  const out = [];
  for (const row of rows) {
    const r = [...row];
    if (r[0] === 'Opholdssteder' && r[1] === '2026-11') continue;
    if (r[0] === 'Botilbud § 107' && r[1] === '2026-10') r[2] = '1';
    if (r[0] === 'Personlig støtte § 85' && r[1] === '2026-10') out.push(['Personlig støtte § 85', '2026-09', '1', '0', '9.500,00']);
    out.push(r);
  }
  write('tilgang.csv', [head, ...out]);
}
