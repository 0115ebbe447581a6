/**
 * The forecast JSON with each warning reduced to severity, code and message: the same input read
 * from CSV, a folder of .xlsx or one workbook gives the same figures and the same warnings, but
 * each warning rightly points at its own file, sheet and line.
 */
export function withoutLocations(json: string): unknown {
  const doc = JSON.parse(json) as { warnings: { severity: string; code: string; message: string }[] };
  return { ...doc, warnings: doc.warnings.map(({ severity, code, message }) => ({ severity, code, message })) };
}
