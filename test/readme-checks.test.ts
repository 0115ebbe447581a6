/** The README's check list stays complete: every problem code the source can emit is listed there. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVIEW_CODES } from '../src/model/review.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('README lists every check', () => {
  it('names each problem code found in src/', () => {
    const codes = new Set<string>();
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/problems\.(?:error|warning|note)\(\s*'([a-z0-9-]+)'/g)) codes.add(m[1]!);
      for (const m of text.matchAll(/(?:cells|this)\.(?:fail|warn)\(\s*(?:key|'[a-zA-Z]+'),\s*'([a-z0-9-]+)'/g)) codes.add(m[1]!);
      for (const m of text.matchAll(/\bcode: '([a-z0-9-]+)' \}/g)) codes.add(m[1]!);
      for (const m of text.matchAll(/'(unreadable-[a-z]+)'/g)) codes.add(m[1]!);
    }
    // The case review's checks make their problems from a code in a list (validate/review-check.ts).
    for (const c of REVIEW_CODES) codes.add(c);
    expect(codes.size).toBeGreaterThan(40);
    const readme = readFileSync('README.md', 'utf8');
    expect([...codes].filter((c) => !readme.includes(`\`${c}\``)).sort()).toEqual([]);
  });
});
