/**
 * Text files as Danish Excel saves them: UTF-8 with or without BOM, UTF-16 with BOM ("Unicode
 * text"), or windows-1252. Exports: decodeText.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
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
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // windows-1252 equals latin1 outside 0x80-0x9f (€, Š, „ …); latin1 decoding is much faster.
    return { text: hasC1Bytes(bytes) ? iconv.decode(buffer, 'windows-1252') : buffer.toString('latin1'), encoding: 'windows-1252' };
  }
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
