/**
 * The words of the sheet "Grafer" and its charts (charts-sheet.ts), in Danish (default) and
 * English (`--lang en`). Exports: ChartLabels, chartLabelsFor.
 */
import type { Lang } from './labels.js';

export interface ChartLabels {
  readonly sheet: string;
  readonly title: (year: number) => string;
  readonly note: string;
  readonly dataTitle: string;
  readonly month: string;
  readonly measure: string;
  readonly actual: string;
  readonly forecast: string;
  readonly budgetTwelfth: string;
  readonly cumulativeExpected: string;
  readonly cumulativeBudget: string;
  readonly deviation: string;
  readonly charts: {
    readonly months: string;
    readonly cumulative: string;
    readonly deviation: string;
    readonly cases: string;
  };
  readonly axes: {
    readonly month: string;
    readonly amount: string;
    readonly measure: string;
    readonly deviation: string;
    readonly cases: string;
  };
  readonly noDispositionMeasures: string;
}

const da: ChartLabels = {
  sheet: 'Grafer',
  title: (year) => `Grafer ${year}: forventet regnskab og budget`,
  note: 'Diagrammerne tegner cellerne på Måneder, Oversigt og Nøgletal (via tabellerne nederst): ret en måned eller et budget, så tegnes de om.',
  dataTitle: 'Tal til diagrammerne (formler på Måneder og Oversigt)',
  month: 'Måned',
  measure: 'Foranstaltning',
  actual: 'Faktisk forbrug (lukkede måneder)',
  forecast: 'Prognose (åbne måneder)',
  budgetTwelfth: 'Korrigeret budget (1/12)',
  cumulativeExpected: 'Forventet regnskab, akkumuleret',
  cumulativeBudget: 'Korrigeret budget, akkumuleret',
  deviation: 'Afvigelse (kr.)',
  charts: {
    months: 'Forbrug og prognose pr. måned mod budget (1/12)',
    cumulative: 'Forventet regnskab og budget hen over året, akkumuleret',
    deviation: 'Afvigelse pr. foranstaltning (+ merforbrug, − mindreforbrug)',
    cases: 'Antal sager pr. måned (dispositioner)',
  },
  axes: { month: 'Måned', amount: 'kr.', measure: 'Foranstaltning', deviation: 'Afvigelse (kr.)', cases: 'Antal sager' },
  noDispositionMeasures: 'Ingen foranstaltninger med dispositioner: intet diagram over antal sager.',
};

const en: ChartLabels = {
  sheet: 'Charts',
  title: (year) => `Charts ${year}: expected result and budget`,
  note: 'The charts draw the cells of Months, Overview and Key figures (through the tables at the bottom): edit a month or a budget and they are redrawn.',
  dataTitle: 'Figures for the charts (formulas on Months and Overview)',
  month: 'Month',
  measure: 'Measure',
  actual: 'Actual (closed months)',
  forecast: 'Forecast (open months)',
  budgetTwelfth: 'Corrected budget (1/12)',
  cumulativeExpected: 'Expected result, cumulative',
  cumulativeBudget: 'Corrected budget, cumulative',
  deviation: 'Deviation (DKK)',
  charts: {
    months: 'Actual and forecast per month against budget (1/12)',
    cumulative: 'Expected result and budget through the year, cumulative',
    deviation: 'Deviation per measure (+ overspend, − underspend)',
    cases: 'Cases per month (dispositions)',
  },
  axes: { month: 'Month', amount: 'DKK', measure: 'Measure', deviation: 'Deviation (DKK)', cases: 'Cases' },
  noDispositionMeasures: 'No measures with dispositions: no chart of cases.',
};

export function chartLabelsFor(lang: Lang): ChartLabels {
  return lang === 'en' ? en : da;
}
