/**
 * The progress line on stderr: what the run is doing (phase) and how far (rows), redrawn in place.
 * Shown only when stderr is a terminal and not --quiet, and only once the run has taken a second:
 * a scheduled job's log, a pipe or a quick run never sees it. clear() removes it before other
 * output is written to stderr.
 *
 * Every line passes the one CPR mask (cli/streams.ts maskedStream) on its way to the terminal.
 *
 * Exports: Progress, ProgressStream, progressFor.
 */
import { maskedStream } from './streams.js';

export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

const DELAY_MS = 1000;
const REDRAW_MS = 100;
const BAR = 24;

export class Progress {
  private readonly started: number;
  private lastDraw = -Infinity;
  private lastPhase = '';
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly enabled: boolean,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** The current phase, e.g. "læser dispositioner.csv", with rows done out of total when known. */
  update(phase: string, done?: number, total?: number): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.started < DELAY_MS || (t - this.lastDraw < REDRAW_MS && phase === this.lastPhase)) return;
    this.lastDraw = t;
    this.lastPhase = phase;
    let line = `prognose: ${phase}`;
    if (done !== undefined && total !== undefined && total > 0) {
      const filled = Math.min(BAR, Math.round((done / total) * BAR));
      line += ` [${'='.repeat(filled)}${' '.repeat(BAR - filled)}] ${danish(done)}/${danish(total)} rækker`;
    } else if (done !== undefined) {
      line += ` ${danish(done)} rækker`;
    }
    line += ` (${((t - this.started) / 1000).toFixed(1).replace('.', ',')} s)`;
    const width = this.stream.columns || 100;
    this.stream.write(`\r${line.slice(0, Math.max(10, width - 1))}\u001b[K`);
    this.shown = true;
  }

  /** Removes the line (before warnings, results or errors are written). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\u001b[K');
    this.shown = false;
    this.lastDraw = -Infinity;
  }
}

const danish = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** The progress line for a run: enabled only on a terminal and without --quiet. */
export function progressFor(options: { readonly quiet: boolean }, stream: ProgressStream = maskedStream(process.stderr)): Progress {
  return new Progress(stream, !options.quiet && stream.isTTY === true);
}
