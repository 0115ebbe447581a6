/**
 * decodeText as it was before it classified the bytes in one pass (src/read/decode.ts up to
 * issue 16): a fatal UTF-8 decode, then a scan for UTF-8 sequences, then a scan for bytes
 * 0x80-0x9f. Kept as the reference test/decode.test.ts compares the one-pass decoder with.
 * Exports: decodeTextBefore.
 */
import iconv from 'iconv-lite';

type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed';

export function decodeTextBefore(bytes: Uint8Array): { text: string; encoding: TextEncoding; utf8Lines?: readonly number[] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const mixed = decodeMixed(bytes);
    if (mixed) return mixed;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // windows-1252 equals latin1 outside 0x80-0x9f (€, Š, „ …); latin1 decoding is much faster.
    return { text: hasC1Bytes(bytes) ? iconv.decode(buffer, 'windows-1252') : buffer.toString('latin1'), encoding: 'windows-1252' };
  }
}

/** Line by line: UTF-8 where a line with non-ASCII bytes is valid UTF-8, else windows-1252. */
function decodeMixed(bytes: Uint8Array): { text: string; encoding: 'mixed'; utf8Lines: number[] } | undefined {
  if (!hasUtf8Sequence(bytes)) return undefined; // the usual windows-1252 file: no line-by-line pass
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

/** Whether the bytes hold any well-formed multi-byte UTF-8 sequence (plain windows-1252 text almost never does). */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  // Four bytes at a time where the buffer is aligned: most words are plain ASCII and are skipped.
  const head = Math.min(bytes.length, (4 - (bytes.byteOffset % 4)) % 4);
  const words = Math.floor((bytes.length - head) / 4);
  const view = new Uint32Array(bytes.buffer, bytes.byteOffset + head, words);
  for (let i = 0; i < head; i++) if (startsUtf8Sequence(bytes, i)) return true;
  for (let w = 0; w < words; w++) {
    if ((view[w]! & 0x80808080) === 0) continue;
    const i = head + 4 * w;
    if (startsUtf8Sequence(bytes, i) || startsUtf8Sequence(bytes, i + 1) || startsUtf8Sequence(bytes, i + 2) || startsUtf8Sequence(bytes, i + 3)) return true;
  }
  for (let i = head + 4 * words; i < bytes.length; i++) if (startsUtf8Sequence(bytes, i)) return true;
  return false;
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

function hasC1Bytes(bytes: Uint8Array): boolean {
  // Four bytes at a time where the buffer is aligned: most words have no byte ≥ 0x80 at all.
  const head = Math.min(bytes.length, (4 - (bytes.byteOffset % 4)) % 4);
  const words = Math.floor((bytes.length - head) / 4);
  const c1 = (b: number): boolean => b >= 0x80 && b <= 0x9f;
  for (let i = 0; i < head; i++) if (c1(bytes[i]!)) return true;
  const view = new Uint32Array(bytes.buffer, bytes.byteOffset + head, words);
  for (let w = 0; w < words; w++) {
    if ((view[w]! & 0x80808080) === 0) continue;
    const i = head + 4 * w;
    if (c1(bytes[i]!) || c1(bytes[i + 1]!) || c1(bytes[i + 2]!) || c1(bytes[i + 3]!)) return true;
  }
  for (let i = head + 4 * words; i < bytes.length; i++) if (c1(bytes[i]!)) return true;
  return false;
}
