/**
 * The archive file of a run (model/archive.ts; `forecast --archive`): the JSON summary exactly as
 * `--json` prints it, with the format's name and version, prognose's version, when the run was
 * made (null with --deterministic and no SOURCE_DATE_EPOCH), the input and options given, the
 * SHA-256 of every input file, and the SHA-256 of the summary (of JSON.stringify of it, without
 * spaces), by which the reader knows a summary changed by hand. Only formatting.
 * Exports: archiveDocument, ArchiveMeta, summaryHash.
 */
import { createHash } from 'node:crypto';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION } from '../model/archive.js';
import { maskCprsInText } from '../model/cpr.js';
import type { Forecast } from '../model/forecast.js';
import { forecastToJson } from './json.js';

export interface ArchiveMeta {
  readonly version: string;
  readonly madeAt: Date | null;
  /** The input as given on the command line. */
  readonly input: string;
  /** The options given, as plain values. */
  readonly options: Readonly<Record<string, string | number | boolean | null>>;
}

/** The SHA-256 (hex) of a summary: of JSON.stringify(summary). */
export function summaryHash(summary: unknown): string {
  return createHash('sha256').update(JSON.stringify(summary)).digest('hex');
}

export function archiveDocument(f: Forecast, meta: ArchiveMeta): string {
  const summary = JSON.parse(forecastToJson(f)) as unknown;
  const doc = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    prognose: meta.version,
    madeAt: meta.madeAt === null ? null : meta.madeAt.toISOString(),
    input: maskCprsInText(meta.input),
    options: Object.fromEntries(Object.entries(meta.options).map(([k, v]) => [k, typeof v === 'string' ? maskCprsInText(v) : v])),
    inputs: f.sources.map((s) => ({ table: s.table, file: s.file, ...(s.sheet !== undefined ? { sheet: s.sheet } : {}), rows: s.rows, sha256: s.sha256 })),
    summarySha256: summaryHash(summary),
    summary,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
