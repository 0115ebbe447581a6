/**
 * Writing an output file safely: the content goes to a temporary file beside the target and is
 * renamed into place, so a crash never leaves a half-written file and an existing output is only
 * ever replaced by a complete one. Exports: writeFileSafely.
 */
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileSafely(target: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(temp);
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
