/**
 * Writing an output file safely: the content goes to a temporary file beside the target and is
 * renamed into place, so a crash never leaves a half-written file and an existing output is only
 * ever replaced by a complete one. A failed write (a full disk) removes the temporary file and
 * passes the error on; SIGINT, SIGTERM or SIGHUP during the write remove it too, and end the run
 * with exit code 128 + the signal's number (130, 143, 129), as a shell expects. Exports: writeFileSafely.
 */
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

export async function writeFileSafely(target: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const handlers = Object.entries(SIGNALS).map(([signal, number]) => {
    const handler = (): void => {
      rmSync(temp, { force: true });
      process.exit(128 + number);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  try {
    await write(temp);
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
}
