/**
 * Words of the sheets that explain the forecast (render/workbook/explanation-sheets.ts), in
 * Danish and English (--lang): Afstemning (the bridge), Aktivitet og pris, Nøgletal.
 * Exports: ExplanationLabels, explanationLabelsFor.
 */
import type { AgeBand } from '../../model/explanation.js';
import type { Lang } from './labels.js';

export interface ExplanationLabels {
  readonly sheets: { readonly bridge: string; readonly activity: string; readonly keyFigures: string };
  readonly bridgeTitle: (year: number) => string;
  /** One line each. */
  readonly bridgeNotes: readonly string[];
  readonly bridgeHeaders: {
    readonly area: string;
    readonly account: string;
    readonly measure: string;
    readonly method: string;
    readonly activeDispositions: string;
    readonly expectedDispositions: string;
    readonly riskCases: string;
    readonly intake: string;
    readonly pool: string;
    readonly transitions: string;
    readonly otherMethod: string;
    readonly forecast: string;
    readonly disposed: string;
    readonly booked: string;
    readonly unexplained: string;
  };
  readonly activityTitle: (year: number) => string;
  /** What the split means, in words: one line each. */
  readonly activityNotes: readonly string[];
  readonly activityHeaders: {
    readonly area: string;
    readonly account: string;
    readonly measure: string;
    readonly budget: string;
    readonly budgetPersons: string;
    readonly budgetPrice: string;
    readonly persons: string;
    readonly expected: string;
    readonly price: string;
    readonly deviation: string;
    readonly activityEffect: string;
    readonly priceEffect: string;
  };
  readonly noDispositionMeasures: string;
  readonly keyFiguresTitle: (year: number) => string;
  /** One line each. */
  readonly keyFiguresNotes: readonly string[];
  readonly keyFigureHeaders: { readonly area: string; readonly measure: string; readonly figure: string };
  readonly figures: {
    readonly cases: string;
    readonly starts: string;
    readonly stops: string;
    readonly persons: string;
    readonly averagePrice: string;
    readonly age: (band: AgeBand) => string;
    readonly share: string;
  };
}

const da: ExplanationLabels = {
  sheets: { bridge: 'Afstemning', activity: 'Aktivitet og pris', keyFigures: 'Nøgletal' },
  bridgeTitle: (year) => `Afstemning ${year}: hvad prognosen består af, og hvad CPR-rækkerne forklarer`,
  bridgeNotes: [
    'Åbne måneder: aktuelle og forventede dispositioner + risikosager + tilgang/afgang + pulje + overgange + anden metode = Prognose (som på Oversigt).',
    'Lukkede måneder: hvad dispositionsrækkerne disponerer, mod det bogførte forbrug. Forskellen er det, CPR-rækkerne ikke forklarer:',
    'udgifter uden CPR-nummer, efterbetalinger og fejl.',
  ],
  bridgeHeaders: {
    area: 'Område',
    account: 'Konto',
    measure: 'Foranstaltning',
    method: 'Metode',
    activeDispositions: 'Aktuelle dispositioner',
    expectedDispositions: 'Forventede dispositioner',
    riskCases: 'Risikosager',
    intake: 'Tilgang og afgang',
    pool: 'Pulje',
    transitions: 'Overgange',
    otherMethod: 'Anden metode',
    forecast: 'Prognose',
    disposed: 'Disponeret i lukkede måneder',
    booked: 'Bogført forbrug',
    unexplained: 'Ikke forklaret af CPR-rækker',
  },
  activityTitle: (year) => `Aktivitet og pris ${year}: helårspersoner, pris pr. helårsperson og afvigelsens årsag`,
  activityNotes: [
    'Aktivitetseffekt = (helårspersoner − budget antal) × budgetpris: den del af afvigelsen, der skyldes flere eller færre helårspersoner end budgetteret.',
    'Priseffekt = afvigelse − aktivitetseffekt: den del, der skyldes, at en helårsperson er dyrere eller billigere end budgetteret. Aktivitet + pris = afvigelsen.',
    'Helårspersoner = personer i årets måneder ÷ 12: dispositionsrækkernes aktive dage ÷ månedens dage; i åbne måneder også risikosager',
    '(antal × sandsynlighed), tilgang − afgang og puljen ÷ gennemsnitspris (uden gennemsnitspris tæller puljen som pris).',
  ],
  activityHeaders: {
    area: 'Område',
    account: 'Konto',
    measure: 'Foranstaltning',
    budget: 'Korrigeret budget',
    budgetPersons: 'Budget antal (helårspersoner)',
    budgetPrice: 'Budgetpris (kr. pr. helårsperson)',
    persons: 'Helårspersoner (forventet)',
    expected: 'Forventet regnskab',
    price: 'Forventet pris (kr. pr. helårsperson)',
    deviation: 'Afvigelse (kr.)',
    activityEffect: 'Aktivitetseffekt (kr.)',
    priceEffect: 'Priseffekt (kr.)',
  },
  noDispositionMeasures: 'Ingen foranstaltninger med metoden disposition i denne kørsel.',
  keyFiguresTitle: (year) => `Nøgletal ${year} pr. foranstaltning og måned`,
  keyFiguresNotes: [
    'Fra dispositionsrækkerne (aktuelle og forventede), også i lukkede måneder. Sager: aktive på månedens sidste dag; nye og ophørte: mod forrige måneds sidste dag.',
    'Personer: aktive dage ÷ månedens dage. Gennemsnitspris: månedens beløb ÷ personer. Alder på månedens sidste dag (ukendt: intet gyldigt CPR-nummer).',
    'Andel: af sagerne i områdets foranstaltninger med metoden disposition; en sag i to foranstaltninger tæller i begge.',
  ],
  keyFigureHeaders: { area: 'Område', measure: 'Foranstaltning', figure: 'Nøgletal' },
  figures: {
    cases: 'Sager',
    starts: 'Nye sager',
    stops: 'Ophørte sager',
    persons: 'Personer (helårspersoner i måneden)',
    averagePrice: 'Gennemsnitspris pr. person (kr./md.)',
    age: (band) => (band === 'ukendt' ? 'Alder ukendt' : `Alder ${band} år`),
    share: 'Andel af områdets sager',
  },
};

const en: ExplanationLabels = {
  sheets: { bridge: 'Bridge', activity: 'Activity and price', keyFigures: 'Key figures' },
  bridgeTitle: (year) => `Bridge ${year}: what the forecast is made of, and what the CPR rows explain`,
  bridgeNotes: [
    'Open months: current and expected dispositions + risk cases + intake/exit + pool + transitions + other method = Forecast (as on Overview).',
    'Closed months: what the disposition rows dispose, against the spend booked. The difference is what the CPR rows do not explain:',
    'costs without a CPR number, back-payments and errors.',
  ],
  bridgeHeaders: {
    area: 'Area',
    account: 'Account',
    measure: 'Measure',
    method: 'Method',
    activeDispositions: 'Current dispositions',
    expectedDispositions: 'Expected dispositions',
    riskCases: 'Risk cases',
    intake: 'Intake and exit',
    pool: 'Pool',
    transitions: 'Transitions',
    otherMethod: 'Other method',
    forecast: 'Forecast',
    disposed: 'Disposed in closed months',
    booked: 'Spend booked',
    unexplained: 'Not explained by CPR rows',
  },
  activityTitle: (year) => `Activity and price ${year}: full-year persons, price per full-year person and the deviation's cause`,
  activityNotes: [
    'Activity effect = (full-year persons − budgeted persons) × budget price: the part of the deviation due to more or fewer full-year persons than budgeted.',
    'Price effect = deviation − activity effect: the part due to a full-year person costing more or less than budgeted. Activity + price = the deviation.',
    'Full-year persons = persons in the months of the year ÷ 12: the disposition rows\' active days ÷ days in the month; in open months also risk cases',
    '(count × probability), intake − exit and the pool ÷ average price (without an average price the pool counts as price).',
  ],
  activityHeaders: {
    area: 'Area',
    account: 'Account',
    measure: 'Measure',
    budget: 'Corrected budget',
    budgetPersons: 'Budgeted persons (full-year)',
    budgetPrice: 'Budget price (DKK per full-year person)',
    persons: 'Full-year persons (expected)',
    expected: 'Expected result',
    price: 'Expected price (DKK per full-year person)',
    deviation: 'Deviation (DKK)',
    activityEffect: 'Activity effect (DKK)',
    priceEffect: 'Price effect (DKK)',
  },
  noDispositionMeasures: 'No measures with method disposition in this run.',
  keyFiguresTitle: (year) => `Key figures ${year} per measure and month`,
  keyFiguresNotes: [
    'From the disposition rows (current and expected), closed months too. Cases: active on the month\'s last day; new and ended: against the previous month\'s last day.',
    'Persons: active days ÷ days in the month. Average price: the month\'s amount ÷ persons. Age on the month\'s last day (unknown: no valid CPR number).',
    'Share: of the cases in the area\'s measures with method disposition; a case in two measures counts in both.',
  ],
  keyFigureHeaders: { area: 'Area', measure: 'Measure', figure: 'Key figure' },
  figures: {
    cases: 'Cases',
    starts: 'New cases',
    stops: 'Ended cases',
    persons: 'Persons (full-year persons in the month)',
    averagePrice: 'Average price per person (DKK/month)',
    age: (band) => (band === 'ukendt' ? 'Age unknown' : `Age ${band}`),
    share: 'Share of the area\'s cases',
  },
};

export function explanationLabelsFor(lang: Lang): ExplanationLabels {
  return lang === 'en' ? en : da;
}

