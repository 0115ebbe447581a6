/**
 * Sheet XML written as bytes: a large buffer filled with pre-encoded ASCII snippets, integers and
 * øre printed digit by digit, and escaped text, handed on a chunk at a time (to a zip part). No
 * string is built per cell, so a million rows make next to no garbage. A hot loop reserves room for
 * a row, then fills `buf` from `pos` with the put… functions (each returns the position after what
 * it wrote) and stores the position back.
 *
 * Exports: ByteSink, ascii, needsPreserve, putBytes, putInt, putOre, putText.
 */

/** Bytes of one chunk handed on. */
const CHUNK = 256 << 10;

/** A string of ASCII characters as bytes, encoded once. */
export function ascii(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}

// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** Text for XML by exceljs's rules: entities for < > & ' ", control characters (and U+FFFE, U+FFFF, which XML cannot hold) dropped. */
function xmlText(text: string): string {
  XML_SPECIAL.lastIndex = 0;
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL, (c) => ENTITIES[c] ?? '') : text;
}

export class ByteSink {
  /** The chunk being filled, and the position of its next byte (for writers that fill it directly). */
  buf: Buffer;
  pos = 0;
  /** Chunks handed back, to be filled again (a million rows would otherwise make a gigabyte of them). */
  private readonly free: Buffer[] = [];

  /**
   * `out` takes each full chunk and calls `consumed` when done with it (the chunk is then filled
   * again), and returns a promise to wait for when it is behind, else null.
   */
  constructor(private readonly out: (chunk: Buffer, consumed: () => void) => Promise<void> | null, private readonly size = CHUNK) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /**
   * Room for `n` more bytes: hands on the chunk so far when it is too full. Returns a promise to
   * wait for before writing more when the receiver is behind, else null.
   */
  reserve(n: number): Promise<void> | null {
    if (this.pos + n <= this.buf.length) return null;
    const wait = this.handOn();
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(n);
    return wait;
  }

  /** A string of any length and characters, UTF-8. */
  async string(text: string): Promise<void> {
    const step = this.size >> 2;
    for (let at = 0; at < text.length; ) {
      let end = Math.min(text.length, at + step);
      // Never between the two halves of a surrogate pair.
      if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
      await this.reserve((end - at) * 3);
      this.pos += this.buf.write(text.slice(at, end), this.pos, 'utf8');
      at = end;
    }
  }

  /** Hands on what is written. */
  async flush(): Promise<void> {
    await this.handOn();
  }

  private handOn(): Promise<void> | null {
    if (this.pos === 0) return null;
    const whole = this.buf;
    const full = whole.subarray(0, this.pos);
    this.buf = this.free.pop() ?? Buffer.allocUnsafe(this.size);
    this.pos = 0;
    return this.out(full, () => void (whole.length === this.size && this.free.push(whole)));
  }
}

// The put… functions assume the room was reserved.

export function putBytes(buf: Uint8Array, pos: number, b: Uint8Array): number {
  buf.set(b, pos); // faster than a loop even for a few bytes
  return pos + b.length;
}

/** An integer, |n| below 2^53, in decimal. */
export function putInt(buf: Uint8Array, pos: number, n: number): number {
  if (n < 0) {
    buf[pos++] = 45; // - (a date before 1900 has a negative serial)
    n = -n;
  }
  if (n < 10) {
    buf[pos] = 48 + n;
    return pos + 1;
  }
  let end = pos + 1;
  for (let p = 10; p <= n; p *= 10) end++;
  let at = end;
  if (n <= 0x7fffffff) {
    while (n >= 10) {
      const q = (n / 10) | 0;
      buf[--at] = 48 + (n - q * 10);
      n = q;
    }
  } else {
    while (n >= 10) {
      const q = Math.floor(n / 10);
      buf[--at] = 48 + (n - q * 10); // 48 + n first would round above 2^53
      n = q;
    }
  }
  buf[at - 1] = 48 + n;
  return end;
}

/**
 * An integer number of øre (|n| < 2^53) as kroner: the exact decimal of n/100, which a reader
 * parses back to the number n/100 (12345 → 123.45, 1050 → 10.5, -5 → -0.05, 0 and -0 → 0); up to
 * a billion kroner it is also what String(n / 100) gives.
 */
export function putOre(buf: Uint8Array, pos: number, n: number): number {
  if (n === 0) {
    buf[pos] = 48;
    return pos + 1;
  }
  if (n < 0) {
    buf[pos++] = 45; // -
    n = -n;
  }
  const cents = n % 100;
  pos = putInt(buf, pos, (n - cents) / 100);
  if (cents === 0) return pos;
  const tens = (cents / 10) | 0;
  buf[pos++] = 46; // .
  buf[pos++] = 48 + tens;
  const ones = cents - tens * 10;
  if (ones !== 0) buf[pos++] = 48 + ones;
  return pos;
}

/** Whether the text, escaped by xmlText, starts or ends with white space (then it needs xml:space="preserve"). */
export function needsPreserve(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const a = text.charCodeAt(0);
  const z = text.charCodeAt(n - 1);
  // Printable ASCII at both ends stays itself or becomes an entity: no white space.
  if (a > 0x20 && a < 0x7f && z > 0x20 && z < 0x7f) return false;
  return /^\s|\s$/.test(xmlText(text));
}

/** Text for XML by xmlText's rules, UTF-8 (at most 6 bytes per UTF-16 unit); plain ASCII byte by byte. */
export function putText(buf: Buffer, pos: number, text: string): number {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII without the five XML specials goes as it is; anything else the slow way.
    if (c < 0x20 || c > 0x7e || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x27 || c === 0x22) return pos + buf.write(xmlText(text), pos, 'utf8');
    buf[pos + i] = c;
  }
  return pos + n;
}
