/**
 * Fixed timestamps in a zip archive (an .xlsx is one): every entry's DOS modification time and
 * date, in its local header and in the central directory, is set to one given moment (UTC, two-
 * second resolution, clamped to 1980-01-01 … 2107). With the workbook's own metadata fixed too,
 * the same content gives the same bytes. Only the timestamps change; the buffer is edited in place
 * and returned. Throws on a buffer that is not a plain (non-zip64) zip.
 * Exports: setZipTimestamps.
 */
import { CENTRAL, findEndOfCentralDirectory, LOCAL } from '../zip/format.js';

function dosDateTime(moment: Date): { time: number; date: number } {
  const min = Date.UTC(1980, 0, 1);
  const max = Date.UTC(2107, 11, 31, 23, 59, 58);
  const d = new Date(Math.min(Math.max(moment.getTime(), min), max));
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

export function setZipTimestamps(zip: Buffer, moment: Date): Buffer {
  const { time, date } = dosDateTime(moment);
  const eocd = findEndOfCentralDirectory(zip);
  if (eocd < 0) throw new Error('ikke en zip-fil: slutkatalog mangler');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error('ikke en zip-fil: ugyldigt centralkatalog');
    zip.writeUInt16LE(time, p + 12);
    zip.writeUInt16LE(date, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error('ikke en zip-fil: ugyldig filhoved');
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}
