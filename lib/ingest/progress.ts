// What `npm run ingest` shows while it works and when it ends. On a terminal, one status line redrawn in
// place with \r at most every 100 ms (redrawing per entry would cost more than the parsing); in a log,
// a plain line every 5 seconds. The summary lists skipped entries by position, up to a cap.
import type { IngestProgress, IngestSummary } from "@/lib/ingest/ingest-file";
import { type ReporterOptions, createStatusLine, progressBar } from "@/lib/progress";

const count = new Intl.NumberFormat("en-US");

/** One status line, e.g. `[######------] 42% 42,000 parsed · 41,000 written · 3 skipped · 8,400/s`. */
export function formatProgress(progress: IngestProgress, seconds: number, withBar = true) {
  const rate = seconds > 0 ? Math.round(progress.parsed / seconds) : 0;
  const figures = [
    `${count.format(progress.parsed)} parsed`,
    `${count.format(progress.written)} written`,
    `${count.format(progress.skipped)} skipped`,
    `${count.format(rate)}/s`,
  ].join(" · ");
  return `${withBar && progress.fraction !== null ? progressBar(progress.fraction) : ""}${figures}`;
}

export const createProgressReporter = (options: ReporterOptions = {}) =>
  createStatusLine<IngestProgress>(formatProgress, options);

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
