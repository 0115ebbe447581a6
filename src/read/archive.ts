/**
 * Reads the run archive (`prognose history DIR`): every archive file in DIR (model/archive.ts),
 * validated with zod, into ArchivedRuns. A file is never skipped silently: a name that is not
 * <year>-<MM>.json, a file that is not JSON or not prognose's archive format, a summary changed by
 * hand (its SHA-256 differs from the one written with it), figures that do not add up, or a name
 * that does not fit the run inside are each an error naming the file. Only names beginning with a
 * dot (the temporary files of a write in progress, a system's hidden files) are not read.
 * zod is imported here and nowhere else, so an ordinary run does not pay its load.
 *
 * Exports: readArchive, ArchiveRead.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ARCHIVE_FILE_NAME, ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, archiveFileName, type ArchivedRun } from '../model/archive.js';
import { yearMonthIndex, type YearMonth } from '../model/civil-date.js';
import { money, sumMoney } from '../model/money.js';
import { ProblemList } from '../model/problem.js';

const amount = z.string().regex(/^-?\d{1,18}\.\d{2}$/, 'et beløb som "1234.56"');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'en måned som "2026-09"');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'en SHA-256 (64 hextegn)');
const figures = { budget: amount, actual: amount, forecast: amount, expected: amount, deviation: amount, months: z.array(amount).length(12) };

/** The summary as `forecast --json` writes it: the fields history reads are checked; later fields are allowed. */
const summarySchema = z.looseObject({
  year: z.number().int().min(1).max(9999),
  asOf: month.nullable(),
  measures: z.array(z.looseObject({ measure: z.string().min(1), ...figures })),
  total: z.looseObject(figures),
  warnings: z.array(z.unknown()),
});

const archiveSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  prognose: z.string().min(1),
  madeAt: z.iso.datetime().nullable(),
  input: z.string(),
  options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  inputs: z.array(z.strictObject({ table: z.string(), file: z.string(), sheet: z.string().optional(), rows: z.number().int().min(0), sha256 })),
  summarySha256: sha256,
  summary: summarySchema,
});

export interface ArchiveRead {
  readonly runs: readonly ArchivedRun[];
  readonly problems: ProblemList;
}

const MAX_ISSUES = 3;

export async function readArchive(dir: string): Promise<ArchiveRead> {
  const problems = new ProblemList();
  const runs: ArchivedRun[] = [];
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.error('archive-missing', code === 'ENOTDIR' ? `${dir} er ikke en mappe` : `arkivet ${dir} findes ikke (${code ?? 'fejl'})`, { file: dir }, {
      hint: 'angiv mappen som prognose forecast --archive skriver i',
    });
    return { runs, problems };
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const where = { file: path };
    const foreign = (why: string): void =>
      problems.error('archive-foreign-file', `${why}; arkivet må kun rumme prognoses arkivfiler <år>-<md>.json`, where, { hint: 'flyt filen ud af arkivmappen' });
    if (!(await stat(path)).isFile()) {
      foreign('en mappe');
      continue;
    }
    const named = ARCHIVE_FILE_NAME.exec(name);
    if (!named || Number(named[2]) > 12) {
      foreign('ikke et arkivfilnavn');
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (err) {
      problems.error('archive-invalid', `filen er ikke gyldig JSON (${(err as Error).message})`, where, { hint: 'skriv filen igen med prognose forecast --archive' });
      continue;
    }
    const parsed = archiveSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => `${i.path.join('.') || '(filen)'}: ${i.message}`);
      const more = parsed.error.issues.length > MAX_ISSUES ? ` (og ${parsed.error.issues.length - MAX_ISSUES} til)` : '';
      problems.error('archive-invalid', `ikke en arkivfil fra prognose: ${issues.join('; ')}${more}`, where, { hint: 'arkivet må kun rumme filer skrevet af prognose forecast --archive' });
      continue;
    }
    const doc = parsed.data;
    // The summary as the file has it (zod's output puts the keys it knows first): its keys in their order.
    if (createHash('sha256').update(JSON.stringify((json as { summary: unknown }).summary)).digest('hex') !== doc.summarySha256) {
      problems.error('archive-edited', 'resuméet er ændret, efter prognose skrev det (summarySha256 passer ikke)', where, {
        hint: 'ret aldrig en arkivfil i hånden: kør måneden igen med prognose forecast --archive, som erstatter filen',
      });
      continue;
    }
    const s = doc.summary;
    const asOf: YearMonth | null = s.asOf === null ? null : { year: Number(s.asOf.slice(0, 4)), month: Number(s.asOf.slice(5, 7)) };
    const closedMonths = asOf === null ? 0 : Math.max(0, Math.min(12, yearMonthIndex(asOf) - s.year * 12 + 1));
    const expectedName = archiveFileName(s.year, closedMonths);
    if (name !== expectedName || (asOf !== null && closedMonths === 0)) {
      problems.error('archive-name-mismatch', `filen hedder ${name}, men rummer kørslen for ${s.year} med sidste lukkede måned ${s.asOf ?? 'ingen'} (${expectedName})`, where, {
        hint: `giv den navnet ${expectedName}, eller kør måneden igen med prognose forecast --archive`,
      });
      continue;
    }
    const sums = [...s.measures, s.total].every((m) => money(m.actual).plus(money(m.forecast)).eq(money(m.expected)) && money(m.expected).minus(money(m.budget)).eq(money(m.deviation)));
    const totals = ['budget', 'expected'] as const;
    if (!sums || !totals.every((k) => sumMoney(s.measures.map((m) => money(m[k]))).eq(money(s.total[k])))) {
      problems.error('archive-invalid', 'tallene i resuméet hænger ikke sammen (forbrug + prognose ≠ forventet, eller summen af foranstaltningerne ≠ i alt)', where, {
        hint: 'arkivet må kun rumme filer skrevet af prognose forecast --archive',
      });
      continue;
    }
    runs.push({
      file: name, year: s.year, asOf, closedMonths, version: doc.prognose,
      measures: s.measures.map((m) => ({ measure: m.measure, budget: money(m.budget), expected: money(m.expected) })),
      total: { budget: money(s.total.budget), expected: money(s.total.expected) },
    });
  }
  return { runs, problems };
}
