import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/read/decode.js';

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
