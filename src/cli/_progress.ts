/**
 * Private to the CLI: the progress bar `report` and `sipas` draw on stderr when it is a terminal.
 */

import type { Writer } from "./_errors.js";

/** What the bar reads: the bytes read so far and the size, when the input has one (not stdin). */
export interface ProgressSource {
  readonly size: number | undefined;
  readonly bytesRead: () => number;
}

/**
 * A progress bar redrawn every 100,000 lines: `tick(line)` after each line, `done()` at the end
 * (clears it). Draws nothing unless `tty`; without a size (stdin) it shows the line count alone.
 */
export function createProgress(err: Writer, tty: boolean, source: ProgressSource) {
  let lastDraw = 0;
  return {
    tick(line: number): void {
      if (!tty || line - lastDraw < 100_000) return;
      lastDraw = line;
      const lines = `${line.toLocaleString("en-US")} lines`;
      if (source.size === undefined) {
        err(`\r${lines}`);
        return;
      }
      const done = source.size === 0 ? 1 : Math.min(1, source.bytesRead() / source.size);
      const bar = "#".repeat(Math.round(done * 30)).padEnd(30, " ");
      err(`\r[${bar}] ${(done * 100).toFixed(0).padStart(3)} % ${lines}`);
    },
    done(): void {
      if (tty && lastDraw > 0) err(`\r${" ".repeat(60)}\r`);
    },
  };
}
