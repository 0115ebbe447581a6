/**
 * "Did you mean": the known name nearest to an unknown one. Same letters ignoring case, spacing and
 * punctuation first (normalizeKey), else the nearest by edit distance, at most 1 edit per 5
 * characters (at least 1, at most 3); ties go to the first in file order. The distance is computed
 * in a band of width 2 × limit + 1 (O(length), never length²), and names longer than MAX_NAME are
 * not searched (no measure name is that long): a 20.000-character name costs next to nothing.
 * Exports: nearestName, editDistance, MAX_NAME.
 */
import { normalizeKey } from '../model/names.js';

/** Names longer than this are not searched for a near one. */
export const MAX_NAME = 200;

export function nearestName<T extends { readonly name: string }>(name: string, known: readonly T[]): T | undefined {
  if (name.length > MAX_NAME) return undefined;
  const key = normalizeKey(name);
  const same = known.find((k) => normalizeKey(k.name) === key);
  if (same) return same;
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 5)));
  let best: { item: T; distance: number } | undefined;
  for (const k of known) {
    if (Math.abs(k.name.length - name.length) > limit) continue;
    const d = editDistance(name.toLowerCase(), k.name.toLowerCase(), limit);
    if (d <= limit && (!best || d < best.distance)) best = { item: k, distance: d };
  }
  return best?.item;
}

/**
 * Levenshtein distance when it is at most `limit`, else limit + 1: only cells with |i − j| ≤ limit
 * are computed (any other is above the limit), and the search gives up once a row is all above it.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // The band's edges are above the limit (row[0] is i when inside it): no fill of the whole row.
    row[0] = i <= limit ? i : over;
    row[from - 1] = from - 1 === 0 ? row[0]! : over;
    if (to + 1 <= b.length) row[to + 1] = over;
    let rowMin = row[0]!;
    for (let j = from; j <= to; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v > over ? over : v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return over;
    [prev, row] = [row, prev];
  }
  return Math.min(prev[b.length]!, over);
}
