/**
 * Words of the case review in the workbook (render/workbook/review-sheets.ts and the Dispositioner
 * sheet's added columns), in Danish and English (--lang): the sheets Undringssager and
 * Sagsbehandlere, the columns age, age limit and Bemærkning, and the run's review options on
 * Forudsætninger. Exports: ReviewLabels, reviewLabelsFor.
 */
import type { ReviewCode } from '../../model/review.js';
import type { Lang } from './labels.js';

export interface ReviewLabels {
  readonly sheets: { readonly review: string; readonly caseworkers: string };
  readonly reviewTitle: (year: number) => string;
  /** One line each. */
  readonly reviewNotes: readonly string[];
  readonly reviewHeaders: {
    readonly check: string;
    readonly code: string;
    readonly caseRef: string;
    readonly measure: string;
    readonly rate: string;
    readonly unit: string;
    readonly start: string;
    readonly stop: string;
    readonly age: string;
    readonly atStake: string;
    readonly message: string;
    readonly file: string;
    readonly line: string;
  };
  /** The check in a few words, shown beside its code. */
  readonly checks: Readonly<Record<ReviewCode, string>>;
  readonly noReview: string;
  readonly caseworkersTitle: (year: number) => string;
  /** One line each; `day` is the last closed day as dd-mm-yyyy. */
  readonly caseworkersNotes: (column: string, day: string) => readonly string[];
  readonly caseworkerHeaders: {
    readonly caseworker: string;
    readonly measure: string;
    readonly cases: string;
    readonly year: (year: number) => string;
    readonly open: string;
    readonly share: string;
  };
  readonly noCaseworker: string;
  readonly caseworkerTotal: (caseworker: string) => string;
  readonly allCaseworkers: string;
  /** The Dispositioner sheet's columns after the months. */
  readonly dispositionColumns: { readonly age: string; readonly ageLimit: string; readonly remark: string };
  /** Forudsætninger, the run. */
  readonly runRows: { readonly longCaseYears: string; readonly allRows: string; readonly outsideYear: string };
  readonly outsideYear: (count: number, shown: boolean) => string;
}

const da: ReviewLabels = {
  sheets: { review: 'Undringssager', caseworkers: 'Sagsbehandlere' },
  reviewTitle: (year) => `Undringssager ${year}: rækker at se efter`,
  reviewNotes: [
    'Rækker, som kontrollerne finder usandsynlige: forventede rækker, der er startet, betaling efter 18-årsdagen, alder der ikke passer til foranstaltningen,',
    'takster langt fra foranstaltningens median (over 5 × eller under 1/5), sager uden stopdato i mange år, og negative takster.',
    'Beløb på spil = hvad rækken giver i de åbne måneder. Sorteret efter beløbet (størst først, uanset fortegn). Hver række står også i Advarsler.',
  ],
  reviewHeaders: {
    check: 'Kontrol', code: 'Kode', caseRef: 'CPR / sag', measure: 'Foranstaltning', rate: 'Takst (kr.)', unit: 'Enhed', start: 'Start', stop: 'Stop',
    age: 'Alder', atStake: 'Beløb på spil (åbne mdr.)', message: 'Besked', file: 'Fil', line: 'Linje',
  },
  checks: {
    'expected-started': 'forventet, men startet',
    'past-age-limit': 'efter 18-årsdagen',
    'age-for-measure': 'alder passer ikke',
    'rate-outlier': 'takst afviger',
    'long-open-case': 'længe uden stopdato',
    'negative-rate': 'negativ takst',
  },
  noReview: 'Ingen undringssager i denne kørsel.',
  caseworkersTitle: (year) => `Sagsbehandlere ${year}: sager og beløb pr. sagsbehandler og foranstaltning`,
  caseworkersNotes: (column, day) => [
    `Fra dispositionsrækkernes kolonne "${column}". Sager = forskellige sager med en aktiv række den ${day} (sidste lukkede dag).`,
    'Disponeret i året = rækkernes beløb i alle årets måneder (som Dispositioner); åbne måneder = de åbne måneders del. Andel = af foranstaltningens år (i alt: af alle dispositioner).',
  ],
  caseworkerHeaders: {
    caseworker: 'Sagsbehandler', measure: 'Foranstaltning', cases: 'Sager', year: (year) => `Disponeret ${year}`, open: 'Heraf åbne måneder', share: 'Andel',
  },
  noCaseworker: '(ingen sagsbehandler)',
  caseworkerTotal: (c) => `I alt ${c}`,
  allCaseworkers: 'I alt alle sagsbehandlere',
  dispositionColumns: { age: 'Alder (første åbne dag)', ageLimit: 'Aldersgrænse nås', remark: 'Bemærkning' },
  runRows: { longCaseYears: '--long-case-years', allRows: '--all-rows', outsideYear: 'Rækker uden for budgetåret' },
  outsideYear: (count, shown) => `${count} (${shown ? 'vist i Dispositioner (--all-rows)' : 'ikke vist i Dispositioner; --all-rows viser dem'})`,
};

const en: ReviewLabels = {
  sheets: { review: 'Cases to review', caseworkers: 'Caseworkers' },
  reviewTitle: (year) => `Cases to review ${year}: rows to look into`,
  reviewNotes: [
    'Rows the checks find implausible: expected rows that have started, payment after the 18th birthday, an age that does not fit the measure,',
    'rates far from the measure\'s median (above 5 × or below 1/5), cases without a stop date for years, and negative rates.',
    'At stake = what the row adds in the open months. Sorted by that amount (largest first, whatever its sign). Every row is also on Warnings.',
  ],
  reviewHeaders: {
    check: 'Check', code: 'Code', caseRef: 'CPR / case', measure: 'Measure', rate: 'Rate (DKK)', unit: 'Unit', start: 'Start', stop: 'Stop',
    age: 'Age', atStake: 'At stake (open months)', message: 'Message', file: 'File', line: 'Line',
  },
  checks: {
    'expected-started': 'expected, but started',
    'past-age-limit': 'after the 18th birthday',
    'age-for-measure': 'age does not fit',
    'rate-outlier': 'rate stands out',
    'long-open-case': 'long without a stop',
    'negative-rate': 'negative rate',
  },
  noReview: 'No cases to review in this run.',
  caseworkersTitle: (year) => `Caseworkers ${year}: cases and amounts per caseworker and measure`,
  caseworkersNotes: (column, day) => [
    `From the disposition rows' column "${column}". Cases = distinct cases with a row active on ${day} (the last closed day).`,
    'Disposed in the year = the rows\' amounts in every month of the year (as on Dispositions); open months = their open months\' part. Share = of the measure\'s year (totals: of all dispositions).',
  ],
  caseworkerHeaders: {
    caseworker: 'Caseworker', measure: 'Measure', cases: 'Cases', year: (year) => `Disposed ${year}`, open: 'Of which open months', share: 'Share',
  },
  noCaseworker: '(no caseworker)',
  caseworkerTotal: (c) => `Total ${c}`,
  allCaseworkers: 'Total all caseworkers',
  dispositionColumns: { age: 'Age (first open day)', ageLimit: 'Age limit reached', remark: 'Remark' },
  runRows: { longCaseYears: '--long-case-years', allRows: '--all-rows', outsideYear: 'Rows outside the budget year' },
  outsideYear: (count, shown) => `${count} (${shown ? 'shown on Dispositions (--all-rows)' : 'not shown on Dispositions; --all-rows shows them'})`,
};

export function reviewLabelsFor(lang: Lang): ReviewLabels {
  return lang === 'en' ? en : da;
}
