/**
 * Reader-independent checks on a raw table before its rows are converted (any format):
 * - checkTableShape: a header that is one cell in a CSV file that needs several columns means
 *   the file is not separated by `;`, `,` or tab ("wrong-delimiter", error); an optional table
 *   with a header but no rows ("no-rows", warning; foranstaltninger has project.ts's "no-measures").
 * - checkRowCells: in the columns prognose reads (and keeps), control characters are removed with a warning
 *   ("control-character"; tab and line breaks are kept), a cell longer than Excel's 32.767
 *   characters is an error and drops the row ("cell-too-long"); non-empty cells beyond the header
 *   are a warning ("extra-cells": a shifted row or a stray delimiter). Messages never hold a
 *   whole row: values are shortened by ProblemList.
 * Exports: checkTableShape, checkRowCells, MAX_CELL_LENGTH.
 */
import type { ProblemList } from '../model/problem.js';
import { ArrayRow, cellLocation, type RawRow, type RawTable } from './raw-table.js';
import type { ColumnMap, TableSpec } from '../model/table-schema.js';

/** Excel's limit for one cell. */
export const MAX_CELL_LENGTH = 32_767;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** False when the table cannot be read at all (its problem is recorded). */
export function checkTableShape(table: RawTable, spec: TableSpec, problems: ProblemList): boolean {
  const where = { file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), line: table.headerLine };
  if (table.sheet === undefined && table.headers.length === 1 && spec.columns.filter((c) => c.required).length > 1) {
    problems.error('wrong-delimiter', 'overskriftslinjen er kun én kolonne; filen er ikke adskilt med semikolon, komma eller tabulator', where, {
      value: table.headers[0] ?? '',
      hint: `gem filen fra Excel som "CSV (semikolonsepareret)" med kolonnerne ${spec.columns.filter((c) => c.required).map((c) => c.label).join(';')}`,
    });
    return false;
  }
  if ((table.rowCount ?? table.rows.length) === 0 && !spec.required) {
    problems.warning('no-rows', `${table.sheet !== undefined ? 'arket' : 'filen'} har overskrifter, men ingen rækker`, where, { hint: 'slet tabellen, hvis den ikke skal bruges, eller tilføj rækkerne' });
  }
  return true;
}

/**
 * The row to convert (control characters removed), or undefined when it must be skipped. The
 * cells checked are `read`: by default the columns', for a table that keeps extra columns those too
 * (read/extra-columns.ts).
 */
export function checkRowCells(table: RawTable, columns: ColumnMap, row: RawRow, problems: ProblemList, read: Iterable<number> = columns.values()): RawRow | undefined {
  // A large file's plain rows are answered from their characters, without splitting them.
  if (row.isPlain?.(table.headers.length, MAX_CELL_LENGTH)) return row;
  let cells: string[] | undefined;
  let ok = true;
  for (const index of read) {
    const cell = row.cells[index];
    if (cell === undefined) continue;
    if (cell.length > MAX_CELL_LENGTH) {
      problems.error('cell-too-long', `cellen har ${cell.length.toLocaleString('da-DK')} tegn; højst ${MAX_CELL_LENGTH.toLocaleString('da-DK')} er tilladt`, cellLocation(table, row.line, index), {
        value: cell.slice(0, 100), hint: 'tjek at filen er den rigtige, og at anførselstegn (") i cellerne er lukket',
      });
      ok = false;
    } else if (HAS_CONTROL.test(cell)) {
      problems.warning('control-character', 'cellen indeholder usynlige kontroltegn; de er fjernet', cellLocation(table, row.line, index), {
        value: cell, hint: 'ret cellen i kildefilen (kontroltegn kommer ofte fra kopiering fra andre systemer)',
      });
      cells ??= [...row.cells];
      cells[index] = cell.replace(CONTROL, '');
    }
  }
  if (row.cells.length > table.headers.length) {
    const extra = row.cells.slice(table.headers.length).findIndex((c) => c.trim() !== '');
    if (extra >= 0) {
      const n = table.headers.length + extra;
      problems.warning('extra-cells', `rækken har en udfyldt celle (nr. ${n + 1}) efter den sidste kolonne med overskrift; den ignoreres`, { ...cellLocation(table, row.line), column: `kolonne ${n + 1}` }, {
        value: row.cells[n]!, hint: 'tjek om en celle indeholder et ekstra skilletegn (;) så værdierne er forskudt, eller giv kolonnen en overskrift',
      });
    }
  }
  if (!ok) return undefined;
  return cells ? new ArrayRow(row.line, cells) : row;
}
