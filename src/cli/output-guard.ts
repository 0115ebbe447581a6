/**
 * The output workbook may never replace or shadow an input: refuses --out when it is the input
 * itself (a folder or a workbook), one of the files read, or a file in the input folder named like
 * an input table (the next run would read it), and any existing target that is neither a regular
 * file nor a folder (a device such as /dev/null, a FIFO). Paths are compared resolved and, where they exist,
 * with symlinks followed. Throws UsageError. (A target that cannot be written - a missing folder,
 * a folder, no permission - is told by forecast-command when the write fails.) Exports: checkOutputPath.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import type { SourceFile } from '../model/source.js';
import { tableForName } from '../model/table-schema.js';
import { UsageError } from './usage-error.js';

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // Not there yet: canonicalise the folder it would be written in.
    try {
      return resolve(await realpath(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

export async function checkOutputPath(out: string, input: string, sources: readonly SourceFile[]): Promise<void> {
  const target = await canonical(out);
  const refuse = (why: string): never => {
    throw new UsageError(`--out ${out} ${why}; vælg et andet filnavn`);
  };
  const inputPath = await canonical(input);
  if (target === inputPath) refuse('er selve inputtet');
  for (const s of sources) if (target === (await canonical(s.path))) refuse('er en af inputfilerne');
  const info = await stat(input).catch(() => undefined);
  if (info?.isDirectory() && dirname(target) === inputPath && tableForName(basename(target, extname(target)))) {
    const exists = await stat(target).then(() => true, () => false);
    refuse(exists ? 'er en af inputfilerne' : 'ligger i inputmappen med navnet på en inputtabel, så den ville blive læst som input næste gang');
  }
  // A target that exists must be a regular file: a device (/dev/null), a FIFO or a socket would be
  // replaced by the renamed file. (A folder is told when the write fails, as before.)
  const existing = await stat(out).catch(() => undefined);
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) {
    refuse(existing.isFIFO() ? 'er en navngiven pipe (FIFO), ikke en almindelig fil' : 'er ikke en almindelig fil (fx en enhed som /dev/null)');
  }

}
