/**
 * One converter per table: dispositioner rows give the same Dispositions and the same problems
 * however they are read - from the CSV scanner's rows (cells by index from the file's text), from
 * arrays of cells (csv-parse, xlsx), with the table's CellMemo (values shared by text and by key)
 * or without it (each cell parsed on its own).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../src/model/problem.js';
import { parseCsvText } from '../src/read/csv.js';
import { convertTable } from '../src/read/project.js';
import { ArrayRow, type RawTable } from '../src/read/raw-table.js';
import { RowCells } from '../src/read/row-cells.js';
import { TABLES } from '../src/model/table-schema.js';
import { matchColumns } from '../src/read/match-columns.js';
import { toDisposition } from '../src/read/tables/dispositions.js';

const spec = TABLES.dispositions;
const pool = <T>(...xs: T[]) => fc.constantFrom(...xs);
/** Mostly the common forms, sometimes the odd ones. */
const mix = <T>(common: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: common, weight: 5 }, { arbitrary: odd, weight: 1 });
const caseRef = mix(pool('010203-1234', 'Cpr. 5', 'SAG-2026-000123-X'), pool('', ' 311299-4321 '));
const measure = mix(pool('Opholdssteder', 'Botilbud § 108'), pool('', ' Plejefamilier '));
const rate = mix(
  fc.oneof(
    fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => String(n)),
    fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a.toLocaleString('da-DK')},${String(b).padStart(2, '0')}`),
    pool('1.234,56', '-4250', '3188,5', '100.000', '0'),
  ),
  pool('-0', '-0,00', '12,345', '1234.56', '1.23', '1.2345', ',5', 'kr. 100', '1 234,00', '', 'abc', '99.999.999.999.999', '-', '+5', '1.234.567,89-', '0001.234', '1.2345,00'),
);
const unit = mix(pool('', 'måned', 'dag', 'Uge', 'år'), pool('mdl.', 'døgn', 'time', ' dag '));
const date = mix(
  fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`),
  pool('', '01.01.9999', '31.12.9999', '29.02.2024', '29.02.2026', '1.3.2026', '2026-03-01', '31-12-2026', '15/06/2026', '32.01.2026', '01.13.2026', 'x', '01.02-2026', ' 01.02.2026'),
);
const status = mix(pool('', 'aktuel', 'Forventet'), pool('planlagt', 'måske'));
const row = fc.tuple(caseRef, measure, rate, unit, date, date, status, pool('', 'Institution A'));

/** Each row on its own: a RowCells without a memo, so nothing is shared or remembered. */
function alone(table: RawTable) {
  const problems = new ProblemList();
  const columns = matchColumns(table, spec, problems)!;
  const out = [];
  for (const r of table.rows) {
    const value = toDisposition(new RowCells(table, spec, columns, r, problems));
    if (value !== undefined) out.push(value);
  }
  return { out, problems: problems.items };
}

function converted(table: RawTable) {
  const problems = new ProblemList();
  const out = convertTable(table, spec, toDisposition, problems, table.rows.length);
  return { out, problems: problems.items };
}

describe('dispositioner rows convert the same however they are read', () => {
  it('on random rows: CSV scanner rows, arrays of cells, with and without the memo', () => {
    let good = 0;
    let rows = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.constantFrom(['CPR-nr.', 'Foranstaltning', 'Takst (kr.)', 'Takstenhed', 'Startdato', 'Stopdato', 'Status', 'Institution'], ['Takst', 'CPR', 'Foranstaltning', 'Startdato', 'Ekstra', 'Stopdato', 'Enhed', 'Status']), (rs, header) => {
        // Columns in the header's order: the second header moves them around.
        const order = header[0] === 'Takst' ? [2, 0, 1, 4, 7, 5, 3, 6] : [0, 1, 2, 3, 4, 5, 6, 7];
        const lines = rs.map((cells) => order.map((i) => cells[i]!).join(';'));
        const text = [header.join(';'), ...lines].join('\r\n') + '\r\n';
        const scanned = parseCsvText(text, { file: 'dispositioner.csv', path: 'dispositioner.csv', sha256: '' }, new ProblemList())!;
        expect(scanned.eachRow).toBeDefined(); // the CSV scanner's table
        const arrays: RawTable = { ...scanned, eachRow: undefined, rows: scanned.rows.map((r) => new ArrayRow(r.line, [...r.cells])) };
        const expected = alone(arrays);
        for (const got of [converted(scanned), converted(arrays), alone(scanned)]) {
          expect(got.problems).toEqual(expected.problems);
          expect(got.out).toEqual(expected.out);
          got.out.forEach((d, i) => {
            expect(d.rate.toString()).toBe(expected.out[i]!.rate.toString());
            expect(d.rate.isNegative()).toBe(expected.out[i]!.rate.isNegative());
          });
        }
        good += expected.out.length;
        rows += rs.length;
      }),
      { numRuns: 400 },
    );
    expect(good).toBeGreaterThan(rows / 4); // most rows are good ones, not only errors
  });
});
