/**
 * Words of the horizon's sheets (render/workbook/horizon-sheets.ts), in Danish and English
 * (--lang): Flerårsoversigt (the budget year and the overslagsår) and Overgange (the 18-year list).
 * Exports: HorizonLabels, horizonLabelsFor.
 */
import type { Lang } from './labels.js';

export interface HorizonLabels {
  readonly sheets: { readonly years: string; readonly transitions: string };
  readonly yearsTitle: (from: number, to: number) => string;
  /** One line each. */
  readonly yearsNotes: readonly string[];
  /** The heading of a year's columns: the budget year, or a later year and its prices. */
  readonly budgetYearHeading: (year: number) => string;
  readonly laterYearHeading: (year: number, prices: number) => string;
  readonly yearsHeaders: {
    readonly area: string;
    readonly account: string;
    readonly measure: string;
    readonly budget: string;
    readonly expected: string;
    readonly deviation: string;
    readonly known: string;
    readonly knownShare: string;
  };
  readonly transitionsTitle: (from: number, to: number) => string;
  /** One line each. */
  readonly transitionsNotes: readonly string[];
  readonly transitionsHeaders: {
    readonly caseRef: string;
    readonly birthday: string;
    readonly age: string;
    readonly childMeasure: string;
    readonly lastPaid: string;
    readonly adultMeasure: string;
    readonly adultStart: string;
    readonly before: (year: number) => string;
    readonly after: (year: number) => string;
    readonly adult: (year: number) => string;
  };
  readonly noTransitions: string;
  /** Forudsætninger: the horizon and the prices. */
  readonly yearsRow: string;
  readonly pricesRow: string;
  readonly pricesNone: (year: number) => string;
  readonly pricesFactor: (year: number, factor: string) => string;
  /** Måneder's title with more than one year. */
  readonly monthsTitle: (from: number, to: number) => string;
  /** Forudsætninger: the horizon's rules, after the sheet's own. */
  readonly rules: readonly string[];
}

const da: HorizonLabels = {
  sheets: { years: 'Flerårsoversigt', transitions: 'Overgange' },
  yearsTitle: (from, to) => (from === to ? `Flerårsoversigt ${from}` : `Flerårsoversigt ${from}-${to}: budgetår og overslagsår`),
  yearsNotes: [
    'Forventet regnskab er årets I alt på Måneder. Afvigelse = forventet regnskab − budget (Budget ÅÅÅÅ i foranstaltninger; tomt uden budget).',
    'Kendt = faktisk forbrug (budgetåret) og aktuelle dispositioner; resten er skønnet: forventede dispositioner, risikosager, tilgang, pulje, overgange og andre metoder.',
  ],
  budgetYearHeading: (year) => `${year} (budgetår)`,
  laterYearHeading: (year, prices) => `${year} (${prices}-priser)`,
  yearsHeaders: { area: 'Område', account: 'Konto', measure: 'Foranstaltning', budget: 'Budget', expected: 'Forventet regnskab', deviation: 'Afvigelse', known: 'Kendt', knownShare: 'Kendt andel' },
  transitionsTitle: (from, to) => (from === to ? `Overgange ${from}: 18-årslisten` : `Overgange ${from}-${to}: 18-årslisten`),
  transitionsNotes: [
    'Sager der når en aldersgrænse (Aldersgrænse i foranstaltninger) eller har en overgang (overgange) i perioden.',
    'Børn før/efter: børneforanstaltningens rækker pr. år uden og med aldersgrænsen (hele året, som på Dispositioner). Voksen: overgangens beløb × sandsynlighed i årets åbne måneder.',
  ],
  transitionsHeaders: {
    caseRef: 'CPR / sag', birthday: 'Fødselsdag', age: 'Alder', childMeasure: 'Børneforanstaltning', lastPaid: 'Sidste betalte dag',
    adultMeasure: 'Voksenforanstaltning', adultStart: 'Start', before: (y) => `Børn ${y} før`, after: (y) => `Børn ${y} efter`, adult: (y) => `Voksen ${y}`,
  },
  noTransitions: 'Ingen sager når en aldersgrænse eller har en overgang i perioden.',
  yearsRow: '--years',
  pricesRow: 'Prisfremskrivning',
  pricesNone: (year) => `ingen: de senere år er i ${year}-priser`,
  pricesFactor: (year, factor) => `${year}: faktor ${factor}`,
  monthsTitle: (from, to) => `Måneder ${from}-${to}: faktisk forbrug og prognose pr. foranstaltning`,
  rules: [
    'Aldersgrænse: en række for en sag med gyldigt CPR-nummer slutter senest dagen før fødselsdagen for den alder, i alle år (18-årsdagen selv betales ikke).',
    'Overgange: hver overgang er en række på voksenforanstaltningen til takst × sandsynlighed fra startdatoen (tom: 18-årsdagen), i de åbne måneder.',
    'Tilgang og afgang er en ændring i bestanden: en række fra før budgetåret tæller i alle åbne måneder; en række i en lukket måned tæller ikke.',
    'Senere år: alle måneder er åbne; pulje og skøn gælder igen hvert år (fordelt på 12 måneder, resten i december); tolvtedele og ramme bruger årets budget.',
    'Prisfremskrivning: et senere års takster, enhedsudgifter, priser, pulje, skøn og glidende gennemsnit ganges med F(år) = produktet af (1 + procent) for årene efter budgetåret; budgetter tages som de står.',
  ],
};

const en: HorizonLabels = {
  sheets: { years: 'Multi-year overview', transitions: 'Transitions' },
  yearsTitle: (from, to) => (from === to ? `Multi-year overview ${from}` : `Multi-year overview ${from}-${to}: budget year and outline years`),
  yearsNotes: [
    'Expected result is the year\'s total on Months. Deviation = expected result − budget (Budget YYYY in measures; empty without a budget).',
    'Known = actual spend (budget year) and current dispositions; the rest is estimated: expected dispositions, risk cases, intake, pool, transitions and other methods.',
  ],
  budgetYearHeading: (year) => `${year} (budget year)`,
  laterYearHeading: (year, prices) => `${year} (${prices} prices)`,
  yearsHeaders: { area: 'Area', account: 'Account', measure: 'Measure', budget: 'Budget', expected: 'Expected result', deviation: 'Deviation', known: 'Known', knownShare: 'Known share' },
  transitionsTitle: (from, to) => (from === to ? `Transitions ${from}: the 18-year list` : `Transitions ${from}-${to}: the 18-year list`),
  transitionsNotes: [
    'Cases that reach an age limit (Aldersgrænse in measures) or have a transition (overgange) within the period.',
    'Children before/after: the children\'s measure\'s rows per year without and with the age limit (the whole year, as on Dispositions). Adult: the transition\'s amount × probability in the year\'s open months.',
  ],
  transitionsHeaders: {
    caseRef: 'CPR / case', birthday: 'Birthday', age: 'Age', childMeasure: 'Children\'s measure', lastPaid: 'Last paid day',
    adultMeasure: 'Adults\' measure', adultStart: 'Start', before: (y) => `Children ${y} before`, after: (y) => `Children ${y} after`, adult: (y) => `Adult ${y}`,
  },
  noTransitions: 'No case reaches an age limit or has a transition within the period.',
  yearsRow: '--years',
  pricesRow: 'Price indexation',
  pricesNone: (year) => `none: the later years are in ${year} prices`,
  pricesFactor: (year, factor) => `${year}: factor ${factor}`,
  monthsTitle: (from, to) => `Months ${from}-${to}: actual spend and forecast per measure`,
  rules: [
    'Age limit: a row of a case with a valid CPR number ends no later than the day before the birthday of that age, in every year (the birthday itself is not paid).',
    'Transitions: each transition is a row of the adults\' measure at rate × probability from its start (blank: the 18th birthday), in the open months.',
    'Intake and exit is a change in the stock: a row from before the budget year counts in every open month; a row in a closed month does not count.',
    'Later years: every month is open; pool and estimate apply again each year (spread over 12 months, the rest in December); twelfths and frame use the year\'s budget.',
    'Price indexation: a later year\'s rates, unit costs, prices, pool, estimate and rolling mean are multiplied by F(year) = the product of (1 + percent) over the years after the budget year; budgets are taken as given.',
  ],
};

export function horizonLabelsFor(lang: Lang): HorizonLabels {
  return lang === 'en' ? en : da;
}
