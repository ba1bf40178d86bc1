// One digest run: queue whoever is due, then work the shared queue until it is empty or the time budget
// is spent. The cron route, `npm run digest` and `npm start`'s worker all do exactly this; any number of
// them can run at once against one database, each taking different jobs.
import type PgBoss from "pg-boss";
import { backgroundDb as db } from "@/lib/db";
import { type DeliveryOutcome, deliverDigests } from "@/lib/digest/deliver";
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
  /** Digests in hand at once: claimed, rendering or sending (see DIGEST_CONCURRENCY). */
  concurrency?: number;
  now?: Date;
  jobOptions?: DigestJobOptions;
  onProgress?: (summary: RunSummary) => void;
  signal?: AbortSignal;
};

/**
 * Digests taken from the queue at once, in DIGEST_LANES batches. A batch's papers are picked and recorded
 * with a few statements whatever its size (lib/digest/pick.ts), so the database does per batch what it
 * did per digest, and while one lane waits for the database the other keeps the SMTP connections busy.
 * Measured with `npm run bench -- --only digest` (8 digests one at a time before: ~6× slower end to end).
 */
export const DIGEST_CONCURRENCY = 64;
export const DIGEST_LANES = 2;

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
  const batchSize = Math.max(1, Math.ceil(concurrency / DIGEST_LANES));
  const lane = async () => {
    while (performance.now() < deadline && !signal?.aborted) {
      const jobs = await boss.fetch<DigestJob>(DIGEST_QUEUE, { batchSize, includeMetadata: true });
      if (jobs.length === 0) return; // nothing ready: done (the other lane finishes what it holds)
      for (const outcome of await workJobs(boss, jobs)) onOutcome(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(DIGEST_LANES, concurrency) }, lane));
}

// pg-boss 10 stores the same output for every job of an array of ids; its typings declare it for one id only.
type SettleMany = (name: string, ids: string[], data: object) => Promise<void>;

async function workJobs(boss: PgBoss, jobs: PgBoss.JobWithMetadata<DigestJob>[]): Promise<DeliveryOutcome[]> {
  const batch = jobs.map((job) => ({ digestId: job.data.digestId, lastAttempt: job.retryCount >= job.retryLimit }));
  let results: PromiseSettledResult<DeliveryOutcome>[];
  try {
    results = await deliverDigests(batch);
  } catch (error) {
    // Not an SMTP answer (the database went away, a bug): pg-boss retries the jobs; what was not
    // claimed is still queued.
    console.error(`[digest] a batch of ${jobs.length}:`, error);
    const fail = boss.fail.bind(boss) as SettleMany;
    await fail(
      DIGEST_QUEUE,
      jobs.map((job) => job.id),
      { message: String(error) },
    ).catch(() => {});
    return jobs.map(() => ({ status: "retry", reason: String(error) }));
  }
  const outcomes = results.map((result, i): DeliveryOutcome => {
    if (result.status === "fulfilled") return result.value;
    console.error(`[digest] ${batch[i]!.digestId}:`, result.reason);
    return { status: "retry", reason: String(result.reason) };
  });
  const done = new Map<string, string[]>(); // job ids by outcome
  const retries: Promise<void>[] = [];
  outcomes.forEach((outcome, i) => {
    const id = jobs[i]!.id;
    if (outcome.status === "retry") retries.push(boss.fail(DIGEST_QUEUE, id, { message: outcome.reason }));
    else done.set(outcome.status, [...(done.get(outcome.status) ?? []), id]);
  });
  const complete = boss.complete.bind(boss) as SettleMany;
  await Promise.all([...retries, ...[...done].map(([status, ids]) => complete(DIGEST_QUEUE, ids, { status }))]);
  return outcomes;
}

async function countUnfinished() {
  return db.digest.count({ where: { status: { in: ["queued", "sending"] } } });
}
