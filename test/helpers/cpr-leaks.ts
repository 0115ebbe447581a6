/**
 * A CPR leak detector written apart from model/cpr.ts's mask, so a test does not check the mask
 * with itself: ten digits with up to three characters of anything but a digit (or an escape like
 * \x00, \u0009, also with its backslash doubled) between any two. A run is a leak when its digits
 * are one of the given CPR numbers (ten digits each).
 */
const GAP = String.raw`(?:\\+(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})|\D){0,3}`;
const SPREAD = new RegExp(`(?<!\\d)\\d${`${GAP}\\d`.repeat(9)}(?!\\d)`, 'g');

export function cprLeaks(text: string, cprs: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(SPREAD)) {
    const digits = m[0].replace(/\\+(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})/g, '').replace(/\D/g, '');
    if (cprs.has(digits)) found.push(m[0]);
  }
  return found;
}
