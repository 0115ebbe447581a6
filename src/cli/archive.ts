/**
 * `forecast --archive DIR`: writes the run's archive file (render/archive.ts) as
 * DIR/<year>-<MM>.json, creating DIR when needed, atomically (a temporary file beside it, renamed
 * into place). The same month run again replaces its file, and a note on stderr says so. A
 * workbook is never written into the archive folder (history would find a foreign file there).
 * Exports: archiveRun, checkOutsideArchive.
 */
import { mkdir, realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { archiveFileName } from '../model/archive.js';
import type { Forecast } from '../model/forecast.js';
import { archiveDocument, type ArchiveMeta } from '../render/archive.js';
import { writeFileSafely } from '../render/write-safely.js';
import { UsageError } from './usage-error.js';
import { writeOrTell } from './write-or-tell.js';

/** A path with its folder's symlinks followed (the folder may not exist yet). */
async function canonical(path: string): Promise<string> {
  try {
    return resolve(await realpath(dirname(path)), basename(path));
  } catch {
    return resolve(path);
  }
}

/** Refuses (usage error) an --out file inside the archive folder: the archive holds archive files only. */
export async function checkOutsideArchive(out: string, archive: string): Promise<void> {
  const folder = await realpath(archive).catch(() => resolve(archive));
  if (dirname(await canonical(out)) === folder) {
    throw new UsageError(`--out ${out} ligger i arkivmappen ${archive}, som kun må rumme arkivfiler (prognose history ville afvise den); vælg en anden mappe`);
  }
}

/** Writes the archive file; returns its path and whether it replaced one. */
export async function archiveRun(dir: string, f: Forecast, meta: ArchiveMeta, quiet: boolean): Promise<{ path: string; replaced: boolean }> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new UsageError(`kan ikke oprette --archive ${dir} (${(err as NodeJS.ErrnoException).code ?? 'fejl'}); vælg en anden mappe`);
  }
  const name = archiveFileName(f.period.year, f.period.closedMonths);
  const path = join(dir, name);
  const replaced = await stat(path).then((s) => s.isFile(), () => false);
  const text = archiveDocument(f, meta);
  await writeOrTell(path, () => writeFileSafely(path, (temp) => writeFile(temp, text, { flag: 'wx' })), '--archive');
  if (!quiet) {
    process.stderr.write(replaced
      ? `note: arkivet havde allerede en kørsel for ${name.slice(0, -'.json'.length)}; den er erstattet af denne: ${path}\n`
      : `Kørslen er arkiveret: ${path}\n`);
  }
  return { path, replaced };
}
