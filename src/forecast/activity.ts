/**
 * Activity and price (model/explanation.ts Activity): a disposition measure's deviation explained
 * as more or fewer helårspersoner than budgeted (activity) and a dearer or cheaper helårsperson
 * (price), the children's-area report's central recommendation.
 *
 * Exports: activityOf.
 * With HP the helårspersoner rounded to 4 decimals (methods/persons.ts), B the budget, N the
 * Budget antal, F the expected result and D the deviation (all exact):
 * - budget price Pb = B ÷ N, rounded to øre (kr. per helårsperson per year; null without N);
 * - expected price Pe = F ÷ HP, rounded to øre (null when HP = 0);
 * - activity effect A = (HP − N) × B ÷ N, rounded to øre, half away from zero;
 * - price effect = D − A, so activity + price = D exactly.
 * Without N, or when HP = 0, there is no split (both effects null; the checks warn about HP = 0).
 */
import type { Activity } from '../model/explanation.js';
import type { Measure } from '../model/measure.js';
import type { Money } from '../model/money.js';
import { div, divideToMoney, mul, ofMoney, roundRational, sub } from '../model/rational.js';

export function activityOf(measure: Measure, persons: Money, expected: Money, deviation: Money): Activity {
  const n = measure.budgetPersons;
  const hasPersons = !persons.isZero();
  const activityEffect = n !== null && !n.isZero() && hasPersons
    ? roundRational(div(mul(sub(ofMoney(persons), ofMoney(n)), ofMoney(measure.budget)), ofMoney(n)), 2)
    : null;
  return {
    budgetPersons: n,
    persons,
    budgetPrice: n !== null && !n.isZero() ? divideToMoney(measure.budget, n) : null,
    price: hasPersons ? divideToMoney(expected, persons) : null,
    activityEffect,
    priceEffect: activityEffect === null ? null : deviation.minus(activityEffect),
  };
}
