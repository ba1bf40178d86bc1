// `npm run digest`: one digest run by hand — queue the readers who are due now, send until the queue is
// empty, print what happened. The same run as GET /api/cron/digest, without its time budget.
import { digestDatabase } from "./digest-database";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(`Usage: npm run digest

Sends the digests that are due now: readers whose send hour has come today in their time zone (weekly
readers on their weekday) and who have had none today. Mail goes to SMTP_URL, or in development to the dev
mailbox (/dev/mailbox). Running it again sends nothing twice.`);
  process.exit(0);
}

const database = await digestDatabase((line) => console.error(`[paperboy] ${line}`));
const { backgroundDb: db } = await import("@/lib/db");
const { openJobQueue } = await import("@/lib/digest/queue");
const { runDigests } = await import("@/lib/digest/run");
const { createStatusLine, progressBar } = await import("@/lib/progress");
type Summary = Awaited<ReturnType<typeof runDigests>>;

const format = (s: Summary, seconds: number, tty: boolean) => {
  const done = s.sent + s.skipped + s.failed;
  const bar = tty && s.enqueued > 0 ? progressBar(done / s.enqueued) : "";
  const rate = seconds > 0 ? ` · ${Math.round(s.sent / seconds)}/s` : "";
  return `${bar}${s.sent} sent · ${s.skipped} skipped · ${s.failed} failed of ${s.enqueued} queued${rate}`;
};
const status = createStatusLine(format);
const stop = new AbortController();
// Ctrl-C stops taking jobs; the digests in hand are finished, so none is left half-sent.
process.on("SIGINT", () => stop.abort());

const queue = await openJobQueue(database.url);
try {
  const summary = await runDigests(queue, { signal: stop.signal, onProgress: (s) => status.update({ ...s }) });
  status.done();
  console.log(JSON.stringify(summary));
  if (summary.due === 0) console.log("No reader is due right now (see Settings → Digest for your send time).");
} catch (error) {
  status.done();
  console.error(error);
  process.exitCode = 1;
} finally {
  await Promise.all([queue.close(), db.$disconnect()]);
  await database.release();
}
