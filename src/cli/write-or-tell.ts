/**
 * Writes an output file, and tells a target that cannot be written (a missing folder, a folder,
 * no permission, a read-only disk) as a usage error (exit 2) naming it, instead of an internal
 * fault. Exports: writeOrTell.
 */
import { UsageError } from './usage-error.js';

const UNWRITABLE = ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EROFS'];

export async function writeOrTell(out: string, write: () => Promise<void>, option = '--out'): Promise<void> {
  try {
    await write();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== undefined && UNWRITABLE.includes(code)) throw new UsageError(`kan ikke skrive ${option} ${out} (${code}); findes mappen, og må der skrives i den?`);
    throw err;
  }
}
