/**
 * The README's input tables are the schema's (model/table-schema.ts): each table's section lists
 * its columns in the schema's order with the schema's label, type and required flag, and every spelling
 * it says is "also accepted" is one the header matching accepts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnForHeader, TABLES } from '../src/model/table-schema.js';

const readme = readFileSync('README.md', 'utf8');

/** The rows of the first table after the heading that starts with `heading`. */
function tableAfter(heading: string): string[][] {
  const at = readme.indexOf(heading);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const lines = readme.slice(at).split('\n').slice(1);
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

describe('README input tables', () => {
  it.each(Object.values(TABLES).map((t) => [t.name, t] as const))('%s: columns, types, required flags and accepted spellings are the schema\'s', (_name, spec) => {
    const rows = tableAfter(`### \`${spec.name.toLowerCase()}.csv\``);
    expect(rows.map((r) => r[0])).toEqual(spec.columns.map((c) => `\`${c.label}\``));
    rows.forEach((r, i) => {
      const column = spec.columns[i]!;
      expect(r[1], `${column.label} type`).toBe(column.type);
      expect(r[3] === 'yes', `${column.label} required`).toBe(column.required);
      for (const alias of r[2]!.split(',').map((a) => a.trim()).filter((a) => a !== '')) {
        expect(columnForHeader(alias, spec)?.key, `${spec.name}: "${alias}" for ${column.label}`).toBe(column.key);
      }
    });
  });
});
