#!/usr/bin/env node
// Deterministic generator for fixtures/eksempel/: a fictitious municipality's follow-up sheets,
// written the way Danish Excel writes CSV (windows-1252, ';', CRLF, 1.234.567,89, dd.mm.yyyy).
// Budget year 2026, last closed month 2026-09. Re-running gives byte-identical files.
// The horizon's inputs (Budget 2027-2029, overgange and prisfremskrivning) draw no random numbers,
// so adding them left every other file as it was.
//   node scripts/make-eksempel.mjs
import { mkdirSync, writeFileSync } from 'node:fs';

const OUT = new URL('../fixtures/eksempel/', import.meta.url);

// ---------- seeded PRNG (mulberry32) ----------
let seed = 20260930;
function rnd() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const uni = (a, b) => a + (b - a) * rnd();
const int = (a, b) => Math.floor(uni(a, b + 1)); // inclusive
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const wpick = (pairs) => { // [[value, weight], ...]
  let r = rnd() * pairs.reduce((s, p) => s + p[1], 0);
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
};

// ---------- dates as UTC day numbers ----------
const day = (y, m, d) => Date.UTC(y, m - 1, d) / 864e5;
const ymd = (n) => { const t = new Date(n * 864e5); return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()]; };
const p2 = (n) => String(n).padStart(2, '0');
const fmtDate = (n) => { const [y, m, d] = ymd(n); return `${p2(d)}.${p2(m)}.${y}`; };
const dim = (y, m) => day(y, m + 1, 1) - day(y, m, 1);
const randDay = (from, to) => int(from, to); // inclusive day numbers
const MONTHS = []; // 2025-01 .. 2026-12
for (const y of [2025, 2026]) for (let m = 1; m <= 12; m++) MONTHS.push([y, m]);
const CLOSED = MONTHS.filter(([y, m]) => y === 2025 || m <= 9);
const ym = ([y, m]) => `${y}-${p2(m)}`;

// ---------- Danish number format ----------
function dk(n, dec = 2) {
  const c = Math.round(Math.abs(n) * 10 ** dec);
  const i = String(Math.floor(c / 10 ** dec)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const f = dec ? ',' + String(c % 10 ** dec).padStart(dec, '0') : '';
  return (n < 0 && c !== 0 ? '-' : '') + i + f;
}
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- CPR (DDMMYY-SSSS, valid century digit, modulus 11) ----------
const usedCpr = new Set();
function cpr(birth) {
  const [y, m, d] = ymd(birth);
  const yy = y % 100;
  const centuryDigits = y < 2000 ? [0, 1, 2, 3, ...(yy >= 37 ? [4, 9] : [])] : [4, 9, ...(yy <= 57 ? [5, 6, 7, 8] : [])];
  for (;;) {
    const digits = `${p2(d)}${p2(m)}${p2(yy)}${pick(centuryDigits)}${p2(int(0, 99))}`.split('').map(Number);
    const sum = [4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * digits[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    const s = digits.join('') + check;
    const out = `${s.slice(0, 6)}-${s.slice(6)}`;
    if (!usedCpr.has(out)) { usedCpr.add(out); return out; }
  }
}

// ---------- measures ----------
// lo/hi: monthly-equivalent rate range; units: [unit, weight]; n: number of dispositions
const B = 'Børn og unge', V = 'Voksne';
const DISP = [
  { konto: '5.28.20', omr: B, name: 'Opholdssteder', alder: 18, n: 65, lo: 38000, hi: 78000, pulje: 1000000, gp: true,
    units: [['måned', 60], ['dag', 35], ['uge', 5]], inst: ['Opholdsstedet Solsikken', 'Opholdsstedet Skovbrynet', 'Kystgården ApS', 'Opholdsstedet Åbrinken'] },
  { konto: '5.28.21', omr: B, name: 'Forebyggende foranstaltninger', n: 150, lo: 2500, hi: 22000,
    units: [['måned', 75], ['uge', 20], ['år', 5]], inst: ['Familiehuset', 'Kontaktperson - Ung i Midten', 'Aflastning Egely', 'Dagbehandling Stjernen'] },
  { konto: '5.28.22', omr: B, name: 'Plejefamilier', alder: 23, n: 115, lo: 16000, hi: 42000, pulje: 600000, gp: true,
    units: [['måned', 85], ['uge', 10], ['år', 5]], inst: ['Plejefamilie (almen)', 'Plejefamilie (forstærket)', 'Netværksplejefamilie', 'Plejefamilie (specialiseret)'] },
  { konto: '5.28.23', omr: B, name: 'Døgninstitutioner', alder: 18, n: 45, lo: 65000, hi: 130000,
    units: [['dag', 60], ['måned', 40]], inst: ['Børnehjemmet Bøgely', 'Døgninstitution Fjordglimt', 'Ungdomshjemmet Lærkereden'] },
  { konto: '5.28.24', omr: B, name: 'Sikrede døgninstitutioner', alder: 18, n: 8, lo: 125000, hi: 137000,
    units: [['dag', 100]], inst: ['Sølager', 'Bakkegården', 'Koglen', 'Kompasset'] },
  { konto: '5.38.38', omr: V, name: 'Personlig støtte § 85', n: 130, lo: 3000, hi: 24000, gp: true,
    units: [['måned', 60], ['uge', 35], ['år', 5]], inst: ['Bostøtteteamet Nord', 'Bostøtteteamet Syd', 'Aktivitetshuset Ågården', 'Privat leverandør'] },
  { konto: '5.38.50', omr: V, name: 'Botilbud § 108', n: 55, lo: 35000, hi: 95000, gp: true,
    units: [['måned', 60], ['dag', 25], ['år', 15]], inst: ['Bofællesskabet Kastanjen', 'Botilbuddet Højvang', 'Regionalt tilbud Nørrebakken'] },
  { konto: '5.38.52', omr: V, name: 'Botilbud § 107', n: 45, lo: 30000, hi: 80000, pulje: 800000, gp: true,
    units: [['måned', 60], ['dag', 30], ['år', 10]], inst: ['Midlertidigt botilbud Lyngbakken', 'Bocenter Æblehaven', 'Udslusningshuset Møllen'] },
];
const CASEWORKERS = ['Mette Kjær', 'Søren Østergaard', 'Anne-Marie Bæk', 'Jens Hald', 'Louise Lund', 'Pernille Dahl', 'Bo Frølund', 'Åse Nørgaard'];

// ---------- dispositions ----------
function rateFor(unit, monthly) {
  if (unit === 'måned') return wpick([[Math.round(monthly / 100) * 100, 50], [Math.round(monthly), 25], [Math.round(monthly * 2) / 2, 25]]);
  if (unit === 'dag') { const d = monthly * 12 / 365; return wpick([[Math.round(d), 60], [Math.round(d * 2) / 2, 25], [r2(d), 15]]); }
  if (unit === 'uge') { const w = monthly * 12 / 52; return wpick([[Math.round(w), 70], [r2(w), 30]]); }
  return Math.round(monthly * 12 / 100) * 100; // år
}
function stopFor(start) {
  const [sy] = ymd(start);
  const cat = wpick([['9999', 34], ['blank', 8], ['2026', 33], ['2025', 8], ['2027', 17]]);
  if (cat === '9999' || cat === 'blank') return { stop: Infinity, text: cat === '9999' ? '01.01.9999' : '' };
  const y = Number(cat);
  if (y < sy) return { stop: Infinity, text: '01.01.9999' };
  let lo = Math.max(start + 1, day(y, 1, 1)), hi = day(y, 12, 31);
  if (lo > hi) return { stop: Infinity, text: '01.01.9999' };
  let stop = randDay(lo, hi);
  if (rnd() < 0.4) { const [yy, mm] = ymd(stop); stop = Math.max(lo, day(yy, mm + 1, 1) - 1); } // end of month
  return { stop, text: fmtDate(stop) };
}
const dispositions = [];
for (const m of DISP) {
  const child = m.omr === B;
  for (let i = 0; i < m.n; i++) {
    const forventet = rnd() < 0.1;
    let start, stop, stopText;
    if (forventet) {
      start = wpick([[randDay(day(2026, 7, 1), day(2026, 9, 30)), 25], [randDay(day(2026, 10, 1), day(2026, 12, 31)), 75]]);
      ({ stop, text: stopText } = wpick([[{ stop: Infinity, text: '01.01.9999' }, 60], [{ stop: Infinity, text: '' }, 15], [null, 25]]) ?? stopFor(start));
    } else {
      const when = wpick([['før', 78], ['2026', 19], ['2027', 3]]);
      start = when === 'før' ? randDay(day(2019, 1, 1), day(2025, 12, 31))
        : when === '2026' ? randDay(day(2026, 1, 1), day(2026, 11, 30)) : randDay(day(2027, 1, 1), day(2027, 3, 31));
      ({ stop, text: stopText } = stopFor(start));
    }
    if (rnd() < 0.5) { const [y, mo] = ymd(start); start = day(y, mo, 1); } // half start on the 1st
    // Birth date fits the start: children are under 18 (and at least 1) at start, adults at least 18.
    const [sy, sm, sd] = ymd(start);
    const birth = child ? randDay(Math.max(day(2008, 1, 1), day(sy - 18, sm, sd) + 1), Math.min(day(2020, 12, 31), start - 365))
      : randDay(day(1960, 1, 1), Math.min(day(2007, 12, 31), day(sy - 18, sm, sd)));
    if (stop <= start) { stop = Infinity; stopText = '01.01.9999'; }
    let unit = wpick(m.units);
    const monthly = uni(m.lo, m.hi);
    if (unit === 'dag' && monthly < 56000) unit = 'måned'; // daily rates only for the expensive cases
    dispositions.push({ m, birth, cpr: cpr(birth), rate: rateFor(unit, monthly), unit, start, stop, stopText,
      status: forventet ? 'forventet' : 'aktuel', inst: pick(m.inst), cw: pick(CASEWORKERS) });
  }
}
// Edge cases: one-day placements (start = stop), and refunds (negative rates) on § 85.
for (const [name, d] of [['Sikrede døgninstitutioner', day(2026, 5, 12)], ['Døgninstitutioner', day(2026, 8, 3)]]) {
  const x = dispositions.find((r) => r.m.name === name && r.status === 'aktuel' && !r.oneDay && r.birth > day(2008, 12, 31));
  Object.assign(x, { start: d, stop: d, stopText: fmtDate(d), oneDay: true });
}
const p85 = dispositions.filter((r) => r.m.name === 'Personlig støtte § 85' && r.status === 'aktuel' && r.unit === 'måned');
Object.assign(p85[3], { rate: -4250, inst: 'Refusion fra anden kommune' });
Object.assign(p85[11], { rate: -2817.5, inst: 'Refusion fra anden kommune' });

function monthCost(r, [y, m]) {
  const a = Math.max(r.start, day(y, m, 1)), b = Math.min(r.stop, day(y, m, dim(y, m)));
  const days = b - a + 1;
  if (days <= 0) return 0;
  switch (r.unit) {
    case 'måned': return r.rate * days / dim(y, m);
    case 'dag': return r.rate * days;
    case 'uge': return r.rate * days / 7;
    default: return r.rate / 12 * days / dim(y, m); // år
  }
}
const monthlyEquivalent = (r) => ({ måned: 1, dag: 365 / 12, uge: 52 / 12, år: 1 / 12 })[r.unit] * r.rate;

// ---------- budgeted helårspersoner (Budget antal) ----------
// The rows' person-years in 2026 (active days ÷ days in the month, summed over the months, ÷ 12),
// set a little off by a fixed factor per measure, as a budget made last autumn would be; one decimal.
// No random numbers are drawn here, so every other file stays as it was.
const PERSONS_FACTOR = { Opholdssteder: 1.04, 'Forebyggende foranstaltninger': 0.97, Plejefamilier: 1.02, Døgninstitutioner: 0.95,
  'Sikrede døgninstitutioner': 1.1, 'Personlig støtte § 85': 1.01, 'Botilbud § 108': 0.98, 'Botilbud § 107': 1.03 };
function budgetPersons(m, rows) {
  let persons = 0;
  for (const r of rows) {
    for (let mo = 1; mo <= 12; mo++) {
      const a = Math.max(r.start, day(2026, mo, 1)), b = Math.min(r.stop, day(2026, mo, dim(2026, mo)));
      if (b >= a) persons += (b - a + 1) / dim(2026, mo);
    }
  }
  return Math.round(persons / 12 * PERSONS_FACTOR[m.name] * 10) / 10;
}

// ---------- measure table and actuals ----------
const measures = []; // { konto, omr, name, metode, budget, pulje, skon, gp }
const actuals = new Map(); // name -> [amount per CLOSED month]
for (const m of DISP) {
  const rows = dispositions.filter((r) => r.m === m);
  const base = (mon) => rows.reduce((s, r) => s + monthCost(r, mon), 0);
  const year = MONTHS.filter(([y]) => y === 2026).reduce((s, mon) => s + base(mon), 0);
  const budget = Math.round((year * uni(0.96, 1.04) + (m.pulje ?? 0)) / 100000) * 100000;
  const cur = rows.filter((r) => r.status === 'aktuel' && r.rate > 0);
  const gp = m.gp ? Math.round(cur.reduce((s, r) => s + monthlyEquivalent(r), 0) / cur.length / 100) * 100 : undefined;
  measures.push({ konto: m.konto, omr: m.omr, name: m.name, metode: 'disposition', budget, pulje: m.pulje, gp, antal: budgetPersons(m, rows), alder: m.alder });
  actuals.set(m.name, CLOSED.map((mon) => r2(base(mon) * (mon[0] === 2025 ? uni(0.98, 1.05) : uni(0.96, 1.04)))));
}
// Efterskoleophold: school year Aug-Jun, almost nothing in July (glidende: needs 12 months' history).
const efterskole = CLOSED.map(([y, m]) => r2(m === 7 ? uni(15000, 40000) : uni(255000, 300000) * (y === 2026 ? 1.04 : 1)));
const last12 = efterskole.slice(-12).reduce((s, x) => s + x, 0);
actuals.set('Efterskoleophold', efterskole);
actuals.set('Advokatudgifter', CLOSED.map(() => r2(wpick([[uni(20000, 60000), 60], [uni(60000, 140000), 35], [uni(0, 8000), 5]]))));
actuals.set('Kommunens eget børnehjem', CLOSED.map(([, m]) => r2(uni(1180000, 1290000) * (m === 5 ? 1.12 : 1))));
actuals.set('Central refusionsordning', CLOSED.map(([, m]) => r2(-uni(230000, 420000) - (m % 3 === 0 ? uni(0, 150000) : 0))));
measures.push(
  { konto: '5.28.21', omr: B, name: 'Efterskoleophold', metode: 'glidende', budget: Math.round(last12 * 0.97 / 50000) * 50000 },
  { konto: '5.28.21', omr: B, name: 'Advokatudgifter', metode: 'tolvtedele', budget: 950000 },
  { konto: '5.28.23', omr: B, name: 'Kommunens eget børnehjem', metode: 'ramme', budget: 14800000 },
  { konto: '5.28.23', omr: B, name: 'Central refusionsordning', metode: 'skøn', budget: -4200000, skon: -3950000 },
);
measures.sort((a, b) => a.konto.localeCompare(b.konto) || (a.metode === 'disposition' ? 0 : 1) - (b.metode === 'disposition' ? 0 : 1));

// ---------- write files ----------
mkdirSync(OUT, { recursive: true });
function write(file, header, rows) {
  const text = [header, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';
  if (/[^\x00-\xff]/.test(text)) throw new Error(`${file}: character outside windows-1252/latin1 range`);
  writeFileSync(new URL(file, OUT), Buffer.from(text, 'latin1'));
  console.log(`${file}: ${rows.length} rows`);
}
const opt = (x, dec = 0) => (x === undefined ? '' : dk(x, dec));

// ---------- the horizon: later budgets ----------
// Budget 2027-2029: the 2026 budget grown by a fixed yearly rate per area (children's placements
// lose the 18-year-olds, the adults' area takes them on), rounded to 100.000. No random numbers.
// Aldersgrænse (the DISP table's alder: 18, Plejefamilier 23 for efterværn) is the case review's
// and the horizon's both.
const PLACEMENTS = new Set(['Opholdssteder', 'Plejefamilier', 'Døgninstitutioner', 'Sikrede døgninstitutioner']);
const growth = (m) => (m.omr === V ? 1.04 : PLACEMENTS.has(m.name) ? 0.99 : 1.02);
const laterBudget = (m, k) => Math.round(m.budget * growth(m) ** k / 100000) * 100000;
const LATER_YEARS = [2027, 2028, 2029];

write('foranstaltninger.csv', ['Konto', 'Område', 'Foranstaltning', 'Metode', 'Budget', ...LATER_YEARS.map((y) => `Budget ${y}`), 'Budget antal', 'Pulje', 'Aldersgrænse', 'Skøn', 'Gennemsnitspris'],
  measures.map((m) => [m.konto, m.omr, m.name, m.metode, dk(m.budget, 0), ...LATER_YEARS.map((_, k) => dk(laterBudget(m, k + 1), 0)),
    opt(m.antal, 1), opt(m.pulje), opt(m.alder), opt(m.skon), opt(m.gp)]));

// ---------- the case review, on purpose (README "Checks": which rows fire which check) ----------
// Made after every random draw and every amount, so the other files and the figures stay as they
// were: new CPR numbers for three rows (their amounts do not depend on the case), a row with rate
// 0 appended (it adds 0 kr.), and Art marking one of the two refunds. The rest is the data's own:
// forventet rows that started in closed months, Forebyggende foranstaltninger (no Aldersgrænse)
// paying past the 18th birthday, open-ended rows older than 3 years.
/** A CPR number for a birth date with a given serial (7th digit first), the check digit computed; no random draw. */
function cprFixed(birth, serial) {
  const [y, m, d] = ymd(birth);
  const digits = `${p2(d)}${p2(m)}${p2(y % 100)}${serial}`.split('').map(Number);
  const sum = [4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * digits[i], 0);
  const check = (11 - (sum % 11)) % 11;
  if (check === 10) throw new Error(`no check digit for ${serial}`);
  const out = `${digits.join('').slice(0, 6)}-${digits.join('').slice(6)}${check}`;
  if (usedCpr.has(out)) throw new Error(`${out} is taken`);
  usedCpr.add(out);
  return out;
}
const onPurpose = (name, test) => dispositions.find((r) => r.m.name === name && r.status === 'aktuel' && r.rate > 0 && test(r));
// age-for-measure: an 11-year-old in Botilbud § 108 (adults' area, from 18) …
Object.assign(onPurpose('Botilbud § 108', (r) => r.stop === Infinity && r.start < day(2026, 1, 1)), { cpr: cprFixed(day(2015, 4, 14), '420') });
// … a 25-year-old in Forebyggende foranstaltninger (children's area, under 23; also past its 18th birthday) …
Object.assign(onPurpose('Forebyggende foranstaltninger', (r) => r.stop === Infinity && r.start < day(2026, 1, 1)), { cpr: cprFixed(day(2001, 6, 3), '410') });
// … and a birth date (1912: 7th digit 0-3) that makes the case 110 or more on Personlig støtte § 85.
Object.assign(onPurpose('Personlig støtte § 85', (r) => r.stop === Infinity && r.start >= day(2022, 11, 1)), { cpr: cprFixed(day(1912, 11, 20), '030') });
// negative-rate: the first refund says Refusion in Art (no warning); the second does not (a warning).
p85[3].art = 'Refusion';
// rate-outlier: a case whose rate was never typed in (0 kr.) on Botilbud § 108, appended as the last row.
const zero = { m: DISP.find((m) => m.name === 'Botilbud § 108'), cpr: cprFixed(day(1988, 2, 9), '174'), rate: 0, unit: 'måned',
  start: day(2026, 8, 1), stopText: '01.01.9999', status: 'aktuel', inst: 'Botilbuddet Højvang', cw: 'Jens Hald' };

write('dispositioner.csv', ['CPR-nr.', 'Foranstaltning', 'Takst (kr.)', 'Takstenhed', 'Startdato', 'Stopdato', 'Status', 'Art', 'Institution', 'Sagsbehandler'],
  [...dispositions, zero].map((r) => [r.cpr, r.m.name, dk(r.rate), r.unit, fmtDate(r.start), r.stopText, r.status, r.art ?? '', r.inst, r.cw]));

const forbrug = [];
CLOSED.forEach((mon, i) => {
  const tail = []; // second postings of a split month go to the end of the month's block
  for (const m of measures) {
    const total = actuals.get(m.name)[i];
    if (rnd() < 0.15) {
      const a = r2(total * uni(0.55, 0.9));
      forbrug.push([m.name, ym(mon), dk(a)]);
      tail.push([m.name, ym(mon), dk(r2(total - a))]);
    } else forbrug.push([m.name, ym(mon), dk(total)]);
  }
  forbrug.push(...tail);
});
write('forbrug.csv', ['Foranstaltning', 'Måned', 'Beløb'], forbrug);

write('risikosager.csv', ['Sag', 'Foranstaltning', 'Antal', 'Enhedsudgift', 'Sandsynlighed', 'Startdato', 'Varighed (mdr.)', 'Stopdato'], [
  ['R-2026-014', 'Opholdssteder', '1', '62.500,00', '40 %', '01.10.2026', '6', ''],
  ['R-2026-017', 'Døgninstitutioner', '2', '98.000,00', '0,75', '01.11.2026', '', '31.03.2027'],
  ['R-2026-021', 'Sikrede døgninstitutioner', '1', '128.400,00', '25 %', '15.10.2026', '3', ''],
  ['R-2026-022', 'Plejefamilier', '3', '28.500,00', '0,6', '01.12.2026', '', ''],
  ['R-2026-025', 'Botilbud § 108', '1', '71.250,50', '50 %', '01.11.2026', '12', ''],
  ['R-2026-029', 'Forebyggende foranstaltninger', '2', '14.750,00', '0,35', '01.10.2026', '', '31.12.2026'],
  ['R-2026-031', 'Botilbud § 107', '1', '54.000,00', '80 %', '01.12.2026', '24', ''],
]);

write('tilgang.csv', ['Foranstaltning', 'Måned', 'Tilgang', 'Afgang', 'Gennemsnitspris'], [
  ['Botilbud § 107', '2026-10', '2', '0', ''],
  ['Botilbud § 107', '2026-12', '1', '0', '48.500,00'],
  ['Personlig støtte § 85', '2026-10', '0', '2', ''],
  ['Personlig støtte § 85', '2026-11', '3', '1', '9.800,00'],
  ['Botilbud § 108', '2026-11', '1', '1', '66.000,00'],
  ['Plejefamilier', '2026-12', '0', '1', ''],
  ['Opholdssteder', '2026-11', '1', '0', ''],
]);

// ---------- overgange: the 18-year list's shadow assessments ----------
// Children on a placement with no known stop who turn 18 in 2027-2029, each assessed for the
// adults' measure they are expected to move to (the measure's Gennemsnitspris, rounded). Picked
// by birth date (every third), no random numbers. Startdato is blank (the 18th birthday) except
// for a case whose adults' place is free only from the 1st of the month after next; one case has
// a Stopdato (a year's stay) and one a daily rate.
const TARGET = { Opholdssteder: 'Botilbud § 107', Døgninstitutioner: 'Botilbud § 108', Plejefamilier: 'Personlig støtte § 85' };
const turns18 = (r) => ymd(r.birth)[0] + 18;
const candidates = dispositions
  .filter((r) => TARGET[r.m.name] && r.status === 'aktuel' && r.stop === Infinity && turns18(r) >= 2027 && turns18(r) <= 2029)
  .sort((a, b) => a.birth - b.birth || (a.cpr < b.cpr ? -1 : 1))
  .filter((_, i) => i % 3 === 0)
  .slice(0, 6);
const gpOf = new Map(measures.map((m) => [m.name, m.gp]));
const PROBABILITY = ['100 %', '60 %', '0,8', '75 %', '', '50 %'];
write('overgange.csv', ['CPR', 'Til foranstaltning', 'Startdato', 'Takst', 'Takstenhed', 'Sandsynlighed', 'Stopdato'],
  candidates.map((r, i) => {
    const target = TARGET[r.m.name];
    const [by, bm, bd] = ymd(r.birth);
    const birthday = day(by + 18, bm, bd === 29 && bm === 2 ? 28 : bd);
    const start = i === 2 ? fmtDate(day(by + 18, bm + 2, 1)) : '';
    const daily = i === 4;
    const rate = daily ? Math.round(gpOf.get(target) * 12 / 365) : Math.round(gpOf.get(target) / 100) * 100;
    const stop = i === 3 ? fmtDate(birthday + 364) : '';
    return [r.cpr, target, start, dk(rate), daily ? 'dag' : 'måned', PROBABILITY[i], stop];
  }));

// ---------- prisfremskrivning: the price changes of the overslagsår ----------
write('prisfremskrivning.csv', ['År', 'Procent'], [['2027', '3,1'], ['2028', '2,8 %'], ['2029', '2,5']]);
