/**
 * What the Dispositioner sheet shows of each disposition line besides its amounts, computed by the
 * forecast (forecast/line-facts.ts), one typed array entry per line of DispositionLines:
 * - outsideYear: 1 when the row lies wholly outside the budget year (it adds 0 kr.; the sheet
 *   leaves it off unless --all-rows, and counts it on Forudsætninger);
 * - age: the case's age in whole years on the first open day (model/age.ts), -1 when the case is
 *   no valid CPR number or is born after that day;
 * - ageLimitDay: the day number (model/civil-date.ts) of the birthday of the measure's age limit
 *   (its Aldersgrænse, else 18 on a children's-area measure) when it falls within the budget year;
 *   NaN otherwise.
 * Exports: LineFacts.
 */

export interface LineFacts {
  readonly outsideYear: Uint8Array;
  /** How many lines lie wholly outside the budget year. */
  readonly outsideYearCount: number;
  readonly age: Int16Array;
  readonly ageLimitDay: Float64Array;
}
