import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { decodeScans, decodeText } from '../src/read/decode.js';
import { readProject } from '../src/read/project.js';
import { decodeTextBefore } from './helpers/decode-before.js';

describe('decodeText on windows-1252', () => {
  it('gives what iconv-lite gives, with and without bytes 0x80-0x9f', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (raw, c1) => {
        // 0xff then 0x41 is never UTF-8, so the text is read as windows-1252.
        const mapped = [...raw.map((b) => (c1 || b < 0x80 || b > 0x9f ? b : b + 0x20))];
        // A lead byte (0xc2-0xf4) followed by a continuation byte (0x80-0xbf) is a UTF-8 sequence,
        // which makes the file "mixed" (fixtures/bad covers that); windows-1252 text like
        // "æ" before a letter never has one, so such pairs are broken up here.
        for (let i = 0; i + 1 < mapped.length; i++) if (mapped[i]! >= 0xc2 && mapped[i]! <= 0xf4 && mapped[i + 1]! >= 0x80 && mapped[i + 1]! <= 0xbf) mapped[i + 1] = mapped[i + 1]! - 0x40;
        const whole = Buffer.from([0x41, 0x41, 0x41, 0x41, 0xff, 0x41, ...mapped]);
        const bytes = whole.subarray(raw.length % 4); // any alignment
        const { text, encoding } = decodeText(bytes);
        expect(encoding).toBe('windows-1252');
        expect(text).toBe(iconv.decode(bytes, 'windows-1252'));
      }),
      { numRuns: 2000 },
    );
    expect(decodeText(Buffer.from([0x80, 0x3b, 0xf8])).text).toBe('€;ø');
  });
});

describe('decodeText in one pass (issue 16)', () => {
  // Bytes that steer the decoder: ASCII, line feeds, C1 (0x80-0x9f), continuation bytes, every kind
  // of lead byte including overlong (0xc0, 0xc1, 0xe0 0x80), surrogate (0xed 0xa0) and past U+10FFFF
  // (0xf4 0x90, 0xf5), and whole UTF-8 characters, at any alignment.
  const piece = fc.oneof(
    fc.constantFrom(0x41, 0x3b, 0x0a, 0x0d, 0x80, 0x8d, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xf8, 0xff).map((b) => [b]),
    fc.string({ unit: 'grapheme', maxLength: 3 }).map((s) => [...Buffer.from(s, 'utf8')]),
    fc.string({ unit: 'binary', maxLength: 3 }).map((s) => [...Buffer.from(s, 'utf8')]),
    fc.constantFrom('æøå', 'Ærø €', 'Søren Ågård').map((s) => [...iconv.encode(s, 'windows-1252')]),
  );

  it('gives exactly what the decoder before it gave (text, encoding, UTF-8 lines), on any bytes', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(3), (pieces, offset) => {
        const whole = new Uint8Array([0x41, 0x41, 0x41, ...pieces.flat()]); // byteOffset 0: the offsets below give every alignment
        const bytes = whole.subarray(offset); // any alignment
        const now = decodeText(bytes);
        let before: ReturnType<typeof decodeTextBefore>;
        try {
          before = decodeTextBefore(bytes);
        } catch (e) {
          // The decoder before threw on fewer bytes than reach a word boundary (its Uint32Array at
          // an unaligned offset); the one-pass decoder reads them as windows-1252.
          expect(String(e)).toMatch(/RangeError: start offset of Uint32Array/);
          expect(bytes.length).toBeLessThan(4);
          expect(now).toEqual({ text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' });
          return;
        }
        expect(now).toEqual(before);
      }),
      { numRuns: 5000 },
    );
  });

  /** Counts the passes over the bytes and the decoders called while decoding `bytes`. */
  function count(bytes: Uint8Array): { classify: number; mixed: number; textDecoder: number; iconv: number; latin1: number; encoding: string } {
    const before = { ...decodeScans };
    const textDecoder = vi.spyOn(TextDecoder.prototype, 'decode');
    const iconvDecode = vi.spyOn(iconv, 'decode');
    const toString = vi.spyOn(Buffer.prototype, 'toString');
    try {
      const { encoding } = decodeText(bytes);
      return {
        classify: decodeScans.classify - before.classify, mixed: decodeScans.mixed - before.mixed, encoding,
        textDecoder: textDecoder.mock.calls.length, iconv: iconvDecode.mock.calls.length,
        latin1: toString.mock.calls.filter((c) => c[0] === 'latin1').length,
      };
    } finally {
      textDecoder.mockRestore();
      iconvDecode.mockRestore();
      toString.mockRestore();
    }
  }
  const rows = (s: string): string => Array.from({ length: 2000 }, (_, i) => `${i};${s};1.234,56;01.10.2026\r\n`).join('');

  it('windows-1252 as Danish Excel writes it: one pass, then one latin1 decode (no fatal UTF-8 attempt, no second or third scan)', () => {
    expect(count(iconv.encode(rows('Personlig støtte § 85;Ågården'), 'windows-1252')))
      .toEqual({ classify: 1, mixed: 0, textDecoder: 0, iconv: 0, latin1: 1, encoding: 'windows-1252' });
    // With € (0x80) windows-1252 and latin1 differ: still one pass, then iconv-lite.
    expect(count(iconv.encode(rows('Takst i €'), 'windows-1252')))
      .toEqual({ classify: 1, mixed: 0, textDecoder: 0, iconv: 1, latin1: 0, encoding: 'windows-1252' });
  });

  it('UTF-8 without a BOM: one pass, then one UTF-8 decode; a mixed file is decoded again line by line', () => {
    expect(count(Buffer.from(rows('Personlig støtte § 85;Ågården €'), 'utf8')))
      .toEqual({ classify: 1, mixed: 0, textDecoder: 1, iconv: 0, latin1: 0, encoding: 'utf-8' });
    const mixed = Buffer.concat([iconv.encode(rows('Ågården'), 'windows-1252'), Buffer.from('1;Ågården;1,00;01.10.2026\r\n', 'utf8')]);
    expect(count(mixed)).toMatchObject({ classify: 1, mixed: 1, encoding: 'mixed' });
  });

  it('a real read of fixtures/eksempel classifies each CSV file once', async () => {
    const before = decodeScans.classify;
    const { problems } = await readProject('fixtures/eksempel');
    expect(problems.hasErrors).toBe(false);
    expect(decodeScans.classify - before).toBe(readdirSync('fixtures/eksempel').filter((f) => f.endsWith('.csv')).length);
  });
});
