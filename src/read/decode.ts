/**
 * Text files as Danish Excel saves them: UTF-8 with or without BOM, UTF-16 with BOM ("Unicode
 * text"), or windows-1252. A file that is not UTF-8 as a whole but has lines that are (rows pasted
 * from another file) is decoded line by line, each line in its own encoding, and reported as
 * 'mixed' with those lines' numbers (1-based), so the reader can warn. One pass classifies the
 * bytes, one decoder decodes them (see decodeText).
 * Exports: decodeText, TextEncoding, decodeScans.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed';

/**
 * How many times decodeText passed over a file's bytes to classify them, and how many of those
 * files it decoded again line by line (read by test/decode.test.ts; never by the reader).
 */
export const decodeScans = { classify: 0, mixed: 0 };

/**
 * The bytes' encoding from one pass over them (classify), then one decoder over the whole file:
 * UTF-8 when every byte is valid UTF-8, windows-1252 otherwise (as latin1 when no byte is in
 * 0x80-0x9f, where the two differ). Only a file with both (rows pasted from another file), which
 * is rare, is decoded a second time, line by line (decodeMixed).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding; utf8Lines?: readonly number[] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const kind = classify(bytes);
  // Valid throughout, so the non-fatal decoder gives what a fatal one would.
  if (kind & VALID_UTF8) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (kind & UTF8_SEQUENCE) {
    decodeScans.mixed++;
    const mixed = decodeMixed(bytes);
    if (mixed) return mixed;
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // windows-1252 equals latin1 outside 0x80-0x9f (€, Š, „ …); latin1 decoding is much faster.
  return { text: kind & C1_BYTE ? iconv.decode(buffer, 'windows-1252') : buffer.toString('latin1'), encoding: 'windows-1252' };
}

/** classify's answer, as bits. */
const VALID_UTF8 = 1; // every byte is part of a valid UTF-8 sequence (what a fatal TextDecoder accepts)
const UTF8_SEQUENCE = 2; // some lead byte 0xc2-0xf4 is followed by its continuation bytes (decodeMixed may find UTF-8 lines)
const C1_BYTE = 4; // some byte is in 0x80-0x9f (windows-1252 and latin1 differ)

/**
 * One pass over the bytes: the three facts above. Four bytes at a time where the buffer is aligned
 * (most words are plain ASCII and are skipped); it stops early once nothing more can change.
 */
function classify(bytes: Uint8Array): number {
  decodeScans.classify++;
  const n = bytes.length;
  const head = Math.min(n, (4 - (bytes.byteOffset % 4)) % 4);
  const words = Math.floor((n - head) / 4);
  // (Fewer bytes than reach the next word boundary: no words. The decoder before this one made its
  // view at the unaligned end then, and threw a RangeError on such a file.)
  const view = words > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, words) : new Uint32Array(0);
  let valid = true;
  let sequence = false;
  let c1 = false;
  let i = 0;
  while (i < n) {
    if (i >= head && ((i - head) & 3) === 0) {
      let w = (i - head) >>> 2;
      while (w < words && (view[w]! & 0x80808080) === 0) w++;
      i = head + 4 * w;
      if (i >= n) break;
    }
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b <= 0x9f) c1 = true;
    if (!sequence && startsUtf8Sequence(bytes, i)) sequence = true;
    const length = valid ? utf8Length(bytes, i) : 0;
    if (length === 0) {
      valid = false;
      if (sequence && c1) break; // all three are known
      i++;
    } else {
      for (let k = 1; k < length; k++) if (bytes[i + k]! <= 0x9f) c1 = true; // continuation bytes 0x80-0xbf
      i += length;
    }
  }
  return (valid ? VALID_UTF8 : 0) | (sequence ? UTF8_SEQUENCE : 0) | (c1 ? C1_BYTE : 0);
}

/**
 * The length of the valid UTF-8 sequence that starts at i with a byte ≥ 0x80 (2-4), or 0: the
 * well-formed sequences of the Unicode standard (table 3-7), which the WHATWG decoder accepts: no
 * overlong forms, no surrogates, nothing past U+10FFFF.
 */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const n = bytes.length;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < n && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const second = b === 0xe0 ? cont(1, 0xa0) : b === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = b === 0xf0 ? cont(1, 0x90) : b === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Line by line: UTF-8 where a line with non-ASCII bytes is valid UTF-8, else windows-1252. */
function decodeMixed(bytes: Uint8Array): { text: string; encoding: 'mixed'; utf8Lines: number[] } | undefined {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  const utf8Lines: number[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const slice = bytes.subarray(start, end);
    let text: string | undefined;
    if (slice.some((b) => b >= 0x80)) {
      try {
        text = utf8.decode(slice);
        utf8Lines.push(line);
      } catch {
        text = undefined;
      }
    }
    parts.push(text ?? iconv.decode(Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength), 'windows-1252'));
    start = end + 1;
    line++;
  }
  return utf8Lines.length > 0 ? { text: parts.join('\n'), encoding: 'mixed', utf8Lines } : undefined;
}

/** Whether a well-formed multi-byte UTF-8 sequence starts at i. */
function startsUtf8Sequence(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i]!;
  if (b < 0xc2 || b > 0xf4) return false;
  const n = b <= 0xdf ? 1 : b <= 0xef ? 2 : 3;
  let ok = i + n < bytes.length;
  for (let k = 1; ok && k <= n; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
  return ok;
}
