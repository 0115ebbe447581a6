/**
 * Forgiving matching of headers, sheet and file names and enumerated values (methods, units,
 * statuses): case, spacing, punctuation and parenthesised parts are ignored; æ/ø/å may be written
 * ae/oe/aa. Exports: normalizeKey, matchAlias.
 */

export function normalizeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

// matchAlias runs once per cell of enumerated columns (units, statuses: a million times for a big
// disposition sheet) over a handful of distinct texts, so results are remembered per alias table.
const MEMO_LIMIT = 10_000;
const memo = new WeakMap<object, Map<string, string | undefined>>();

/** The key whose aliases contain the normalised text, or undefined. */
export function matchAlias<K extends string>(text: string, aliases: Readonly<Record<K, readonly string[]>>): K | undefined {
  let known = memo.get(aliases);
  if (known === undefined) memo.set(aliases, (known = new Map()));
  if (known.has(text)) return known.get(text) as K | undefined;
  const result = matchAliasUncached(text, aliases);
  if (known.size >= MEMO_LIMIT) known.clear();
  known.set(text, result);
  return result;
}

function matchAliasUncached<K extends string>(text: string, aliases: Readonly<Record<K, readonly string[]>>): K | undefined {
  const key = normalizeKey(text);
  if (key === '') return undefined;
  for (const [name, list] of Object.entries(aliases) as [K, readonly string[]][]) {
    if (list.some((a) => normalizeKey(a) === key) || normalizeKey(name) === key) return name;
  }
  return undefined;
}
