/**
 * Just enough zip to read an .xlsx deterministically: the central directory (every part's name,
 * method, sizes and offset), and any one part as a stream (stored or deflated, inflated with
 * node:zlib) or as a buffer. Parts are found through the directory, not by scanning the file front
 * to back, so no part can be missed and the order of parts in the file does not matter.
 * Zip64 archives (over 4 GB or 65,535 parts) and encrypted parts are refused with an Error.
 *
 * Exports: ZipEntry, readZipDirectory, openZipEntry, readZipEntry.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { CENTRAL, EOCD_SIZE, findEndOfCentralDirectory, LOCAL, MAX_COMMENT } from '../zip/format.js';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
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
    if (at < 0) throw new Error('ikke et zip-arkiv');
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

/** A stream of one part's bytes, uncompressed. Errors of the file or of inflating end up on the returned stream. */
export async function openZipEntry(path: string, entry: ZipEntry): Promise<Readable> {
  if ((entry.flags & 0x1) !== 0) throw new Error(`zip-delen ${entry.name} er krypteret`);
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`zip-delen ${entry.name} bruger en ukendt komprimering (${entry.method})`);
  if (entry.compressedSize === 0) return Readable.from([]);
  const start = await dataOffset(path, entry);
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  const out = entry.method === 8 ? createInflateRaw() : new PassThrough();
  raw.on('error', (err) => out.destroy(err));
  return raw.pipe(out);
}

/** One (small) part's bytes, uncompressed. */
export async function readZipEntry(path: string, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openZipEntry(path, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
