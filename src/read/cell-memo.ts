/**
 * Remembered cell conversions while one table is converted. The parsers of read/conventions.ts
 * are pure functions of the cell text, and big sheets repeat the same texts (rates, dates, units,
 * measure names) on many rows, so each distinct text is parsed once and its (immutable) value
 * shared: less time and far less memory for a million rows.
 *
 * Exports: CellMemo.
 * - parse(parser, text) = parser(text), remembered; at most LIMIT texts per parser are kept.
 * - keep(text) returns the text as a string of its own (shared among equal texts): a cell cut from
 *   a file's text may otherwise keep the whole file in memory for as long as the value lives.
 * A memo lives as long as one table's conversion; nothing in it outlives the reading.
 */
import type { Parsed } from './conventions.js';

const LIMIT = 50_000;

export class CellMemo {
  private readonly parsed = new Map<(s: string) => Parsed<unknown>, Map<string, Parsed<unknown>>>();
  private readonly kept = new Map<string, string>();

  parse<T>(parser: (s: string) => Parsed<T>, text: string): Parsed<T> {
    let known = this.parsed.get(parser);
    if (known === undefined) this.parsed.set(parser, (known = new Map()));
    let result = known.get(text) as Parsed<T> | undefined;
    if (result === undefined) {
      result = parser(text);
      if (known.size >= LIMIT) known.clear();
      known.set(cutLoose(text), result);
    }
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
