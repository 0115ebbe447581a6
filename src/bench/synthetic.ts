/**
 * Synthetic municipality for the benchmark (`npm run bench`): writes an input folder with N
 * disposition rows (plus foranstaltninger, forbrug, risikosager and tilgang scaled to N) the way
 * Danish Excel saves CSV: windows-1252, `;`, CRLF, `1.234.567,89`, `dd.mm.yyyy`.
 *
 * Exports: writeSyntheticInputs, SyntheticSpec, SyntheticResult, SYNTHETIC_YEAR, SYNTHETIC_AS_OF.
 * Deterministic: the same spec (rows, seed) always gives byte-identical files. Budget year 2026,
 * last closed month 2026-09. The data are valid input: no row produces an error or a warning, so
 * a run measures the work on clean data, the case review's checks included (validate/review-check.ts):
 * expected rows start in the open months, children are under 18 through the budget year and
 * adults 18 or older at every row, a case seen again is seen on another measure of its own area,
 * the refunds (negative § 85 rates) say "refusion" in Art, and most open-ended rows that started
 * more than 3 years before the first open day were given a stop date, so about 1 % of the rows
 * remain as long-open-case notes (notes, like the outside-year note). Institution and
 * Sagsbehandler are extra columns the workbook keeps. Floats appear only in making up the data,
 * never in the product's arithmetic: every amount written has at most two decimals.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { dayNumber, daysInMonth, fromDayNumber } from '../model/civil-date.js';

export const SYNTHETIC_YEAR = 2026;
export const SYNTHETIC_AS_OF = '2026-09';

export interface SyntheticSpec {
  /** Number of disposition rows. */
  readonly rows: number;
  readonly seed?: number;
}

export interface SyntheticResult {
  /** File name → data rows written (without the header). */
  readonly files: Readonly<Record<string, number>>;
  readonly bytes: number;
}

type Unit = 'måned' | 'dag' | 'uge' | 'år';

interface DispositionMeasure {
  readonly account: string;
  readonly area: string;
  readonly name: string;
  /** Share of the disposition rows. */
  readonly weight: number;
  /** Monthly-equivalent rate range in kr. */
  readonly lo: number;
  readonly hi: number;
  readonly units: readonly (readonly [Unit, number])[];
  readonly pool?: number;
  readonly averagePrice: number;
  readonly institutions: readonly string[];
}

const B = 'Børn og unge';
const V = 'Voksne';
const MEASURES: readonly DispositionMeasure[] = [
  { account: '5.28.20', area: B, name: 'Opholdssteder', weight: 65, lo: 38000, hi: 78000, pool: 1000000, averagePrice: 58000,
    units: [['måned', 60], ['dag', 35], ['uge', 5]], institutions: ['Opholdsstedet Solsikken', 'Opholdsstedet Skovbrynet', 'Kystgården ApS', 'Opholdsstedet Åbrinken'] },
  { account: '5.28.21', area: B, name: 'Forebyggende foranstaltninger', weight: 150, lo: 2500, hi: 22000, averagePrice: 12000,
    units: [['måned', 75], ['uge', 20], ['år', 5]], institutions: ['Familiehuset', 'Kontaktperson - Ung i Midten', 'Aflastning Egely', 'Dagbehandling Stjernen'] },
  { account: '5.28.22', area: B, name: 'Plejefamilier', weight: 115, lo: 16000, hi: 42000, pool: 600000, averagePrice: 29000,
    units: [['måned', 85], ['uge', 10], ['år', 5]], institutions: ['Plejefamilie (almen)', 'Plejefamilie (forstærket)', 'Netværksplejefamilie', 'Plejefamilie (specialiseret)'] },
  { account: '5.28.23', area: B, name: 'Døgninstitutioner', weight: 45, lo: 65000, hi: 130000, averagePrice: 97000,
    units: [['dag', 60], ['måned', 40]], institutions: ['Børnehjemmet Bøgely', 'Døgninstitution Fjordglimt', 'Ungdomshjemmet Lærkereden'] },
  { account: '5.28.24', area: B, name: 'Sikrede døgninstitutioner', weight: 8, lo: 125000, hi: 137000, averagePrice: 131000,
    units: [['dag', 100]], institutions: ['Sølager', 'Bakkegården', 'Koglen', 'Kompasset'] },
  { account: '5.38.38', area: V, name: 'Personlig støtte § 85', weight: 130, lo: 3000, hi: 24000, averagePrice: 13500,
    units: [['måned', 60], ['uge', 35], ['år', 5]], institutions: ['Bostøtteteamet Nord', 'Bostøtteteamet Syd', 'Aktivitetshuset Ågården', 'Privat leverandør'] },
  { account: '5.38.50', area: V, name: 'Botilbud § 108', weight: 55, lo: 35000, hi: 95000, averagePrice: 65000,
    units: [['måned', 60], ['dag', 25], ['år', 15]], institutions: ['Bofællesskabet Kastanjen', 'Botilbuddet Højvang', 'Regionalt tilbud Nørrebakken'] },
  { account: '5.38.52', area: V, name: 'Botilbud § 107', weight: 45, lo: 30000, hi: 80000, pool: 800000, averagePrice: 55000,
    units: [['måned', 60], ['dag', 30], ['år', 10]], institutions: ['Midlertidigt botilbud Lyngbakken', 'Bocenter Æblehaven', 'Udslusningshuset Møllen'] },
];
const CASEWORKERS = ['Mette Kjær', 'Søren Østergaard', 'Anne-Marie Bæk', 'Jens Hald', 'Louise Lund', 'Pernille Dahl', 'Bo Frølund', 'Åse Nørgaard'];
const UNIT_PER_MONTH: Readonly<Record<Unit, number>> = { måned: 1, dag: 365 / 12, uge: 52 / 12, år: 1 / 12 };

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const p2 = (n: number): string => (n < 10 ? '0' : '') + n;

function fmtDay(n: number): string {
  const d = fromDayNumber(n);
  return `${p2(d.day)}.${p2(d.month)}.${d.year}`;
}

/** Danish amount from whole øre: 1.234.567,89 (or without decimals when dec = 0). */
function dk(ore: number, dec: 0 | 2 = 2): string {
  const negative = ore < 0;
  const abs = Math.abs(ore);
  const kr = Math.floor(abs / 100);
  const grouped = String(kr).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const frac = dec === 2 ? ',' + p2(abs % 100) : '';
  return (negative && abs !== 0 ? '-' : '') + grouped + frac;
}

/** Buffered latin1 (= windows-1252 for these characters) file writer with CRLF lines. */
class CsvWriter {
  private readonly fd: number;
  private chunk: string[] = [];
  rows = 0;
  bytes = 0;

  constructor(path: string, header: readonly string[]) {
    this.fd = openSync(path, 'w');
    this.chunk.push(header.join(';'));
  }

  row(cells: readonly string[]): void {
    this.chunk.push(cells.join(';'));
    this.rows++;
    if (this.chunk.length >= 4096) this.flush();
  }

  private flush(): void {
    if (this.chunk.length === 0) return;
    const buffer = Buffer.from(this.chunk.join('\r\n') + '\r\n', 'latin1');
    writeSync(this.fd, buffer);
    this.bytes += buffer.length;
    this.chunk = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export function writeSyntheticInputs(dir: string, spec: SyntheticSpec): SyntheticResult {
  mkdirSync(dir, { recursive: true });
  const rnd = prng(spec.seed ?? 20260930);
  const uni = (a: number, b: number): number => a + (b - a) * rnd();
  const int = (a: number, b: number): number => Math.floor(uni(a, b + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const wpick = <T>(pairs: readonly (readonly [T, number])[]): T => {
    let r = rnd() * pairs.reduce((s, p) => s + p[1], 0);
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1]![0];
  };
  const day = (year: number, month: number, d: number): number => dayNumber({ year, month, day: d });
  const year = SYNTHETIC_YEAR;
  const files: Record<string, number> = {};
  let bytes = 0;
  const done = (name: string, w: CsvWriter): void => {
    w.close();
    files[name] = w.rows;
    bytes += w.bytes;
  };

  // A CPR number DDMMYY-SSSS with a valid century digit and modulus-11 check digit, unique.
  const usedCprs = new Set<string>();
  const cpr = (birth: number): string => {
    const b = fromDayNumber(birth);
    const yy = b.year % 100;
    const centuryDigits = b.year < 2000 ? [0, 1, 2, 3, ...(yy >= 37 ? [4, 9] : [])] : [4, 9, ...(yy <= 57 ? [5, 6, 7, 8] : [])];
    for (;;) {
      const digits = `${p2(b.day)}${p2(b.month)}${p2(yy)}${pick(centuryDigits)}${p2(int(0, 99))}`.split('').map(Number);
      const sum = [4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * digits[i]!, 0);
      const check = (11 - (sum % 11)) % 11;
      if (check === 10) continue;
      const s = digits.join('') + check;
      const ref = `${s.slice(0, 6)}-${s.slice(6)}`;
      if (usedCprs.has(ref)) continue; // a new citizen never gets a number already given out
      usedCprs.add(ref);
      return ref;
    }
  };

  // ---------- dispositions ----------
  const totalWeight = MEASURES.reduce((s, m) => s + m.weight, 0);
  const yearly = new Map<string, number>(MEASURES.map((m) => [m.name, 0]));
  const disp = new CsvWriter(join(dir, 'dispositioner.csv'),
    ['CPR-nr.', 'Foranstaltning', 'Takst (kr.)', 'Takstenhed', 'Startdato', 'Stopdato', 'Status', 'Art', 'Institution', 'Sagsbehandler']);
  const recent: string[] = [];
  const recentMeasures: number[] = []; // a bit per measure the recent case already has
  const recentChild: boolean[] = []; // the recent case is a child (children's area)
  // An open-ended row that started before this day is more than 3 years old at the first open day
  // (01.10.2026): most such rows get a stop date, as a kept sheet would have.
  const longAgo = day(year - 3, 10, 1);
  const yearStart = day(year, 1, 1);
  const yearEnd = day(year, 12, 31);
  for (let i = 0; i < spec.rows; i++) {
    let r = rnd() * totalWeight;
    let m = MEASURES[MEASURES.length - 1]!;
    for (const candidate of MEASURES) if ((r -= candidate.weight) < 0) { m = candidate; break; }
    const child = m.area === B;
    const expected = rnd() < 0.1;
    let start: number;
    if (expected) start = int(day(year, 10, 1), yearEnd); // expected cases start in the open months
    else {
      const when = wpick([['before', 78], ['this', 19], ['next', 3]] as const);
      start = when === 'before' ? int(day(2019, 1, 1), day(year - 1, 12, 31)) : when === 'this' ? int(yearStart, day(year, 11, 30)) : int(day(year + 1, 1, 1), day(year + 1, 3, 31));
    }
    if (rnd() < 0.5) { const s = fromDayNumber(start); start = day(s.year, s.month, 1); }
    let stop = Infinity;
    let stopText = wpick([['01.01.9999', 45], ['', 10], ['date', 45]] as const) as string;
    if (stopText !== 'date' && start < longAgo && rnd() < 0.95) stopText = 'date';
    if (stopText === 'date') {
      const lo = Math.max(start, yearStart - 200);
      stop = int(lo, Math.max(lo, day(year + 1, 12, 31)));
      if (rnd() < 0.4) { const s = fromDayNumber(stop); stop = Math.max(start, day(s.year, s.month, daysInMonth(s.year, s.month))); }
      stopText = fmtDay(stop);
    }
    let caseRef: string | undefined;
    const measureBit = 1 << MEASURES.indexOf(m);
    if (recent.length > 0 && rnd() < 0.3) {
      // A known case on another measure of its area (never twice on the same one: that would be double payment).
      const k = int(0, recent.length - 1);
      if ((recentMeasures[k]! & measureBit) === 0 && recentChild[k] === child) {
        caseRef = recent[k]!;
        recentMeasures[k]! |= measureBit;
      }
    }
    if (caseRef === undefined) {
      const s = fromDayNumber(start);
      // Children turn 18 after the budget year; adults are 18 before the earliest start (2019).
      const birth = child ? int(Math.max(day(year - 17, 1, 1), day(s.year - 18, s.month, 1) + 31), Math.min(day(2020, 12, 31), start - 365))
        : int(day(1960, 1, 1), Math.min(day(2000, 12, 31), day(s.year - 18, s.month, 1)));
      caseRef = cpr(birth);
      if (recent.length < 512) {
        recent.push(caseRef);
        recentMeasures.push(measureBit);
        recentChild.push(child);
      } else {
        recent[i % 512] = caseRef;
        recentMeasures[i % 512] = measureBit;
        recentChild[i % 512] = child;
      }
    }
    let unit = wpick(m.units);
    const monthly = uni(m.lo, m.hi);
    if (unit === 'dag' && monthly < 56000) unit = 'måned';
    const perUnit = monthly / UNIT_PER_MONTH[unit];
    // Rates in whole øre: round kr. (most), half kr., or øre.
    let rateOre = wpick([[Math.round(perUnit) * 100, 55], [Math.round(perUnit * 2) * 50, 25], [Math.round(perUnit * 100), 20]] as const);
    if (unit === 'år' || unit === 'måned') rateOre = rnd() < 0.5 ? Math.round(perUnit / 100) * 10000 : rateOre;
    const refund = m.name === 'Personlig støtte § 85' && rnd() < 0.01; // refunds from other municipalities
    if (refund) rateOre = -rateOre;
    const activeFrom = Math.max(start, yearStart);
    const activeTo = Math.min(stop, yearEnd);
    if (activeTo >= activeFrom) yearly.set(m.name, yearly.get(m.name)! + (rateOre / 100) * UNIT_PER_MONTH[unit] * 12 * (activeTo - activeFrom + 1) / 365);
    disp.row([caseRef, m.name, dk(rateOre), unit, fmtDay(start), stopText, expected ? 'forventet' : 'aktuel', refund ? 'refusion' : '', pick(m.institutions), pick(CASEWORKERS)]);
  }
  done('dispositioner.csv', disp);

  // ---------- measures ----------
  const others = [
    { account: '5.28.21', area: B, name: 'Efterskoleophold', method: 'glidende', monthly: 280000 * Math.max(1, spec.rows / 1000) },
    { account: '5.28.21', area: B, name: 'Advokatudgifter', method: 'tolvtedele', monthly: 80000 * Math.max(1, spec.rows / 1000) },
    { account: '5.28.23', area: B, name: 'Kommunens eget børnehjem', method: 'ramme', monthly: 1230000 * Math.max(1, spec.rows / 1000) },
    { account: '5.28.23', area: B, name: 'Central refusionsordning', method: 'skøn', monthly: -330000 * Math.max(1, spec.rows / 1000) },
  ];
  const hundredThousands = (kr: number): number => Math.round(kr / 100000) * 100000 * 100;
  const measures = new CsvWriter(join(dir, 'foranstaltninger.csv'), ['Konto', 'Område', 'Foranstaltning', 'Metode', 'Budget', 'Pulje', 'Skøn', 'Gennemsnitspris']);
  const monthlyActual = new Map<string, number>();
  for (const m of MEASURES) {
    const y = yearly.get(m.name)!;
    monthlyActual.set(m.name, y / 12);
    measures.row([m.account, m.area, m.name, 'disposition', dk(hundredThousands(y * uni(0.96, 1.04) + (m.pool ?? 0)), 0), m.pool ? dk(m.pool * 100, 0) : '', '', dk(m.averagePrice * 100, 0)]);
  }
  for (const o of others) {
    monthlyActual.set(o.name, o.monthly);
    const budget = hundredThousands(o.monthly * 12 * uni(0.95, 1.05));
    measures.row([o.account, o.area, o.name, o.method, dk(budget, 0), '', o.method === 'skøn' ? dk(hundredThousands(o.monthly * 12), 0) : '', '']);
  }
  done('foranstaltninger.csv', measures);

  // ---------- forbrug: postings per measure and closed month (2025-01 .. 2026-09) ----------
  const postings = Math.max(1, Math.round(spec.rows / 2000));
  const forbrug = new CsvWriter(join(dir, 'forbrug.csv'), ['Foranstaltning', 'Måned', 'Beløb', 'Bilag']);
  let voucher = 100000;
  for (let index = (year - 1) * 12; index <= year * 12 + 8; index++) {
    const ym = `${Math.floor(index / 12)}-${p2((index % 12) + 1)}`;
    for (const name of monthlyActual.keys()) {
      const total = monthlyActual.get(name)! * uni(0.96, 1.04);
      for (let k = 0; k < postings; k++) forbrug.row([name, ym, dk(Math.round((total / postings) * uni(0.8, 1.2) * 100)), String(voucher++)]);
    }
  }
  done('forbrug.csv', forbrug);

  // ---------- risikosager ----------
  const risk = new CsvWriter(join(dir, 'risikosager.csv'), ['Sag', 'Foranstaltning', 'Antal', 'Enhedsudgift', 'Sandsynlighed', 'Startdato', 'Varighed (mdr.)', 'Stopdato']);
  const riskRows = Math.max(3, Math.round(spec.rows / 200));
  for (let i = 0; i < riskRows; i++) {
    const m = pick(MEASURES);
    const start = int(day(year, 10, 1), yearEnd);
    const shape = wpick([['duration', 50], ['stop', 25], ['none', 25]] as const);
    const probability = int(1, 19) * 5;
    risk.row([
      `R-${year}-${String(i + 1).padStart(5, '0')}`, m.name, String(int(1, 3)), dk(Math.round(uni(m.lo, m.hi)) * 100), rnd() < 0.5 ? `${probability} %` : `0,${p2(probability)}`,
      fmtDay(start), shape === 'duration' ? String(int(1, 24)) : '', shape === 'stop' ? fmtDay(int(start, day(year + 1, 6, 30))) : '',
    ]);
  }
  done('risikosager.csv', risk);

  // ---------- tilgang ----------
  const intake = new CsvWriter(join(dir, 'tilgang.csv'), ['Foranstaltning', 'Måned', 'Tilgang', 'Afgang', 'Gennemsnitspris']);
  const intakeRows = Math.max(3, Math.round(spec.rows / 1000));
  for (let i = 0; i < intakeRows; i++) {
    const m = pick(MEASURES);
    intake.row([m.name, `${year}-${p2(int(10, 12))}`, String(int(0, 3)), String(int(0, 2)), rnd() < 0.5 ? '' : dk(Math.round(uni(m.lo, m.hi)) * 100)]);
  }
  done('tilgang.csv', intake);

  return { files, bytes };
}
