/**
 * A zip archive written to a file front to back, as an .xlsx needs it: each part deflated (node's
 * zlib) with its CRC-32 (zlib.crc32), every entry dated one given moment in its local header and in
 * the central directory (DOS time, UTC, two-second resolution, clamped to 1980-01-01 … 2107), so
 * the same parts in the same order give the same bytes. A small part is added whole (`add`); a
 * large one is streamed (`stream`): its chunks are checksummed here and compressed in zlib's
 * thread pool while the caller makes the next chunk, and its local header is completed in place
 * once the part is done (no data descriptors). No zip64: a part or an archive past 4 GiB, or more
 * than 65.535 parts, is an Error.
 *
 * Exports: ZipWriter, ZipStream, dosDateTime.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, createDeflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { CENTRAL, EOCD, LOCAL } from './format.js';

/** zlib's fastest level: most of an .xlsx is repetitive sheet XML, and a million rows are most of a gigabyte of it. */
const LEVEL = 1;
const LIMIT = 0xffffffff;
/** Bytes of one part waiting for the compressor before `write` asks the caller to wait. */
const QUEUED = 2 << 20;
const VERSION = 20;
const UTF8_NAME = 0x800;

/** A moment as a zip entry's DOS time and date (UTC), clamped to what the format can hold. */
export function dosDateTime(moment: Date): { time: number; date: number } {
  const min = Date.UTC(1980, 0, 1);
  const max = Date.UTC(2107, 11, 31, 23, 59, 58);
  const d = new Date(Math.min(Math.max(moment.getTime(), min), max));
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

interface Entry {
  readonly name: Buffer;
  readonly flags: number;
  readonly offset: number;
  crc: number;
  compressed: number;
  size: number;
}

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private position = 0;
  private streaming = false;
  /** The part being streamed, if any. */
  private current: ZipStream | null = null;
  private readonly time: number;
  private readonly date: number;

  private constructor(private fd: number | null, moment: Date) {
    ({ time: this.time, date: this.date } = dosDateTime(moment));
  }

  /** A new archive at `path` (which must not exist: 'wx'); every entry is dated `moment`. */
  static create(path: string, moment: Date): ZipWriter {
    return new ZipWriter(openSync(path, 'wx'), moment);
  }

  /** A whole part, deflated at once. */
  add(name: string, data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const entry = this.begin(name);
    const deflated = deflateRawSync(bytes, { level: LEVEL });
    this.put(deflated);
    this.complete(entry, crc32(bytes), deflated.length, bytes.length);
  }

  /** A part written in chunks; no other part may be added until it has ended. */
  stream(name: string): ZipStream {
    const entry = this.begin(name);
    this.streaming = true;
    this.current = new ZipStream((chunk) => this.put(chunk), (crc, compressed, size) => {
      this.complete(entry, crc, compressed, size);
      this.streaming = false;
      this.current = null;
    });
    return this.current;
  }

  /** Writes the central directory and closes the file. */
  finish(): void {
    if (this.streaming) throw new Error('zip: a part is still being written');
    if (this.entries.length > 0xffff) throw new Error('zip: more than 65.535 parts (zip64 is not written)');
    const start = this.position;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(CENTRAL, 0);
      h.writeUInt16LE(VERSION, 4);
      h.writeUInt16LE(VERSION, 6);
      h.writeUInt16LE(e.flags, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(this.time, 12);
      h.writeUInt16LE(this.date, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      this.put(h);
      this.put(e.name);
    }
    const size = this.position - start;
    if (this.position > LIMIT) throw new Error('zip: the archive passes 4 GiB (zip64 is not written)');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    this.put(end);
    this.close();
  }

  /** Closes the file without finishing it (after an error; the caller removes it). */
  close(): void {
    this.current?.abort();
    this.current = null;
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private begin(name: string): Entry {
    if (this.streaming) throw new Error('zip: a part is still being written');
    const bytes = Buffer.from(name, 'utf8');
    const entry: Entry = { name: bytes, flags: bytes.length === name.length ? 0 : UTF8_NAME, offset: this.position, crc: 0, compressed: 0, size: 0 };
    const h = Buffer.alloc(30);
    h.writeUInt32LE(LOCAL, 0);
    h.writeUInt16LE(VERSION, 4);
    h.writeUInt16LE(entry.flags, 6);
    h.writeUInt16LE(8, 8);
    h.writeUInt16LE(this.time, 10);
    h.writeUInt16LE(this.date, 12);
    // CRC-32 and sizes (14 … 25) are filled in by complete().
    h.writeUInt16LE(bytes.length, 26);
    this.put(h);
    this.put(bytes);
    this.entries.push(entry);
    return entry;
  }

  /** The part's CRC-32 and sizes, in the entry and in its local header. */
  private complete(entry: Entry, crc: number, compressed: number, size: number): void {
    if (compressed > LIMIT || size > LIMIT || entry.offset > LIMIT) throw new Error(`zip: the part ${entry.name.toString()} passes 4 GiB (zip64 is not written)`);
    Object.assign(entry, { crc, compressed, size });
    const fields = Buffer.alloc(12);
    fields.writeUInt32LE(crc, 0);
    fields.writeUInt32LE(compressed, 4);
    fields.writeUInt32LE(size, 8);
    this.write(fields, entry.offset + 14);
  }

  private put(bytes: Uint8Array): void {
    this.write(bytes, this.position);
    this.position += bytes.length;
  }

  private write(bytes: Uint8Array, at: number): void {
    if (this.fd === null) throw new Error('zip: the file is closed');
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, at + done);
  }
}

/**
 * One part being written: `write` takes the next chunk (the writer owns it until `consumed` is
 * called, when the compressor is done with it) and returns a promise to wait for when the
 * compressor is behind, else null; `end` waits for the last compressed bytes and completes the entry.
 */
export class ZipStream {
  private crc = 0;
  private size = 0;
  private compressed = 0;
  private failure: Error | null = null;
  // highWaterMark goes to the stream (node passes zlib's options on to its Transform).
  private readonly deflate = createDeflateRaw({ level: LEVEL, chunkSize: 256 << 10, highWaterMark: QUEUED } as ZlibOptions);
  private readonly done: Promise<void>;

  constructor(put: (chunk: Buffer) => void, private readonly complete: (crc: number, compressed: number, size: number) => void) {
    this.deflate.on('data', (chunk: Buffer) => {
      this.compressed += chunk.length;
      try {
        put(chunk);
      } catch (err) {
        this.deflate.destroy(err as Error); // a failed write (a full disk) ends the part with that error
      }
    });
    this.done = new Promise((resolve, reject) => {
      this.deflate.on('end', resolve);
      this.deflate.on('error', (err) => reject((this.failure = err)));
    });
    this.done.catch(() => undefined); // reported by write() or end()
  }

  write(chunk: Uint8Array, consumed?: () => void): Promise<void> | null {
    if (this.failure) throw this.failure;
    if (chunk.length === 0) {
      consumed?.();
      return null;
    }
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    if (this.deflate.write(chunk, consumed && (() => consumed()))) return null;
    return new Promise((resolve, reject) => {
      const drained = (): void => {
        this.deflate.off('error', failed);
        resolve();
      };
      const failed = (err: Error): void => {
        this.deflate.off('drain', drained);
        reject(err);
      };
      this.deflate.once('drain', drained);
      this.deflate.once('error', failed);
    });
  }

  /** Stops compressing (after an error elsewhere): no more bytes reach the file. */
  abort(): void {
    this.deflate.removeAllListeners('data');
    this.deflate.destroy();
  }

  async end(): Promise<void> {
    this.deflate.end();
    await this.done;
    this.complete(this.crc >>> 0, this.compressed, this.size);
  }
}
