/**
 * Data flows one way: files → read → validate → forecast (using methods) → compare → render → cli, and all of
 * them use model. Every import in src/ (static `from '…'` and dynamic `import('…')`) must go with
 * that grain; this test lists each import that runs against it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What each folder of src/ may import from the app (besides itself). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  model: [],
  zip: [],
  read: ['model', 'zip'],
  methods: ['model'],
  validate: ['model', 'methods'],
  forecast: ['model', 'methods'],
  compare: ['model'],
  render: ['model', 'zip'],
  cli: ['model', 'read', 'validate', 'methods', 'forecast', 'compare', 'render', 'zip'],
  bench: ['model'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The src/ folder a path lies in ("model", "read", …). */
const folderOf = (path: string): string => relative('src', path).split(/[\\/]/)[0]!;

/** Every relative import of a source file, as [the importing file, the imported path]. */
export function appImports(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm)) found.push(normalize(join(dirname(file), m[1]!)));
  return found;
}

describe('dependency direction', () => {
  it('every import in src/ goes with the grain (model ← read/methods ← validate/forecast ← render ← cli)', () => {
    const files = sources('src');
    expect(files.length).toBeGreaterThan(60);
    const against: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      const allowed = ALLOWED[from];
      if (allowed === undefined) {
        against.push(`${file}: the folder src/${from} has no place in the pipeline (add it to ALLOWED)`);
        continue;
      }
      for (const target of appImports(file, readFileSync(file, 'utf8'))) {
        const to = folderOf(target);
        if (to !== from && !allowed.includes(to)) against.push(`${file} imports ${target} (${from} may not import ${to})`);
      }
    }
    expect(against).toEqual([]);
  });

  it('sees a wrong import when there is one', () => {
    // The scanner itself: a static, a type-only and a dynamic import are all found.
    const text = "import { a } from '../forecast/forecast.js';\nimport type { B } from '../render/json.js';\nconst x = await import('../cli/main.js');\nimport '../read/csv.js';\n";
    expect(appImports('src/model/x.ts', text).map(folderOf)).toEqual(['forecast', 'render', 'cli', 'read']);
  });
});
