/**
 * The schema drives parsing: a real read of fixtures/eksempel (CSV) and of its workbook form reads
 * every typed column of every table with the getter its schema type names (read/row-cells.ts
 * GETTER_OF_TYPE), blanks are judged by the schema's `required`, and a converter that asks for a
 * column with another type's getter fails at once instead of parsing the cell another way.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TABLES, type TableKey } from '../src/model/table-schema.js';
import { readProject } from '../src/read/project.js';
import { GETTER_OF_TYPE, RowCells } from '../src/read/row-cells.js';

type Getter = 'unit' | 'number' | 'date' | 'month' | 'percent' | 'year' | 'change' | 'requiredText';
const GETTERS: readonly Getter[] = ['unit', 'number', 'date', 'month', 'percent', 'year', 'change', 'requiredText'];

/** Which (table, column, getter) a real read used, by spying on RowCells' typed getters. */
async function readsOf(dir: string): Promise<{ reads: Set<string>; cells: Map<TableKey, RowCells> }> {
  const reads = new Set<string>();
  const cells = new Map<TableKey, RowCells>();
  for (const getter of GETTERS) {
    const original = RowCells.prototype[getter] as (this: RowCells, key: string) => unknown;
    vi.spyOn(RowCells.prototype, getter).mockImplementation(function (this: RowCells, key: string) {
      const table = (this as unknown as { spec: { key: TableKey } }).spec.key;
      // A per-year column (laterBudget:2027) counts as its column.
      reads.add(`${table}.${key.replace(/:\d{4}$/, '')}:${getter === 'requiredText' ? 'text' : getter}`);
      cells.set(table, this);
      return original.call(this, key);
    } as never);
  }
  await readProject(dir);
  vi.restoreAllMocks();
  return { reads, cells };
}

afterEach(() => vi.restoreAllMocks());

describe('the schema drives parsing', () => {
  for (const dir of ['fixtures/eksempel', 'fixtures/eksempel-xlsx']) {
    it(`every typed column of every table is read by its type's getter (${dir})`, async () => {
      const { reads } = await readsOf(dir);
      const expected = new Set<string>();
      for (const spec of Object.values(TABLES)) {
        for (const c of spec.columns) {
          const getter = GETTER_OF_TYPE[c.type];
          if (getter !== 'text') expected.add(`${spec.key}.${c.key}:${getter}`);
        }
      }
      // Every number, date, month, percent, year and change column of the schema is read, and read the way its type says…
      const typed = [...reads].filter((r) => !r.endsWith(':text'));
      expect(new Set(typed)).toEqual(expected);
      // …and every required text read is of a text-like column the schema marks required.
      for (const r of reads) {
        if (!r.endsWith(':text')) continue;
        const [table, key] = r.slice(0, -':text'.length).split('.') as [TableKey, string];
        const column = TABLES[table].columns.find((c) => c.key === key);
        expect(column && GETTER_OF_TYPE[column.type], r).toBe('text');
        expect(column?.required, r).toBe(true);
      }
    });
  }

  it('a column read with another type’s getter, or an optional one read as required, is a programming error at once', async () => {
    const { cells } = await readsOf('fixtures/eksempel');
    const measures = cells.get('measures')!;
    const dispositions = cells.get('dispositions')!;
    expect(() => measures.date('budget')).toThrow('Foranstaltninger: column budget is read as number, not date');
    expect(() => dispositions.number('start')).toThrow('column start is read as date, not number');
    expect(() => dispositions.month('nonsense')).toThrow('column nonsense is read as no column of the schema, not month');
    expect(() => measures.requiredText('area')).toThrow('column area is optional in the schema');
    // A per-year column (Budget 2027) is read as its column, laterBudget (amount).
    expect(() => measures.date('laterBudget:2027')).toThrow('column laterBudget:2027 is read as number, not date');
    expect(() => measures.number('laterBudget:2027')).not.toThrow();
    // The right getters still work on the same rows.
    expect(() => measures.number('budget')).not.toThrow();
    expect(() => dispositions.date('start')).not.toThrow();
  });
});
