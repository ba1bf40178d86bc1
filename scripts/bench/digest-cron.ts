// The digest benchmark end to end: GET /api/cron/digest on the production server, as Vercel Cron or the
// self-host scheduler calls it, again and again until it answers `left: 0`. Each call queues whoever is
// due (only the first finds anyone) and works the pg-boss queue for up to 45 s; the server renders and
// sends through SMTP_URL, the counting sink. CPU is split between the server, PostgreSQL, this process
// and the sink; peak RSS is the server's.
import type { CountingSink } from "./counting-sink";
import { type CpuSplit, cpuMeter } from "./cpu";
import type { CpuSources } from "./load";
import { type PeakRss, peakRss, resetPeakRss } from "./memory";

type CronSummary = { due: number; enqueued: number; sent: number; skipped: number; failed: number; left: number };
type CronCall = CronSummary & { seconds: number };
export type CronRun = {
  calls: CronCall[];
  due: number;
  sent: number;
  skipped: number;
  failed: number;
  seconds: number;
  perSecond: number;
  /** Messages the sink accepted during the run: must equal `sent`. */
  accepted: number;
  cpu: CpuSplit;
  sinkCores: number;
  peakRss: PeakRss;
};

const MAX_CALLS = 100;

/** One cron call; throws unless it answers 200 with a summary. */
export async function callDigestCron(serverUrl: string, secret: string): Promise<CronSummary> {
  const response = await fetch(`${serverUrl}/api/cron/digest`, {
    headers: { authorization: `Bearer ${secret}` },
    signal: AbortSignal.timeout(120_000),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`GET /api/cron/digest answered ${response.status}: ${body.slice(0, 300)}`);
  return JSON.parse(body) as CronSummary;
}

export async function runDigestCron(
  { serverUrl, secret, sink, sources }: { serverUrl: string; secret: string; sink: CountingSink; sources: CpuSources },
  log: (line: string) => void,
): Promise<CronRun> {
  const reset = sources.serverGroup !== null && resetPeakRss(sources.serverGroup);
  const before = await sink.report();
  const meter = cpuMeter(sources.serverGroup, sources.postmaster);
  const calls: CronCall[] = [];
  for (let left = Infinity; left > 0;) {
    if (calls.length === MAX_CALLS) throw new Error(`${MAX_CALLS} cron calls and ${left} digests still left`);
    const start = performance.now();
    const summary = await callDigestCron(serverUrl, secret);
    const seconds = (performance.now() - start) / 1000;
    calls.push({ ...summary, seconds });
    log(`cron call ${calls.length}: ${JSON.stringify(summary)} in ${seconds.toFixed(1)} s`);
    const worked = summary.enqueued + summary.sent + summary.skipped + summary.failed;
    if (worked === 0 && summary.left > 0) throw new Error(`a cron call did nothing with ${summary.left} left`);
    left = summary.left;
  }
  const cpu = meter.stop();
  const after = await sink.report();
  const total = (key: "due" | "sent" | "skipped" | "failed") => calls.reduce((sum, call) => sum + call[key], 0);
  return {
    calls,
    due: total("due"),
    sent: total("sent"),
    skipped: total("skipped"),
    failed: total("failed"),
    seconds: cpu.seconds,
    perSecond: total("sent") / cpu.seconds,
    accepted: after.accepted - before.accepted,
    cpu,
    sinkCores: (after.cpuSeconds - before.cpuSeconds) / cpu.seconds,
    peakRss: sources.serverGroup === null ? peakRss(-1, false) : peakRss(sources.serverGroup, reset),
  };
}
