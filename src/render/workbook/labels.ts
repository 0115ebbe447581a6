/**
 * Every word the workbook shows, in Danish (default) and English (`--lang en`). Sheet names,
 * headers, legends and notes live here and nowhere else. Messages of warnings come from the run
 * and stay as written (Danish). Exports: Lang, LANGS, Labels, labelsFor.
 */
import type { Method } from '../../model/method.js';
import type { RateUnit, DispositionStatus } from '../../model/disposition.js';
import type { Severity } from '../../model/problem.js';

export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface Labels {
  readonly sheets: {
    readonly overview: string;
    readonly months: string;
    readonly dispositions: string;
    readonly riskCases: string;
    readonly intakes: string;
    readonly assumptions: string;
    readonly warnings: string;
  };
  readonly monthNames: readonly string[];
  /** Month names as a range of open months is written: "okt.–dec.". */
  readonly monthAbbr: readonly string[];
  readonly total: string;
  readonly totalOf: (what: string) => string;
  readonly title: (year: number) => string;
  readonly budgetYear: string;
  readonly lastClosedMonth: string;
  readonly noClosedMonth: string;
  readonly madeAt: string;
  readonly madeAtOmitted: string;
  /** The zone after "Dannet"'s time: "CEST, dansk tid (UTC+2)". */
  readonly madeAtZone: (zone: string, offset: number) => string;
  /** Forbrug til dato, "pr. 30.09.2026" (the last closed month's last day). */
  readonly actualToDate: string;
  readonly asOf: (date: string) => string;
  readonly noActualYet: string;
  /** Below the materiality threshold a deviation reads `balanced`. */
  readonly materiality: string;
  readonly materialityText: (m: { readonly kind: 'percent' | 'kr'; readonly value: string }) => string;
  readonly inputs: string;
  readonly tool: string;
  readonly overviewHeaders: {
    readonly area: string;
    readonly account: string;
    readonly measure: string;
    readonly method: string;
    readonly budget: string;
    readonly actual: string;
    readonly forecast: string;
    readonly expected: string;
    readonly deviation: string;
    readonly deviationPct: string;
    readonly overUnder: string;
  };
  readonly over: string;
  readonly under: string;
  readonly balanced: string;
  readonly overviewNote: string;
  readonly monthsTitle: (year: number) => string;
  readonly legendClosed: string;
  readonly legendOpen: string;
  readonly dispositionsTitle: (year: number) => string;
  readonly dispositionsNote: string;
  readonly dispositionHeaders: {
    readonly caseRef: string;
    readonly measure: string;
    readonly rate: string;
    readonly unit: string;
    readonly start: string;
    readonly stop: string;
    readonly status: string;
  };
  readonly currentTotal: (measure: string) => string;
  readonly expectedTotal: (measure: string) => string;
  readonly bothTotal: (measure: string) => string;
  /** The pool's row of a measure ("Skøn (pulje)" in Tabel 5.2). */
  readonly poolTotal: (measure: string) => string;
  readonly allDispositions: string;
  readonly noDispositions: string;
  readonly units: Readonly<Record<RateUnit, string>>;
  readonly statuses: Readonly<Record<DispositionStatus, string>>;
  readonly riskTitle: (year: number) => string;
  readonly riskNote: string;
  readonly riskHeaders: {
    readonly caseRef: string;
    readonly measure: string;
    readonly count: string;
    readonly unitCost: string;
    readonly probability: string;
    readonly start: string;
    readonly periodEnd: string;
  };
  readonly noRiskCases: string;
  readonly intakeTitle: (year: number) => string;
  readonly intakeNote: string;
  readonly intakeHeaders: {
    readonly measure: string;
    readonly from: string;
    readonly intake: string;
    readonly exit: string;
    readonly price: string;
  };
  readonly noIntakes: string;
  readonly assumptionsTitle: string;
  readonly measureSection: string;
  readonly assumptionHeaders: {
    readonly account: string;
    readonly measure: string;
    readonly method: string;
    readonly budget: string;
    readonly pool: string;
    readonly estimate: string;
    readonly averagePrice: string;
    readonly rollingWindow: string;
    readonly rollingMonths: string;
    readonly rollingMean: string;
    readonly rows: string;
    readonly rule: string;
  };
  readonly methodRules: Readonly<Record<Method, string>>;
  readonly methods: Readonly<Record<Method, string>>;
  readonly runSection: string;
  readonly runRows: {
    readonly input: string;
    readonly closedMonths: string;
    readonly asOfGiven: string;
    readonly yearGiven: string;
    readonly maskCpr: string;
    readonly lang: string;
    readonly deterministic: string;
    readonly yes: string;
    readonly no: string;
    readonly notGiven: string;
  };
  readonly filesSection: string;
  readonly fileHeaders: { readonly table: string; readonly file: string; readonly sheet: string; readonly rows: string; readonly sha256: string };
  readonly rulesSection: string;
  readonly rules: readonly string[];
  readonly warningsTitle: string;
  readonly warningHeaders: {
    readonly severity: string;
    readonly type: string;
    readonly code: string;
    readonly message: string;
    readonly file: string;
    readonly sheet: string;
    readonly line: string;
    readonly column: string;
    readonly cell: string;
    readonly value: string;
    readonly hint: string;
  };
  readonly severities: Readonly<Record<Severity, string>>;
  readonly noWarnings: string;
  readonly page: string;
}

const da: Labels = {
  sheets: {
    overview: 'Oversigt',
    months: 'Måneder',
    dispositions: 'Dispositioner',
    riskCases: 'Risikosager',
    intakes: 'Tilgang og afgang',
    assumptions: 'Forudsætninger',
    warnings: 'Advarsler',
  },
  monthNames: ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'],
  monthAbbr: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  total: 'I alt',
  totalOf: (what) => `I alt ${what}`,
  title: (year) => `Forventet regnskab ${year}`,
  budgetYear: 'Budgetår',
  lastClosedMonth: 'Sidste lukkede måned',
  noClosedMonth: 'ingen (alle måneder er prognose)',
  madeAt: 'Dannet',
  madeAtOmitted: 'udeladt (--deterministic)',
  madeAtZone: (zone, offset) => `${zone}, dansk tid (UTC+${offset})`,
  actualToDate: 'Forbrug til dato',
  asOf: (date) => `pr. ${date}`,
  noActualYet: 'ingen lukkede måneder endnu',
  materiality: 'Væsentlighed',
  materialityText: (m) => `${m.kind === 'percent' ? `${m.value} % af korrigeret budget` : `${m.value} kr.`}: en mindre afvigelse står som "I balance"`,
  inputs: 'Input',
  tool: 'Værktøj',
  overviewHeaders: {
    area: 'Område',
    account: 'Konto',
    measure: 'Foranstaltning',
    method: 'Metode',
    budget: 'Korrigeret budget',
    actual: 'Forbrug til dato',
    forecast: 'Restprognose',
    expected: 'Forventet regnskab',
    deviation: 'Afvigelse (kr.)',
    deviationPct: 'Afvigelse (%)',
    overUnder: 'Mer-/mindreforbrug',
  },
  over: 'Merforbrug',
  under: 'Mindreforbrug',
  balanced: 'I balance',
  overviewNote:
    'Forbrug til dato = de lukkede måneder, Restprognose = de åbne måneder (se Måneder). Forventet regnskab = Forbrug til dato + Restprognose. ' +
    'Afvigelse = Forventet regnskab − Korrigeret budget (positiv = merforbrug, rød; negativ = mindreforbrug, grøn); i % af |budget|. Under væsentligheden: I balance.',
  monthsTitle: (year) => `Måneder ${year}: faktisk forbrug og prognose pr. foranstaltning`,
  legendClosed: 'Lukket måned: faktisk forbrug',
  legendOpen: 'Åben måned: prognose',
  dispositionsTitle: (year) => `Dispositioner ${year} (CPR-niveau)`,
  dispositionsNote:
    'Hver række: taksten fordelt på de dage, foranstaltningen er aktiv i måneden (start og stop medregnet). ' +
    'Lukkede måneder (grøn) vises til orientering; i prognosen tæller det faktiske forbrug. ' +
    'Skøn (pulje) er de åbne måneders andel af den årlige pulje (pulje × åbne måneder ÷ 12), eller Restpulje; den er ikke med i I alt alle dispositioner.',
  dispositionHeaders: { caseRef: 'CPR / sag', measure: 'Foranstaltning', rate: 'Takst (kr.)', unit: 'Enhed', start: 'Start', stop: 'Stop', status: 'Status' },
  currentTotal: (m) => `I alt aktuelle: ${m}`,
  expectedTotal: (m) => `I alt forventede: ${m}`,
  bothTotal: (m) => `I alt aktuelle + forventede: ${m}`,
  poolTotal: (m) => `Skøn (pulje): ${m}`,
  allDispositions: 'I alt alle dispositioner',
  noDispositions: 'Ingen dispositionsrækker i denne kørsel.',
  units: { måned: 'måned', dag: 'dag', uge: 'uge', år: 'år' },
  statuses: { aktuel: 'aktuel', forventet: 'forventet' },
  riskTitle: (year) => `Risikosager ${year}: vægtet beløb pr. måned`,
  riskNote: 'Vægtet beløb = antal × enhedsudgift (pr. måned) × sandsynlighed, fordelt på periodens dage; kun åbne måneder.',
  riskHeaders: { caseRef: 'Sag', measure: 'Foranstaltning', count: 'Antal', unitCost: 'Enhedsudgift (kr./md.)', probability: 'Sandsynlighed', start: 'Start', periodEnd: 'Periodens slut' },
  noRiskCases: 'Ingen risikosager i denne kørsel.',
  intakeTitle: (year) => `Tilgang og afgang ${year}: virkning pr. måned`,
  intakeNote: 'Virkning = (tilgang − afgang) × gennemsnitspris i hver åben måned fra og med rækkens måned.',
  intakeHeaders: { measure: 'Foranstaltning', from: 'Fra måned', intake: 'Tilgang', exit: 'Afgang', price: 'Gennemsnitspris (kr./md.)' },
  noIntakes: 'Ingen tilgang/afgang i denne kørsel.',
  assumptionsTitle: 'Forudsætninger: hvad tallene bygger på',
  measureSection: 'Metode og parametre pr. foranstaltning',
  assumptionHeaders: {
    account: 'Konto',
    measure: 'Foranstaltning',
    method: 'Metode',
    budget: 'Korrigeret budget',
    pool: 'Pulje',
    estimate: 'Skøn',
    averagePrice: 'Gennemsnitspris',
    rollingWindow: 'Glidende vindue',
    rollingMonths: 'Måneder med forbrug',
    rollingMean: 'Gennemsnit pr. måned',
    rows: 'Disp./risiko/tilgang',
    rule: 'Åbne måneder beregnes som',
  },
  methodRules: {
    disposition: 'dispositioner + risikosager + tilgang/afgang + pulje (åbne måneders andel, eller Restpulje) fordelt ligeligt',
    glidende: 'gennemsnit af forbruget i de 12 måneder til og med sidste lukkede måned',
    tolvtedele: 'korrigeret budget / 12',
    ramme: '(korrigeret budget − forbrug) fordelt ligeligt',
    skøn: '(skøn − forbrug) fordelt ligeligt',
  },
  methods: { disposition: 'Disposition (CPR-niveau)', glidende: 'Glidende 12 mdr. gennemsnit', tolvtedele: 'Periodisering i 1/12', ramme: 'Decentral ramme', skøn: 'Skøn' },
  runSection: 'Kørslen',
  runRows: {
    input: 'Inputmappe',
    closedMonths: 'Lukkede måneder',
    asOfGiven: '--as-of',
    yearGiven: '--year',
    maskCpr: '--mask-cpr',
    lang: '--lang',
    deterministic: '--deterministic',
    yes: 'ja',
    no: 'nej',
    notGiven: 'ikke angivet',
  },
  filesSection: 'Inputfiler',
  fileHeaders: { table: 'Tabel', file: 'Fil', sheet: 'Ark', rows: 'Rækker', sha256: 'SHA-256' },
  rulesSection: 'Regler',
  rules: [
    'Beløb er i kr.; udgifter positive, indtægter (refusion) negative.',
    'Hver række og måned afrundes til øre (halvt væk fra nul); summer er eksakte summer af de afrundede beløb.',
    'Lukkede måneder er faktisk forbrug uanset metode; åbne måneder kommer fra foranstaltningens metode.',
    'Afvigelse = forventet regnskab − korrigeret budget: positiv = merforbrug, negativ = mindreforbrug; % er af |korrigeret budget|.',
    'Summer, forventet regnskab, afvigelse og % er formler: ret en måned eller et budget, så regner arket videre.',
  ],
  warningsTitle: 'Advarsler fra kørslen',
  warningHeaders: { severity: 'Alvor', type: 'Type', code: 'Kode', message: 'Besked', file: 'Fil', sheet: 'Ark', line: 'Linje', column: 'Kolonne', cell: 'Celle', value: 'Værdi', hint: 'Sådan rettes det' },
  severities: { error: 'fejl', warning: 'advarsel', note: 'note' },
  noWarnings: 'Ingen advarsler i denne kørsel.',
  page: 'Side &P af &N',
};

const en: Labels = {
  sheets: {
    overview: 'Overview',
    months: 'Months',
    dispositions: 'Dispositions',
    riskCases: 'Risk cases',
    intakes: 'Intake and exit',
    assumptions: 'Assumptions',
    warnings: 'Warnings',
  },
  monthNames: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  monthAbbr: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  total: 'Total',
  totalOf: (what) => `Total ${what}`,
  title: (year) => `Expected result ${year}`,
  budgetYear: 'Budget year',
  lastClosedMonth: 'Last closed month',
  noClosedMonth: 'none (all months are forecast)',
  madeAt: 'Made',
  madeAtOmitted: 'omitted (--deterministic)',
  madeAtZone: (zone, offset) => `${zone}, Danish time (UTC+${offset})`,
  actualToDate: 'Actual to date',
  asOf: (date) => `as of ${date}`,
  noActualYet: 'no closed months yet',
  materiality: 'Materiality',
  materialityText: (m) => `${m.kind === 'percent' ? `${m.value} % of the corrected budget` : `DKK ${m.value}`}: a smaller deviation reads "In balance"`,
  inputs: 'Inputs',
  tool: 'Tool',
  overviewHeaders: {
    area: 'Area',
    account: 'Account',
    measure: 'Measure',
    method: 'Method',
    budget: 'Corrected budget',
    actual: 'Actual to date',
    forecast: 'Remaining forecast',
    expected: 'Expected result',
    deviation: 'Deviation (DKK)',
    deviationPct: 'Deviation (%)',
    overUnder: 'Over/underspend',
  },
  over: 'Overspend',
  under: 'Underspend',
  balanced: 'In balance',
  overviewNote:
    'Actual to date = the closed months, Remaining forecast = the open months (see Months). Expected result = Actual to date + Remaining forecast. ' +
    'Deviation = Expected result − Corrected budget (positive = overspend, red; negative = underspend, green); in % of |budget|. Below the materiality: In balance.',
  monthsTitle: (year) => `Months ${year}: actual spend and forecast per measure`,
  legendClosed: 'Closed month: actual spend',
  legendOpen: 'Open month: forecast',
  dispositionsTitle: (year) => `Dispositions ${year} (CPR level)`,
  dispositionsNote:
    'Each row: the rate spread over the days the measure is active in the month (start and stop included). ' +
    'Closed months (green) are shown for reference; the forecast uses the actual spend there. ' +
    'Estimate (pool) is the open months\' share of the annual pool (pool × open months ÷ 12), or the remaining pool given; it is not in Total all dispositions.',
  dispositionHeaders: { caseRef: 'CPR / case', measure: 'Measure', rate: 'Rate (DKK)', unit: 'Unit', start: 'Start', stop: 'Stop', status: 'Status' },
  currentTotal: (m) => `Total current: ${m}`,
  expectedTotal: (m) => `Total expected: ${m}`,
  bothTotal: (m) => `Total current + expected: ${m}`,
  poolTotal: (m) => `Estimate (pool): ${m}`,
  allDispositions: 'Total all dispositions',
  noDispositions: 'No disposition rows in this run.',
  units: { måned: 'month', dag: 'day', uge: 'week', år: 'year' },
  statuses: { aktuel: 'current', forventet: 'expected' },
  riskTitle: (year) => `Risk cases ${year}: weighted amount per month`,
  riskNote: 'Weighted amount = count × unit cost (per month) × probability, spread over the days of the period; open months only.',
  riskHeaders: { caseRef: 'Case', measure: 'Measure', count: 'Count', unitCost: 'Unit cost (DKK/month)', probability: 'Probability', start: 'Start', periodEnd: 'Period end' },
  noRiskCases: 'No risk cases in this run.',
  intakeTitle: (year) => `Intake and exit ${year}: effect per month`,
  intakeNote: 'Effect = (intake − exit) × average price in each open month from the row\'s month on.',
  intakeHeaders: { measure: 'Measure', from: 'From month', intake: 'Intake', exit: 'Exit', price: 'Average price (DKK/month)' },
  noIntakes: 'No intake/exit rows in this run.',
  assumptionsTitle: 'Assumptions: what the figures rest on',
  measureSection: 'Method and parameters per measure',
  assumptionHeaders: {
    account: 'Account',
    measure: 'Measure',
    method: 'Method',
    budget: 'Corrected budget',
    pool: 'Pool',
    estimate: 'Estimate',
    averagePrice: 'Average price',
    rollingWindow: 'Rolling window',
    rollingMonths: 'Months with spend',
    rollingMean: 'Mean per month',
    rows: 'Disp./risk/intake',
    rule: 'Open months are',
  },
  methodRules: {
    disposition: 'dispositions + risk cases + intake/exit + pool (the open months\' share, or the remaining pool) spread evenly',
    glidende: 'the mean spend of the 12 months up to the last closed month',
    tolvtedele: 'corrected budget / 12',
    ramme: '(corrected budget − actual) spread evenly',
    skøn: '(estimate − actual) spread evenly',
  },
  methods: { disposition: 'Disposition (CPR level)', glidende: 'Rolling 12-month average', tolvtedele: 'Periodisation in 12ths', ramme: 'Frame', skøn: 'Estimate' },
  runSection: 'The run',
  runRows: {
    input: 'Input folder',
    closedMonths: 'Closed months',
    asOfGiven: '--as-of',
    yearGiven: '--year',
    maskCpr: '--mask-cpr',
    lang: '--lang',
    deterministic: '--deterministic',
    yes: 'yes',
    no: 'no',
    notGiven: 'not given',
  },
  filesSection: 'Input files',
  fileHeaders: { table: 'Table', file: 'File', sheet: 'Sheet', rows: 'Rows', sha256: 'SHA-256' },
  rulesSection: 'Rules',
  rules: [
    'Amounts in DKK; expenditure positive, income (refunds) negative.',
    'Each row and month is rounded to øre (half away from zero); totals are exact sums of the rounded amounts.',
    'Closed months are actual spend whatever the method; open months come from the measure\'s method.',
    'Deviation = expected result − corrected budget: positive = overspend, negative = underspend; % is of |corrected budget|.',
    'Totals, expected result, deviation and % are formulas: edit a month or a budget and the sheet recalculates.',
  ],
  warningsTitle: 'Warnings of the run',
  warningHeaders: { severity: 'Severity', type: 'Type', code: 'Code', message: 'Message', file: 'File', sheet: 'Sheet', line: 'Line', column: 'Column', cell: 'Cell', value: 'Value', hint: 'How to fix' },
  severities: { error: 'error', warning: 'warning', note: 'note' },
  noWarnings: 'No warnings in this run.',
  page: 'Page &P of &N',
};

export function labelsFor(lang: Lang): Labels {
  return lang === 'en' ? en : da;
}
