/**
 * Checks of the activity/price split's inputs (forecast/activity.ts):
 * - "invalid-budget-persons" (error): a Budget antal of 0 or less;
 * - "budget-persons-ignored" (warning): a Budget antal on a measure whose method is not disposition;
 * - "no-persons" (warning): a disposition measure with a Budget antal but no helårspersoner in the
 *   year (HP = 0 at 4 decimals; methods/persons.ts): there is no split into activity and price.
 * The first two need only the measure (checkActivityInputs); the last needs the budget year and
 * its last closed month, and runs on input without errors (checkActivityPersons).
 * Exports: checkActivityInputs, checkActivityPersons.
 */
import type { Inputs } from '../model/inputs.js';
import { periodCalendar, type Period } from '../model/period.js';
import type { ProblemList } from '../model/problem.js';
import { cutAtAgeLimit, withAgeLimits } from '../methods/age-limit.js';
import { fullYearPersons, personDaysByMeasure, personsByMonth } from '../methods/persons.js';
import { poolMonths } from '../methods/pool.js';
import { priceIndex } from '../methods/price-index.js';
import { atColumn } from './locate.js';

export function checkActivityInputs(inputs: Inputs, problems: ProblemList): void {
  for (const m of inputs.measures) {
    if (m.budgetPersons === null) continue;
    const where = atColumn(m.source, 'measures', 'budgetPersons');
    if (!m.budgetPersons.isPositive() || m.budgetPersons.isZero()) {
      problems.error('invalid-budget-persons', `Budget antal for "${m.name}" skal være større end 0`, where, { value: m.budgetPersons.toString(), hint: 'skriv de budgetterede helårspersoner, fx 40,5, eller lad cellen stå tom' });
    } else if (m.method !== 'disposition') {
      problems.warning('budget-persons-ignored', `Budget antal ignoreres for "${m.name}" (metode ${m.method})`, where, { hint: 'opdelingen i aktivitet og pris bruges kun med metoden disposition' });
    }
  }
}

export function checkActivityPersons(inputs: Inputs, period: Period, problems: ProblemList): void {
  const wanted = new Set(inputs.measures.filter((m) => m.method === 'disposition' && m.budgetPersons !== null && m.budgetPersons.isPositive()).map((m) => m.name));
  if (wanted.size === 0) return;
  const calendar = periodCalendar(period);
  const firstOpen = period.closedMonths;
  const slotOf = new Map([...wanted].map((name, slot) => [name, slot]));
  // The rows as the forecast prorates them: cut by their measure's age limit.
  const personDays = personDaysByMeasure(withAgeLimits(inputs.dispositions, inputs.measures), slotOf, slotOf.size, calendar);
  const budgetYear = priceIndex([], period.year, 1);
  for (const m of inputs.measures) {
    const slot = slotOf.get(m.name);
    if (slot === undefined) continue;
    const persons = fullYearPersons(personsByMonth({
      calendar, firstOpen, personDays: personDays[slot]!,
      riskCases: inputs.riskCases.filter((r) => r.measure === m.name), intakes: inputs.intakes.filter((t) => t.measure === m.name),
      transitions: inputs.transitions.filter((t) => t.measure === m.name).map((t) => ({ ...t, stop: cutAtAgeLimit(t, m.ageLimit).stop })),
      pool: poolMonths(m, budgetYear, firstOpen), averagePrice: m.averagePrice,
    }));
    if (!persons.isZero()) continue;
    problems.warning('no-persons', `"${m.name}" har ingen helårspersoner i ${period.year}, så afvigelsen deles ikke i aktivitet og pris`, atColumn(m.source, 'measures', 'budgetPersons'),
      { hint: 'tjek at dispositionsrækkerne har foranstaltningens navn og datoer i budgetåret, eller fjern Budget antal' });
  }
}
