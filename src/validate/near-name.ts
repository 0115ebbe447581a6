/**
 * "Did you mean": the known name nearest to an unknown one. Same letters ignoring case, spacing and
 * punctuation first (normalizeKey), else the nearest by edit distance, at most 1 edit per 5
 * characters (at least 1, at most 3); ties go to the first in file order. Exports: nearestName.
 */
import { normalizeKey } from '../model/names.js';

export function nearestName<T extends { readonly name: string }>(name: string, known: readonly T[]): T | undefined {
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

/** Levenshtein distance, giving up (returning limit + 1) once every path exceeds the limit. */
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}
