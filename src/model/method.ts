/**
 * The prognosis methods, one chosen per measure (DOMAIN.md, Tabel 5.4), with their accepted
 * spellings and labels. Exports: METHODS, Method, METHOD_ALIASES, METHOD_LABELS.
 */
export const METHODS = ['disposition', 'glidende', 'tolvtedele', 'ramme', 'skøn'] as const;
export type Method = (typeof METHODS)[number];

/** Accepted spellings, compared after header-style normalisation (see read/normalize.ts). */
export const METHOD_ALIASES: Readonly<Record<Method, readonly string[]>> = {
  disposition: ['disposition', 'dispositioner', 'dispositionsark', 'cpr', 'cprniveau', 'dispositionpaacprniveau', 'dispositions'],
  glidende: ['glidende', 'glidendegennemsnit', 'rullende', 'rullendegennemsnit', 'gennemsnit', '12mdrgennemsnit', 'rolling', 'rollingaverage', 'movingaverage'],
  tolvtedele: ['tolvtedele', 'tolvtedel', '112', '112dele', 'periodisering', 'periodiseringitolvtedele', 'twelfths', 'twelfth', 'monthly'],
  ramme: ['ramme', 'rammestyring', 'decentralramme', 'decentralrammestyring', 'frame', 'framebudget'],
  skøn: ['skoen', 'skon', 'skn', 'estimat', 'estimate'],
};

export const METHOD_LABELS: Readonly<Record<Method, { da: string; en: string }>> = {
  disposition: { da: 'Disposition (CPR-niveau)', en: 'Disposition (CPR level)' },
  glidende: { da: 'Glidende 12 mdr. gennemsnit', en: 'Rolling 12-month average' },
  tolvtedele: { da: 'Periodisering i 1/12', en: 'Periodisation in 12ths' },
  ramme: { da: 'Decentral ramme', en: 'Frame' },
  skøn: { da: 'Skøn', en: 'Estimate' },
};
