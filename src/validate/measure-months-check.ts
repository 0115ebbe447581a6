/**
 * Checks of each measure's months against the budget year and its last closed month, in measure
 * order (they read like one report per measure):
 * - "actual-in-open-month" (warning): forbrug for a month after the as-of is ignored;
 * - "missing-actual" (warning): a closed month without forbrug counts 0;
 * - "intake-in-closed-month" (warning): an intake row dated in a closed month of the budget year
 *   is ignored (one dated before the budget year is a change in the stock that counts: no warning);
 * - "pool-unused" (warning): a pool (Pulje or Restpulje) when every month of the horizon is closed
 *   (one year, all closed); a Restpulje when every month of the budget year is closed;
 * - "ignored-for-method" (warning): disposition rows, risk cases or intake rows on a measure whose
 *   method is not disposition are ignored;
 * - "rolling-too-few-months" (error) / "rolling-short-window" (warning): glidende with fewer than
 *   3 / 12 months of forbrug in its window, when the horizon has an open month.
 * Exports: checkMeasureMonths.
 */
import { formatYearMonth, yearMonthIndex } from '../model/civil-date.js';
import type { Inputs } from '../model/inputs.js';
import type { Measure } from '../model/measure.js';
import type { Period } from '../model/period.js';
import type { ProblemList } from '../model/problem.js';
import type { SourceLocation } from '../model/source.js';
import { rollingAverage, rollingWindowEnd, ROLLING_MINIMUM, ROLLING_WINDOW } from '../methods/rolling-average.js';
import { ZERO, type Money } from '../model/money.js';

function groupBy<T extends { readonly measure: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.measure);
    if (list) list.push(row);
    else map.set(row.measure, [row]);
  }
  return map;
}

export function checkMeasureMonths(inputs: Inputs, period: Period, problems: ProblemList): void {
  const { year, closedMonths } = period;
  const allClosed = closedMonths === 12 && period.years === 1;
  const actualsBy = groupBy(inputs.actuals);
  const dispositionsBy = groupBy(inputs.dispositions);
  const riskBy = groupBy(inputs.riskCases);
  const intakeBy = groupBy(inputs.intakes);
  const ignoredFor = (m: Measure, rows: readonly { source: SourceLocation }[], what: string): void => {
    if (rows.length === 0) return;
    const lines = rows.map((r) => r.source.line).filter((l) => l !== undefined);
    problems.warning('ignored-for-method', `${rows.length} ${what} for "${m.name}" ignoreres, fordi metoden er ${m.method}`,
      { file: rows[0]!.source.file, ...(lines[0] !== undefined ? { line: lines[0] } : {}) },
      { hint: `linje ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ' …' : ''}; skift metode til disposition for at bruge dem` });
  };

  for (const measure of inputs.measures) {
    const own = actualsBy.get(measure.name) ?? [];
    const late = own.filter((a) => a.month.year === year && a.month.month > closedMonths);
    if (late.length > 0) {
      problems.warning('actual-in-open-month', `forbrug for "${measure.name}" i åbne måneder (${[...new Set(late.map((a) => formatYearMonth(a.month)))].join(', ')}) ignoreres`,
        late[0]!.source, { hint: 'sæt --as-of til den sidste lukkede måned, hvis de måneder er lukket' });
    }
    const present = new Set(own.filter((a) => a.month.year === year).map((a) => a.month.month - 1));
    const missing: string[] = [];
    for (let i = 0; i < closedMonths; i++) if (!present.has(i)) missing.push(formatYearMonth({ year, month: i + 1 }));
    if (missing.length > 0) {
      problems.warning('missing-actual', `intet forbrug for "${measure.name}" i lukkede måneder ${missing.join(', ')}; regnes som 0`, measure.source,
        { hint: 'tilføj forbrug for månederne i forbrug, eller tjek --as-of' });
    }

    const dispositions = dispositionsBy.get(measure.name) ?? [];
    const riskCases = riskBy.get(measure.name) ?? [];
    const intakes = intakeBy.get(measure.name) ?? [];
    if (measure.method === 'disposition') {
      const firstOpenIndex = year * 12 + closedMonths;
      for (const t of intakes) {
        const at = yearMonthIndex(t.month);
        if (at >= firstOpenIndex || at < year * 12) continue;
        problems.warning('intake-in-closed-month', `tilgang/afgang for ${formatYearMonth(t.month)} ligger i en lukket måned og ignoreres`, { ...t.source, column: 'Måned' },
          { hint: 'lukkede måneder tæller med faktisk forbrug; flyt tilgangen til en åben måned eller slet rækken' });
      }
      const pooled = (measure.pool !== null && !measure.pool.isZero()) || (measure.restPool !== null && !measure.restPool.isZero());
      if (pooled && allClosed) {
        problems.warning('pool-unused', `puljen for "${measure.name}" bruges ikke, fordi alle måneder er lukket`, { ...measure.source, column: measure.pool !== null && !measure.pool.isZero() ? 'Pulje' : 'Restpulje' });
      } else if (closedMonths === 12 && measure.restPool !== null && !measure.restPool.isZero()) {
        problems.warning('pool-unused', `restpuljen for "${measure.name}" bruges ikke, fordi alle måneder i ${year} er lukket; de senere år bruger Pulje`, { ...measure.source, column: 'Restpulje' });
      }
      continue;
    }
    ignoredFor(measure, dispositions, 'dispositionsrækker');
    ignoredFor(measure, riskCases, 'risikosager');
    ignoredFor(measure, intakes, 'tilgangsrækker');
    if (measure.method !== 'glidende' || allClosed) continue;
    const byMonth = new Map<number, Money>();
    for (const a of own) byMonth.set(yearMonthIndex(a.month), (byMonth.get(yearMonthIndex(a.month)) ?? ZERO).plus(a.amount));
    const rolling = rollingAverage(byMonth, rollingWindowEnd(period.asOf, year));
    const window = `${formatYearMonth(rolling.from)}-${formatYearMonth(rolling.to)}`;
    if (rolling.mean === null) {
      problems.error('rolling-too-few-months', `"${measure.name}" (glidende) har kun forbrug i ${rolling.monthsUsed} af de 12 måneder ${window}`, { ...measure.source, column: 'Metode' },
        { hint: `der skal være forbrug i mindst ${ROLLING_MINIMUM} måneder (også sidste års); vælg ellers en anden metode` });
    } else if (rolling.monthsUsed < ROLLING_WINDOW) {
      problems.warning('rolling-short-window', `"${measure.name}" (glidende): gennemsnittet bygger kun på ${rolling.monthsUsed} af 12 måneder (${window})`, measure.source,
        { hint: 'tilføj forbrug for de manglende måneder (også sidste års) i forbrug' });
    }
  }
}
