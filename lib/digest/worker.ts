// The long-running digest worker (`npm run worker`, and the one `npm start` runs beside the web workers):
// every few minutes it queues the readers who are due, and in between it works the queue. Several workers,
// app instances and cron calls can share one database: queueing is idempotent and each job is taken once.
import { setTimeout as sleep } from "node:timers/promises";
import type { DeliveryOutcome } from "@/lib/digest/deliver";
import type { JobQueue } from "@/lib/digest/queue";
import { drainDigestQueue } from "@/lib/digest/run";
import { enqueueDueDigests } from "@/lib/digest/schedule";

export type WorkerOptions = {
  signal: AbortSignal;
  /** How often to look for readers who are due. Hourly would do (that is what cron does); more often
   *  means digests leave closer to the hour, and half-hour zones get theirs on their own hour mark. */
  scheduleEveryMs?: number;
  /** How long to wait before looking again when the queue is empty. */
  pollMs?: number;
  log?: (line: string) => void;
};

export async function workDigests(
  queue: JobQueue,
  { signal, scheduleEveryMs = 5 * 60_000, pollMs = 2_000, log = console.log }: WorkerOptions,
) {
  let nextSchedule = 0;
  while (!signal.aborted) {
    try {
      if (performance.now() >= nextSchedule) {
        nextSchedule = performance.now() + scheduleEveryMs;
        await queue.boss.maintain();
        const { enqueued } = await enqueueDueDigests(queue);
        if (enqueued > 0) log(`queued ${enqueued} digest${enqueued === 1 ? "" : "s"}`);
      }
      const counts: Partial<Record<DeliveryOutcome["status"], number>> = {};
      await drainDigestQueue(queue, { signal }, ({ status }) => (counts[status] = (counts[status] ?? 0) + 1));
      const worked = Object.entries(counts).map(([status, n]) => `${n} ${status}`);
      if (worked.length > 0) log(`digests: ${worked.join(", ")}`);
      else await sleep(pollMs, undefined, { signal }).catch(() => {});
    } catch (error) {
      // The database restarting, say: wait and carry on rather than die.
      log(`error: ${(error as Error).message}`);
      await sleep(pollMs * 5, undefined, { signal }).catch(() => {});
    }
  }
}
