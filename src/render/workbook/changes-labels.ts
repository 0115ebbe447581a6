/**
 * Words of the sheet Ændringer (render/workbook/changes-sheet.ts), in Danish and English (--lang).
 * Exports: ChangesLabels, changesLabelsFor.
 */
import type { CaseField, ChangeKind, Component, IntakeField, RiskCaseField } from '../../model/comparison.js';
import type { Lang } from './labels.js';

export interface ChangesLabels {
  readonly sheet: string;
  readonly title: (year: number, from: string, to: string) => string;
  readonly noClosedMonth: string;
  /** One line each. */
  readonly notes: readonly string[];
  readonly measureHeaders: {
    readonly measure: string;
    readonly area: string;
    readonly account: string;
    readonly previousExpected: string;
    readonly change: string;
    readonly expected: string;
    readonly budgetChange: string;
    readonly deviationChange: string;
  };
  readonly components: Readonly<Record<Component, string>>;
  readonly total: string;
  readonly casesTitle: string;
  readonly casesNote: string;
  readonly riskCasesTitle: string;
  readonly intakeTitle: string;
  readonly listHeaders: { readonly measure: string; readonly caseRef: string; readonly month: string; readonly kind: string; readonly fields: string; readonly change: string };
  readonly none: string;
  readonly kinds: Readonly<Record<ChangeKind, string>>;
  readonly fields: Readonly<Record<CaseField | RiskCaseField | IntakeField, string>>;
  readonly page: string;
}

const da: ChangesLabels = {
  sheet: 'Ændringer',
  title: (year, from, to) => `Ændringer i forventet regnskab ${year}: fra prognosen pr. ${from} til prognosen pr. ${to}`,
  noClosedMonth: 'ingen lukket måned',
  notes: [
    'Ændring = forventet regnskab nu − forrige; bidragene i hver række summerer til ændringen (SUM). Ændring i afvigelse = ændring − budgetændring.',
    'Ombogført: forbruget i måneder lukket i begge kørsler, nu − da. Nyt forbrug mod prognose: forbruget i de nyligt lukkede måneder − den forrige prognose for dem.',
    'Dispositioner, risikosager, tilgang/afgang, pulje, overgange og anden metode: ændringen i prognosens dele over de måneder, der er åbne nu.',
  ],
  measureHeaders: {
    measure: 'Foranstaltning',
    area: 'Område',
    account: 'Konto',
    previousExpected: 'Forrige forventet regnskab',
    change: 'Ændring',
    expected: 'Forventet regnskab nu',
    budgetChange: 'Budgetændring',
    deviationChange: 'Ændring i afvigelse',
  },
  components: {
    closedActuals: 'Ombogført i lukkede måneder',
    newlyClosed: 'Nyt forbrug mod prognose',
    activeDispositions: 'Aktuelle dispositioner',
    expectedDispositions: 'Forventede dispositioner',
    riskCases: 'Risikosager',
    intake: 'Tilgang og afgang',
    pool: 'Pulje',
    transitions: 'Overgange',
    method: 'Anden metode',
    added: 'Ny foranstaltning',
    removed: 'Udgået foranstaltning',
  },
  total: 'I alt',
  casesTitle: 'Ændrede sager',
  casesNote: 'Sager hvis rækker er ændret, største ændring først; ændringen er over de måneder, der er åbne nu. Summen = aktuelle + forventede dispositioner ovenfor.',
  riskCasesTitle: 'Ændrede risikosager',
  intakeTitle: 'Ændret tilgang og afgang',
  listHeaders: { measure: 'Foranstaltning', caseRef: 'CPR / sag', month: 'Måned', kind: 'Art', fields: 'Ændret', change: 'Ændring' },
  none: 'Ingen.',
  kinds: { new: 'ny', removed: 'fjernet', changed: 'ændret' },
  fields: {
    rate: 'takst', unit: 'enhed', start: 'start', stop: 'stop', status: 'status', rows: 'rækker',
    count: 'antal', unitCost: 'enhedsudgift', probability: 'sandsynlighed', duration: 'varighed',
    intake: 'tilgang', exit: 'afgang', price: 'pris', closed: 'måned lukket',
  },
  page: 'Side &P af &N',
};

const en: ChangesLabels = {
  sheet: 'Changes',
  title: (year, from, to) => `Changes in the expected result ${year}: from the forecast as of ${from} to the forecast as of ${to}`,
  noClosedMonth: 'no closed month',
  notes: [
    'Change = expected result now − before; the components in each row sum to the change (SUM). Change in deviation = change − budget change.',
    'Re-booked: spend in months closed in both runs, now − then. New spend against forecast: spend in the newly closed months − the previous forecast for them.',
    'Dispositions, risk cases, intake/exit, pool, transitions and other method: the change in the forecast\'s parts over the months open now.',
  ],
  measureHeaders: {
    measure: 'Measure',
    area: 'Area',
    account: 'Account',
    previousExpected: 'Previous expected result',
    change: 'Change',
    expected: 'Expected result now',
    budgetChange: 'Budget change',
    deviationChange: 'Change in deviation',
  },
  components: {
    closedActuals: 'Re-booked in closed months',
    newlyClosed: 'New spend against forecast',
    activeDispositions: 'Current dispositions',
    expectedDispositions: 'Expected dispositions',
    riskCases: 'Risk cases',
    intake: 'Intake and exit',
    pool: 'Pool',
    transitions: 'Transitions',
    method: 'Other method',
    added: 'New measure',
    removed: 'Removed measure',
  },
  total: 'Total',
  casesTitle: 'Changed cases',
  casesNote: 'Cases whose rows changed, largest change first; the change is over the months open now. Their sum = current + expected dispositions above.',
  riskCasesTitle: 'Changed risk cases',
  intakeTitle: 'Changed intake and exit',
  listHeaders: { measure: 'Measure', caseRef: 'CPR / case', month: 'Month', kind: 'Kind', fields: 'Changed', change: 'Change' },
  none: 'None.',
  kinds: { new: 'new', removed: 'removed', changed: 'changed' },
  fields: {
    rate: 'rate', unit: 'unit', start: 'start', stop: 'stop', status: 'status', rows: 'rows',
    count: 'count', unitCost: 'unit cost', probability: 'probability', duration: 'duration',
    intake: 'intake', exit: 'exit', price: 'price', closed: 'month closed',
  },
  page: 'Page &P of &N',
};

export function changesLabelsFor(lang: Lang): ChangesLabels {
  return lang === 'en' ? en : da;
}
