/**
 * The bridge of a measure (model/explanation.ts Bridge): what its forecast is made of, and how much
 * of the booked spend its CPR rows explain.
 *
 * Exports: bridgeOf, sumBridges.
 * - Open months, as sums over them: the aktuel disposition rows, the forventet ones, risk cases,
 *   intake, pool, transitions (overgange), and a non-disposition method's amount. Their sum is the forecast (Prognose):
 *   the measure's open months are exactly these parts.
 * - Closed months: what the rows (aktuel + forventet) dispose in them, against the forbrug booked;
 *   unexplained = booked − disposed (non-CPR costs, back-payments, errors).
 * Exact sums of the rounded month amounts.
 */
import type { Bridge } from '../model/explanation.js';
import type { DispositionGroup, MonthParts } from '../model/forecast.js';
import { sumMoney, ZERO, type Money } from '../model/money.js';

const sumFrom = (months: readonly Money[], from: number, to: number): Money => sumMoney(months.slice(from, to));

/** `group`: the measure's disposition lines (undefined when it has none). */
export function bridgeOf(parts: MonthParts, actual: Money, group: DispositionGroup | undefined, firstOpen: number): Bridge {
  const length = parts.actuals.length;
  const open = (months: readonly Money[]): Money => sumFrom(months, firstOpen, length);
  const disposed = group ? sumFrom(group.bothTotal.months, 0, firstOpen) : ZERO;
  return {
    parts: {
      activeDispositions: group ? open(group.currentTotal.months) : ZERO,
      expectedDispositions: group ? open(group.expectedTotal.months) : ZERO,
      riskCases: open(parts.riskCases),
      intake: open(parts.intakes),
      pool: open(parts.pool),
      transitions: open(parts.transitions),
      method: open(parts.method),
    },
    closed: { disposed, booked: actual, unexplained: actual.minus(disposed) },
  };
}

export function sumBridges(bridges: readonly Bridge[]): Bridge {
  const sum = (pick: (b: Bridge) => Money): Money => sumMoney(bridges.map(pick));
  return {
    parts: {
      activeDispositions: sum((b) => b.parts.activeDispositions),
      expectedDispositions: sum((b) => b.parts.expectedDispositions),
      riskCases: sum((b) => b.parts.riskCases),
      intake: sum((b) => b.parts.intake),
      pool: sum((b) => b.parts.pool),
      transitions: sum((b) => b.parts.transitions),
      method: sum((b) => b.parts.method),
    },
    closed: {
      disposed: sum((b) => b.closed.disposed),
      booked: sum((b) => b.closed.booked),
      unexplained: sum((b) => b.closed.unexplained),
    },
  };
}
