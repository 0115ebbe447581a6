/**
 * The forecast JSON with each warning reduced to severity, code and message, and each flag of the
 * case review without its file, sheet and line: the same input read from CSV, a folder of .xlsx or
 * one workbook gives the same figures, warnings and flags, but each rightly points at its own
 * file, sheet and line.
 */
export function withoutLocations(json: string): unknown {
  const doc = JSON.parse(json) as { warnings: { severity: string; code: string; message: string }[]; undringssager?: Record<string, unknown>[] };
  return {
    ...doc,
    warnings: doc.warnings.map(({ severity, code, message }) => ({ severity, code, message })),
    ...(doc.undringssager ? { undringssager: doc.undringssager.map(({ file: _f, sheet: _s, line: _l, ...flag }) => flag) } : {}),
  };
}
