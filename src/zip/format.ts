/**
 * The few facts of the zip format that both the xlsx reader (read/zip.ts) and the deterministic
 * writer (zip/writer.ts) need: record signatures and where the end-of-central-directory
 * record is. Exports: EOCD, CENTRAL, LOCAL, MAX_COMMENT, EOCD_SIZE, findEndOfCentralDirectory.
 */

export const EOCD = 0x06054b50;
export const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;
/** The archive comment after the end record is at most this long. */
export const MAX_COMMENT = 0xffff;
/** Size of the end record without its comment. */
export const EOCD_SIZE = 22;

/** Offset of the end-of-central-directory record in the archive's last bytes, searched from the end; -1 if none. */
export function findEndOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - EOCD_SIZE; i >= Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT); i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}
