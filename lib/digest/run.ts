// One digest run: queue whoever is due, then work the shared queue until it is empty or the time budget
// is spent. The cron route, `npm run digest` and `npm start`'s worker all do exactly this; any number of
// them can run at once against one database, each taking different jobs.
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { type DeliveryOutcome, deliverDigest } from "@/lib/digest/deliver";
import { DIGEST_QUEUE, type DigestJob, type DigestJobOptions, type JobQueue } from "@/lib/digest/queue";
import { enqueueDueDigests } from "@/lib/digest/schedule";

export type RunSummary = {
  /** Readers whose digest fell due and had none yet for their date (or week). */
  due: number;
  /** Digests this run queued (fewer than due when an overlapping run queued some first). */
  enqueued: number;
  sent: number;
  /** Nothing new to send, or the reader turned the digest off meanwhile. */
  skipped: number;
  /** Refused for good (the address is then suppressed), or out of retries. */
  failed: number;
  /** Digests still queued or being sent when this run stopped: retries waiting out their backoff, jobs of
   *  other workers, or what the time budget left. */
  left: number;
};

export type RunOptions = {
  /** Stop taking jobs after this long (ms); what is in hand is finished. Default: until the queue is empty. */
  budgetMs?: number;
  /** Digests in flight at once (rendering, and SMTP through the transport's pooled connections). */
  concurrency?: number;
  now?: Date;
  jobOptions?: DigestJobOptions;
  onProgress?: (summary: RunSummary) => void;
  signal?: AbortSignal;
};

export const DIGEST_CONCURRENCY = 8;

export async function runDigests(queue: JobQueue, options: RunOptions = {}): Promise<RunSummary> {
  // Jobs whose worker died are handed out again (pg-boss expires them); old jobs are archived.
  await queue.boss.maintain();
  const { due, enqueued } = await enqueueDueDigests(queue, { now: options.now, jobOptions: options.jobOptions });
  const summary: RunSummary = { due, enqueued, sent: 0, skipped: 0, failed: 0, left: 0 };
  options.onProgress?.(summary);
  await drainDigestQueue(queue, options, (outcome) => {
    if (outcome.status === "sent" || outcome.status === "skipped" || outcome.status === "failed") {
      summary[outcome.status] += 1;
      options.onProgress?.(summary);
    }
  });
  summary.left = await countUnfinished();
  return summary;
}

/** Works digest jobs until the queue has none ready, the budget is spent or the signal aborts. */
export async function drainDigestQueue(
  { boss }: JobQueue,
  { budgetMs = Infinity, concurrency = DIGEST_CONCURRENCY, signal }: RunOptions,
  onOutcome: (outcome: DeliveryOutcome) => void,
) {
  const deadline = performance.now() + budgetMs;
  const running = new Set<Promise<void>>();
  const stop = () => performance.now() >= deadline || signal?.aborted;
  while (!stop()) {
    const room = concurrency - running.size;
    const jobs = room > 0 ? await boss.fetch<DigestJob>(DIGEST_QUEUE, { batchSize: room, includeMetadata: true }) : [];
    for (const job of jobs) {
      const work = workJob(boss, job).then(onOutcome);
      running.add(work);
      void work.finally(() => running.delete(work));
    }
    if (running.size === 0) break; // nothing ready and nothing in hand: done
    if (jobs.length === 0 || running.size >= concurrency) await Promise.race(running);
  }
  await Promise.all(running);
}

async function workJob(boss: PgBoss, job: PgBoss.JobWithMetadata<DigestJob>): Promise<DeliveryOutcome> {
  try {
    const outcome = await deliverDigest(job.data.digestId, { lastAttempt: job.retryCount >= job.retryLimit });
    if (outcome.status === "retry") await boss.fail(DIGEST_QUEUE, job.id, { message: outcome.reason });
    else await boss.complete(DIGEST_QUEUE, job.id, { status: outcome.status });
    return outcome;
  } catch (error) {
    // Not an SMTP answer (the database went away, a bug): pg-boss retries the job; the row is still queued.
    console.error(`[digest] ${job.data.digestId}:`, error);
    await boss.fail(DIGEST_QUEUE, job.id, { message: String(error) }).catch(() => {});
    return { status: "retry", reason: String(error) };
  }
}

async function countUnfinished() {
  return db.digest.count({ where: { status: { in: ["queued", "sending"] } } });
}
