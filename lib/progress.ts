// A status line for long command-line jobs (`npm run ingest`, `npm run digest`). On a terminal, one line
// redrawn in place with \r at most every 100 ms (redrawing per item would cost more than the work); in a
// log, a plain line every 5 seconds.

export type ProgressOutput = { write(text: string): unknown; isTTY?: boolean };
export type ReporterOptions = { out?: ProgressOutput; intervalMs?: number; now?: () => number };

const BAR_WIDTH = 24;

/** `[######------]  42% ` */
export function progressBar(fraction: number) {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
  const percent = String(Math.floor(fraction * 100)).padStart(3);
  return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${percent}% `;
}

/** `format` turns the latest progress (a new object per update) into the line; `tty` says whether a bar fits. */
export function createStatusLine<T>(
  format: (progress: T, seconds: number, tty: boolean) => string,
  { out = process.stderr, intervalMs, now = () => performance.now() }: ReporterOptions = {},
) {
  const tty = Boolean(out.isTTY);
  const interval = intervalMs ?? (tty ? 100 : 5000);
  const started = now();
  // A terminal shows the line at once; a log gets its first line only if the run lasts a while.
  let lastDrawn = tty ? -Infinity : started;
  let latest: T | null = null;
  let shown: T | null = null;

  function draw(progress: T, at: number) {
    const line = format(progress, (at - started) / 1000, tty);
    // \x1b[K clears what a longer previous line left behind.
    out.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
    lastDrawn = at;
    shown = progress;
  }

  return {
    update(progress: T) {
      latest = progress;
      const at = now();
      if (at - lastDrawn >= interval) draw(progress, at);
    },
    /** Draws the final figures and ends the status line, so the summary starts on a line of its own. */
    done() {
      if (latest && latest !== shown && (tty || shown)) draw(latest, now());
      if (tty && shown) out.write("\n");
    },
  };
}
