/**
 * CPR-shaped case references (ten digits, a hyphen after the sixth allowed) in dispositioner,
 * risikosager and overgange: a birth date that cannot exist is an error ("cpr-invalid-date"); a failed
 * modulus-11 check is only a warning ("cpr-modulus-11"), since numbers without it are valid
 * since 2007 (DOMAIN.md). Other references ("Cpr. 5", "R-2026-014") are not checked.
 * Messages show the number masked (DDMMYY-xxxx). Exports: checkCprs.
 */
import { cprBirthDate, looksLikeCpr, maskCpr, passesModulus11 } from '../model/cpr.js';
import type { Inputs } from '../model/inputs.js';
import type { ProblemList } from '../model/problem.js';
import type { SourceLocation } from '../model/source.js';
import { atColumn } from './locate.js';

export function checkCprs(inputs: Inputs, problems: ProblemList): void {
  // The location is made only for a row with a problem: a million clean rows cost no objects.
  for (const d of inputs.dispositions) checkOne(d.caseRef, () => atColumn(d.source, 'dispositions', 'caseRef'), problems);
  for (const r of inputs.riskCases) checkOne(r.caseRef, () => atColumn(r.source, 'riskCases', 'caseRef'), problems);
  for (const t of inputs.transitions) checkOne(t.caseRef, () => atColumn(t.source, 'transitions', 'caseRef'), problems);
}

function checkOne(ref: string, location: () => SourceLocation, problems: ProblemList): void {
  if (!looksLikeCpr(ref)) return;
  if (cprBirthDate(ref) === null) {
    const masked = maskCpr(ref);
    problems.error('cpr-invalid-date', `CPR-nummeret ${masked} har en fødselsdato, der ikke findes`, location(), {
      value: ref, hint: 'ret CPR-nummeret (DDMMÅÅ-SSSS); brug en anden sagsreference, hvis det ikke er et CPR-nummer',
    });
  } else if (!passesModulus11(ref)) {
    const masked = maskCpr(ref);
    problems.warning('cpr-modulus-11', `CPR-nummeret ${masked} består ikke modulus 11-kontrollen`, location(), {
      value: ref, hint: 'tjek for tastefejl; numre uden modulus 11 er gyldige siden 2007, så er nummeret rigtigt, kan advarslen ignoreres',
    });
  }
}
