/** risikosager → RiskCase[]. Varighed or Stopdato; neither means to the end of the year. Exports: toRiskCase. */
import { money } from '../../model/money.js';
import type { RiskCase } from '../../model/risk-case.js';
import type { RowCells } from '../row-cells.js';

export function toRiskCase(cells: RowCells): RiskCase | undefined {
  const measure = cells.requiredText('measure');
  const count = cells.number('count');
  const unitCost = cells.number('unitCost');
  const probability = cells.percent('probability');
  const start = cells.date('start');
  const duration = cells.number('duration');
  const stop = cells.date('stop');
  if (duration != null && (!duration.isInteger() || duration.lessThan(1))) {
    cells.fail('duration', 'invalid-duration', 'varigheden skal være et helt antal måneder (1 eller flere)', cells.text('duration'), 'skriv fx 6, eller angiv en Stopdato i stedet');
  }
  if (probability?.readAsPercent) {
    cells.warn('probability', 'probability-read-as-percent', `sandsynligheden er læst som ${cells.text('probability')} %`, cells.text('probability'), 'skriv 40 % eller 0,4 for at undgå tvivl');
  }
  if (cells.failed || measure === undefined || count === undefined || unitCost == null || probability == null || start == null || duration === undefined || stop === undefined) {
    return undefined;
  }
  return {
    caseRef: cells.text('caseRef') || `Risikosag linje ${cells.line}`,
    measure, count: count ?? money(1), unitCost, probability: probability.fraction, start,
    durationMonths: duration === null ? null : duration.toNumber(), stop, source: cells.location(),
  };
}
