/**
 * What kind of problem each warning and note is, in words, per problem code: the Advarsler sheet's
 * "Type" column (Danish, or English with `--lang en`), so a reader need not know the codes (they
 * stay in the sheet's last column). Every warning and note code the README lists has one
 * (test/problem-types.test.ts). Exports: PROBLEM_TYPES, problemType.
 */
import type { Lang } from './labels.js';

export const PROBLEM_TYPES: Readonly<Record<string, { readonly da: string; readonly en: string }>> = {
  'unknown-sheet': { da: 'Ark uden tabel', en: 'Sheet without a table' },
  'empty-sheet': { da: 'Tomt ark', en: 'Empty sheet' },
  'formula-without-result': { da: 'Formel uden resultat', en: 'Formula without result' },
  'spreadsheet-ignored': { da: 'Regneark ikke brugt', en: 'Spreadsheet not used' },
  'mixed-encoding': { da: 'Blandet tegnsæt', en: 'Mixed encoding' },
  'duplicate-column': { da: 'Kolonne to gange', en: 'Column twice' },
  'no-rows': { da: 'Tabel uden rækker', en: 'Table without rows' },
  'probability-read-as-percent': { da: 'Sandsynlighed læst som procent', en: 'Probability read as percent' },
  'control-character': { da: 'Kontroltegn i celle', en: 'Control character in cell' },
  'extra-cells': { da: 'Celle uden overskrift', en: 'Cell without header' },
  'cpr-modulus-11': { da: 'CPR uden modulus 11', en: 'CPR fails modulus 11' },
  'overlapping-periods': { da: 'Overlappende perioder', en: 'Overlapping periods' },
  'negative-rate': { da: 'Negativ takst', en: 'Negative rate' },
  'disposition-without-rows': { da: 'Disposition uden rækker', en: 'Disposition without rows' },
  'pool-ignored': { da: 'Pulje ikke brugt', en: 'Pool not used' },
  'budget-persons-ignored': { da: 'Budget antal ikke brugt', en: 'Budget persons not used' },
  'outside-year': { da: 'Uden for budgetåret', en: 'Outside the budget year' },
  'missing-actual': { da: 'Manglende forbrug', en: 'Missing actual' },
  'actual-in-open-month': { da: 'Forbrug i åben måned', en: 'Actual in an open month' },
  'intake-in-closed-month': { da: 'Tilgang i lukket måned', en: 'Intake in a closed month' },
  'ignored-for-method': { da: 'Rækker ikke brugt af metoden', en: 'Rows not used by the method' },
  'pool-unused': { da: 'Pulje uden åbne måneder', en: 'Pool without open months' },
  'no-persons': { da: 'Ingen helårspersoner', en: 'No full-year persons' },
  'rolling-short-window': { da: 'Kort glidende vindue', en: 'Short rolling window' },
  'expected-started': { da: 'Forventet, men startet', en: 'Expected, but started' },
  'past-age-limit': { da: 'Efter 18-årsdagen', en: 'After the 18th birthday' },
  'age-for-measure': { da: 'Alder passer ikke', en: 'Age does not fit' },
  'rate-outlier': { da: 'Afvigende takst', en: 'Rate stands out' },
  'long-open-case': { da: 'Længe uden stopdato', en: 'Long without a stop date' },
  'age-limit-cut': { da: 'Afkortet ved aldersgrænsen', en: 'Cut at the age limit' },
  'price-change-unused': { da: 'Prisændring ikke brugt', en: 'Price change not used' },
  'budget-column-unused': { da: 'Budgetkolonne ikke brugt', en: 'Budget column not used' },
};

/** The type of a problem code; a code without one (none should be) shows as itself. */
export function problemType(code: string, lang: Lang): string {
  return PROBLEM_TYPES[code]?.[lang] ?? code;
}
