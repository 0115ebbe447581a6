/**
 * The prognosis method of each Metode (model/method.ts): a new method is a new file in methods/
 * implementing PrognosisMethod (methods/method.ts) and one line here. Exports: methodFor.
 */
import type { Method } from '../model/method.js';
import { disposition } from './disposition.js';
import { ramme, skøn } from './frame.js';
import type { PrognosisMethod } from './method.js';
import { glidende } from './rolling-average.js';
import { tolvtedele } from './twelfths.js';

const METHODS: Readonly<Record<Method, PrognosisMethod>> = {
  disposition,
  glidende,
  tolvtedele,
  ramme,
  skøn,
};

export function methodFor(method: Method): PrognosisMethod {
  return METHODS[method];
}
