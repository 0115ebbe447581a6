/**
 * The command line's two output streams, the edge every human- or JSON-bound text passes: each
 * text is masked by model/cpr.ts's one CPR mask on its way out, whatever wrote it (a result, a
 * problem line, a usage error, commander's own messages, the progress line). A closed stdout
 * (`prognose validate X | head -1`) ends the run quietly instead of with an EPIPE trace.
 *
 * Exports: writeOut, writeErr, maskedStream, endQuietlyOnEpipe.
 */
import { maskCprsInText } from '../model/cpr.js';

/** Writes `text` to stdout, CPR numbers masked. */
export function writeOut(text: string): void {
  process.stdout.write(maskCprsInText(text));
}

/** Writes `text` to stderr, CPR numbers masked. */
export function writeErr(text: string): void {
  process.stderr.write(maskCprsInText(text));
}

/** A stream that masks what is written to it (for the progress line), with the stream's TTY facts. */
export function maskedStream(stream: NodeJS.WriteStream): { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number } {
  return {
    write: (text: string) => stream.write(maskCprsInText(text)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

let installed = false;

/**
 * When the reader of stdout or stderr goes away (EPIPE), the run ends at once with exit code 0 and
 * no message: nobody is left to read one.
 */
export function endQuietlyOnEpipe(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}
