// What `npm run ingest` shows while it works and when it ends. On a terminal, one status line redrawn in
// place with \r at most every 100 ms (redrawing per entry would cost more than the parsing); in a log,
// a plain line every 5 seconds. The summary lists skipped entries by position, up to a cap.
import type { IngestProgress, IngestSummary } from "@/lib/ingest/ingest-file";

export type ProgressOutput = { write(text: string): unknown; isTTY?: boolean };

const BAR_WIDTH = 24;
const count = new Intl.NumberFormat("en-US");

function bar(fraction: number) {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
  const percent = String(Math.floor(fraction * 100)).padStart(3);
  return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${percent}% `;
}

/** One status line, e.g. `[######------] 42% 42,000 parsed · 41,000 written · 3 skipped · 8,400/s`. */
export function formatProgress(progress: IngestProgress, seconds: number, withBar = true) {
  const rate = seconds > 0 ? Math.round(progress.parsed / seconds) : 0;
  const figures = [
    `${count.format(progress.parsed)} parsed`,
    `${count.format(progress.written)} written`,
    `${count.format(progress.skipped)} skipped`,
    `${count.format(rate)}/s`,
  ].join(" · ");
  return `${withBar && progress.fraction !== null ? bar(progress.fraction) : ""}${figures}`;
}

type ReporterOptions = { out?: ProgressOutput; intervalMs?: number; now?: () => number };

export function createProgressReporter({
  out = process.stderr,
  intervalMs,
  now = () => performance.now(),
}: ReporterOptions = {}) {
  const tty = Boolean(out.isTTY);
  const interval = intervalMs ?? (tty ? 100 : 5000);
  const started = now();
  // A terminal shows the line at once; a log gets its first line only if the run lasts a while.
  let lastDrawn = tty ? -Infinity : started;
  let latest: IngestProgress | null = null;
  let shown: IngestProgress | null = null;

  function draw(progress: IngestProgress, at: number) {
    const line = formatProgress(progress, (at - started) / 1000, tty);
    // \x1b[K clears what a longer previous line left behind.
    out.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
    lastDrawn = at;
    shown = progress;
  }

  return {
    update(progress: IngestProgress) {
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

/** The closing report: the counts, then each skipped entry's position and reason, `max` at most. */
export function formatSummary(summary: IngestSummary, max = 20): string[] {
  const lines = [
    `${count.format(summary.added)} added · ${count.format(summary.updated)} updated · ` +
      `${count.format(summary.unchanged)} unchanged · ${count.format(summary.skipped)} skipped ` +
      `(${count.format(summary.parsed)} entries in ${summary.seconds.toFixed(1)} s)`,
  ];
  if (summary.skipped === 0) return lines;
  lines.push("Skipped:");
  const shown = summary.issues.slice(0, max);
  for (const issue of shown) lines.push(`  ${issue.label} ${issue.position}: ${issue.reason}`);
  const more = summary.skipped - shown.length;
  if (more > 0) lines.push(`  …and ${count.format(more)} more`);
  return lines;
}
