/**
 * Just enough zip to read an .xlsx deterministically: the central directory (every part's name,
 * method, sizes and offset), and any one part as a stream (stored or deflated, inflated with
 * node:zlib) or as a buffer. Parts are found through the directory, not by scanning the file front
 * to back, so no part can be missed and the order of parts in the file does not matter.
 * Zip64 archives (over 4 GB or 65,535 parts), encrypted parts and a part named twice are refused
 * with an Error. Every part's inflated size is capped (a part that inflates past its cap ends with
 * an Error naming it): a part read whole at WHOLE_PART_LIMIT (a real styles.xml or workbook.xml is
 * kilobytes), a streamed part at the limit its reader gives. A file that is no zip archive but an
 * OLE compound file is told apart: an encrypted (password-protected) workbook, or the old .xls.
 *
 * Exports: ZipEntry, readZipDirectory, openZipEntry, readZipEntry, ZipFormatError, WHOLE_PART_LIMIT, STREAMED_PART_LIMIT.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { PassThrough, Readable, Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { CENTRAL, EOCD_SIZE, findEndOfCentralDirectory, LOCAL, MAX_COMMENT } from '../zip/format.js';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}


/** A part read whole (relations, workbook.xml, styles.xml) may inflate to at most this many bytes. */
export const WHOLE_PART_LIMIT = 64 * 1024 * 1024;
/** A streamed part (a sheet) may inflate to at most this many bytes. */
export const STREAMED_PART_LIMIT = 2 * 1024 * 1024 * 1024;

/** Not a zip archive: `kind` says what it is instead, as far as can be told. */
export class ZipFormatError extends Error {
  constructor(readonly kind: 'encrypted' | 'ole' | 'other', message: string) {
    super(message);
  }
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** "EncryptionInfo" as an OLE directory entry names it (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** What a file that is not a zip archive is: an OLE file holding EncryptionInfo is an encrypted workbook. */
async function notZip(file: FileHandle, size: number): Promise<ZipFormatError> {
  const head = Buffer.alloc(Math.min(size, 8));
  await file.read(head, 0, head.length, 0);
  if (!head.equals(OLE_MAGIC)) return new ZipFormatError('other', 'ikke et zip-arkiv');
  // The directory of a small OLE file is near its start; read at most the first 4 MB for the name.
  const length = Math.min(size, 4 * 1024 * 1024);
  const bytes = Buffer.alloc(length);
  await file.read(bytes, 0, length, 0);
  return bytes.includes(ENCRYPTION_INFO)
    ? new ZipFormatError('encrypted', 'regnearket er krypteret (beskyttet med adgangskode)')
    : new ZipFormatError('ole', 'ikke et zip-arkiv, men en fil i det gamle .xls-format');
}

/** The archive's parts by name. Throws when the file is not a zip archive this reader handles. */
export async function readZipDirectory(path: string): Promise<Map<string, ZipEntry>> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const at = findEndOfCentralDirectory(tail);
    if (at < 0) throw await notZip(file, size);
    const count = tail.readUInt16LE(at + 10);
    const dirSize = tail.readUInt32LE(at + 12);
    const dirOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) throw new Error('zip64-arkiver understøttes ikke');
    if (dirOffset + dirSize > size) throw new Error('zip-arkivets indholdsfortegnelse er beskadiget');
    const dir = Buffer.alloc(dirSize);
    await file.read(dir, 0, dirSize, dirOffset);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw new Error('zip-arkivets indholdsfortegnelse er beskadiget');
      const flags = dir.readUInt16LE(p + 8);
      const method = dir.readUInt16LE(p + 10);
      const compressedSize = dir.readUInt32LE(p + 20);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      const localHeaderOffset = dir.readUInt32LE(p + 42);
      const name = dir.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
      if (entries.has(name)) throw new Error(`zip-arkivet har delen ${name.slice(0, 100)} to gange`);
      entries.set(name, { name, method, flags, compressedSize, localHeaderOffset });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await file.close();
  }
}

async function dataOffset(path: string, entry: ZipEntry): Promise<number> {
  const file = await open(path, 'r');
  try {
    const header = Buffer.alloc(30);
    await file.read(header, 0, 30, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== LOCAL) throw new Error(`zip-delen ${entry.name} er beskadiget`);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await file.close();
  }
}

/** Passes bytes on until `limit` have passed; then fails with an Error naming the part. */
function capped(name: string, limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limit) done(new Error(`zip-delen ${name.slice(0, 100)} fylder udpakket over ${Math.floor(limit / 1024 / 1024)} MB; regnearket er beskadiget eller lavet for at fylde hukommelsen`));
      else done(null, chunk);
    },
  });
}

/**
 * A stream of one part's bytes, uncompressed, ending with an Error past `limit` bytes. Errors of
 * the file or of inflating end up on the returned stream.
 */
export async function openZipEntry(path: string, entry: ZipEntry, limit: number = STREAMED_PART_LIMIT): Promise<Readable> {
  if ((entry.flags & 0x1) !== 0) throw new Error(`zip-delen ${entry.name} er krypteret`);
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`zip-delen ${entry.name} bruger en ukendt komprimering (${entry.method})`);
  if (entry.compressedSize === 0) return Readable.from([]);
  const start = await dataOffset(path, entry);
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  const out = entry.method === 8 ? createInflateRaw() : new PassThrough();
  const cap = capped(entry.name, limit);
  raw.on('error', (err) => cap.destroy(err));
  out.on('error', (err) => cap.destroy(err));
  return raw.pipe(out).pipe(cap);
}

/** One (small) part's bytes, uncompressed, at most `limit` of them. */
export async function readZipEntry(path: string, entry: ZipEntry, limit: number = WHOLE_PART_LIMIT): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openZipEntry(path, entry, limit)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
