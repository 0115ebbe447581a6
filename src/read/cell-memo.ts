/**
 * Remembered cell conversions while one table is converted. The parsers of read/conventions.ts
 * are pure functions of the cell text, and big sheets repeat the same values (rates, dates, units,
 * measure names) on many rows, so each distinct value is parsed once and its (immutable) value
 * shared: less time and far less memory for a million rows.
 *
 * Exports: CellMemo.
 * - for(parser) is the parser's ParseMemo for this table, handed to the parser (parser(text,
 *   memo)), in which it remembers its results: a fast front's (parseNumber, parseDate) by key
 *   (øre, yyyymmdd) in a table that never grows past 2^18 slots, so a million rates of 260.000
 *   distinct amounts become about 300.000 values; the general rules' by text (at most
 *   LIMIT texts per parser; texts that rarely repeat, like amounts in forbrug, are no longer
 *   remembered after a trial).
 * - keep(text) returns the text as a string of its own (shared among equal texts): a cell cut from
 *   a file's text may otherwise keep the whole file in memory for as long as the value lives.
 * A memo lives as long as one table's conversion; nothing in it outlives the reading.
 */
import type { ParseMemo, Parsed } from './conventions.js';

const LIMIT = 20_000;
/** After this many look-ups a parser whose texts mostly differ (amounts in forbrug) stops remembering texts. */
const TRIAL = 5_000;

type Parser<T> = (text: string, memo?: ParseMemo<T>) => Parsed<T>;

export class CellMemo {
  /** The parsers used so far and their memos (a handful: found by a look along the list). */
  private readonly parsers: Parser<unknown>[] = [];
  private readonly memos: ParserMemo<unknown>[] = [];
  private readonly kept = new Map<string, string>();

  /** The parser's memo for this table (made on first use). */
  for<T>(parser: Parser<T>): ParseMemo<T> {
    const parsers = this.parsers;
    let i = 0;
    while (i < parsers.length && parsers[i] !== parser) i++;
    if (i === parsers.length) {
      parsers.push(parser as Parser<unknown>);
      this.memos.push(new ParserMemo<T>() as ParserMemo<unknown>);
    }
    return this.memos[i] as ParserMemo<T>;
  }

  keep(text: string): string {
    let own = this.kept.get(text);
    if (own === undefined) {
      own = cutLoose(text);
      // Keyed by the text as given: a reader that hands out one string for a recurring cell
      // (read/csv-simple.ts) then finds it by identity. The memo, and so the key, dies with the table.
      if (this.kept.size < LIMIT) this.kept.set(text, own);
    }
    return own;
  }
}

const MIN_BITS = 8;
const MAX_BITS = 18;
/** Slots a key may sit in: its own and the next ones. */
const WAYS = 4;

/** One parser's remembered results in one table. */
class ParserMemo<T> implements ParseMemo<T> {
  // By key: open addressing over at most WAYS slots from the key's hash. The table doubles (up to
  // 2^MAX_BITS slots) when three quarters are taken; a full table forgets the oldest of a key's
  // slots in turn, so memory stays bounded however many distinct keys a table has.
  private bits = MIN_BITS;
  private keys = new Float64Array((1 << MIN_BITS) + WAYS).fill(NaN);
  private results: (Parsed<T> | undefined)[] = new Array<Parsed<T> | undefined>((1 << MIN_BITS) + WAYS);
  private taken = 0;
  private evictions = 0;
  // By text.
  private readonly texts = new Map<string, Parsed<T>>();
  private lookups = 0;
  private hits = 0;
  private off = false;

  byKey(key: number, make: (key: number) => Parsed<T>): Parsed<T> {
    const keys = this.keys;
    const first = slotOf(key, this.bits);
    for (let slot = first; slot < first + WAYS; slot++) {
      const k = keys[slot]!;
      if (k === key) return this.results[slot]!;
      if (k !== k) {
        // An empty slot (NaN): the key is not in the table.
        const result = make(key);
        if (++this.taken * 4 > (1 << this.bits) * 3 && this.bits < MAX_BITS) {
          this.grow();
          this.put(key, result);
        } else {
          keys[slot] = key;
          this.results[slot] = result;
        }
        return result;
      }
    }
    const result = make(key);
    const slot = first + (this.evictions++ % WAYS);
    keys[slot] = key;
    this.results[slot] = result;
    return result;
  }

  byText(text: string, rules: (text: string) => Parsed<T>): Parsed<T> {
    if (this.off) return rules(text);
    const known = this.texts.get(text);
    if (known !== undefined) {
      this.hits++;
      return known;
    }
    if (++this.lookups === TRIAL && this.hits < TRIAL / 2) {
      this.off = true;
      this.texts.clear();
    }
    const result = rules(text);
    if (!this.off && this.texts.size < LIMIT) this.texts.set(cutLoose(text), result);
    return result;
  }

  private grow(): void {
    const { keys, results } = this;
    this.bits++;
    this.keys = new Float64Array((1 << this.bits) + WAYS).fill(NaN);
    this.results = new Array<Parsed<T> | undefined>((1 << this.bits) + WAYS);
    this.taken = 0;
    for (let i = 0; i < keys.length; i++) if (!Number.isNaN(keys[i]!)) this.put(keys[i]!, results[i]!);
  }

  /** Puts a key not in the table into a free slot of its own, if one is left. */
  private put(key: number, result: Parsed<T>): void {
    const first = slotOf(key, this.bits);
    for (let slot = first; slot < first + WAYS; slot++) {
      if (Number.isNaN(this.keys[slot]!)) {
        this.keys[slot] = key;
        this.results[slot] = result;
        this.taken++;
        return;
      }
    }
  }
}

/** Fibonacci hashing of the key's low 32 bits mixed with its high bits. */
function slotOf(key: number, bits: number): number {
  return Math.imul((key | 0) ^ Math.floor(key / 4294967296), 0x9e3779b1) >>> (32 - bits);
}

/** A flat copy of the text that shares no memory with the string it was cut from. */
function cutLoose(text: string): string {
  // V8 shares the parent's memory for slices of 13 characters or more; shorter ones are copies.
  return text.length < 13 ? text : (' ' + text).slice(1);
}
