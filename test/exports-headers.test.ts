/**
 * Every module's surface is written at its top and is true: the header comment of each file in
 * src/ has an "Exports:" list naming exactly what the file exports (the STYLE's explicit surfaces),
 * so a reader sees the whole contract in the first lines and a stale list fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The names a module exports (declarations and export lists; `export … from` re-exports included). */
export function exportedNames(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/^export\s+(?:declare\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([A-Za-z_$ÆØÅæøå][\w$ÆØÅæøå]*)/gm)) names.add(m[1]!);
  for (const m of text.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()!.trim();
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

/** The names the header's "Exports:" list gives (parenthesised remarks ignored), or null without one. */
export function headerNames(text: string): string[] | null {
  const header = /^\s*(?:#!.*\n)?\s*\/\*\*([\s\S]*?)\*\//.exec(text)?.[1];
  if (header === undefined) return null;
  const at = header.indexOf('Exports:');
  if (at < 0) return null;
  const rest = header.slice(at + 'Exports:'.length).replace(/\n\s*\*\s?/g, ' ');
  const list = rest.split(/\.(?:\s|$)/)[0]!.replace(/\([^)]*\)/g, ' ');
  return [...new Set(list.split(/[\s,]+/).filter((w) => w !== '' && w !== 'and'))].sort();
}

describe('module headers', () => {
  it('every file in src/ lists exactly its exports at the top', () => {
    const wrong: string[] = [];
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8');
      const actual = exportedNames(text);
      const listed = headerNames(text);
      if (listed === null) wrong.push(`${file}: no "Exports:" line in the header (exports ${actual.join(', ') || 'nothing'})`);
      else if (listed.join(',') !== actual.join(',')) wrong.push(`${file}: header lists ${listed.join(', ')}; the file exports ${actual.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads a header and a module the way they are written', () => {
    const text = '/**\n * A thing.\n * Exports: a, B (the type), c and\n * d. More text.\n */\nexport function a() {}\nexport interface B {}\nexport const c = 1;\nexport { d } from "./d.js";\n';
    expect(headerNames(text)).toEqual(['B', 'a', 'c', 'd']);
    expect(exportedNames(text)).toEqual(['B', 'a', 'c', 'd']);
  });
});
