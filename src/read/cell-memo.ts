/**
 * Remembered cell conversions while one table is converted. The parsers of read/conventions.ts
 * are pure functions of the cell text, and big sheets repeat the same texts (rates, dates, units,
 * measure names) on many rows, so each distinct text is parsed once and its (immutable) value
 * shared: less time and far less memory for a million rows.
 *
 * Exports: CellMemo.
 * - parse(parser, text) = parser(text), remembered (at most LIMIT texts per parser; a parser whose
 *   texts rarely repeat is no longer remembered after a trial).
 * - keep(text) returns the text as a string of its own (shared among equal texts): a cell cut from
 *   a file's text may otherwise keep the whole file in memory for as long as the value lives.
 * A memo lives as long as one table's conversion; nothing in it outlives the reading.
 */
import type { Parsed } from './conventions.js';

const LIMIT = 20_000;
/** After this many look-ups a parser whose texts mostly differ (amounts in forbrug) stops being remembered. */
const TRIAL = 5_000;

interface ParserMemo {
  readonly values: Map<string, Parsed<unknown>>;
  lookups: number;
  hits: number;
  off: boolean;
}

export class CellMemo {
  private readonly parsed = new Map<(s: string) => Parsed<unknown>, ParserMemo>();
  private readonly kept = new Map<string, string>();

  parse<T>(parser: (s: string) => Parsed<T>, text: string): Parsed<T> {
    let memo = this.parsed.get(parser);
    if (memo === undefined) this.parsed.set(parser, (memo = { values: new Map(), lookups: 0, hits: 0, off: false }));
    if (memo.off) return parser(text);
    const known = memo.values.get(text) as Parsed<T> | undefined;
    if (known !== undefined) {
      memo.hits++;
      return known;
    }
    if (++memo.lookups === TRIAL && memo.hits < TRIAL / 2) {
      memo.off = true;
      memo.values.clear();
    }
    const result = parser(text);
    if (!memo.off && memo.values.size < LIMIT) memo.values.set(cutLoose(text), result);
    return result;
  }

  keep(text: string): string {
    let own = this.kept.get(text);
    if (own === undefined) {
      own = cutLoose(text);
      if (this.kept.size < LIMIT) this.kept.set(own, own);
    }
    return own;
  }
}

/** A flat copy of the text that shares no memory with the string it was cut from. */
function cutLoose(text: string): string {
  // V8 shares the parent's memory for slices of 13 characters or more; shorter ones are copies.
  return text.length < 13 ? text : (' ' + text).slice(1);
}
