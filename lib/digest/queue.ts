// The digest job queue: pg-boss, a job queue kept in PostgreSQL (its own schema, "pgboss"), so every app
// instance, cron call and `npm run worker` process shares one queue with no other service to run. Each
// job is one reader's digest (its id is the digest row's id); workers take jobs with FOR UPDATE SKIP
// LOCKED, and a job whose worker died is handed out again when it expires. Delivery is at least once:
// lib/digest/deliver.ts claims the digest row before sending, so a second delivery sends nothing.
//
// No "server-only": `npm run worker`, `npm run digest` and the benchmark open queues of their own.
import pg from "pg";
import PgBoss from "pg-boss";

export const DIGEST_QUEUE = "digest";
const SCHEMA = "pgboss";

/** How a digest job is retried. Temporary SMTP failures (4xx) back off 1, 2, 4 … 512 minutes (about 17
 *  hours in all, with jitter); deliver.ts also gives up at the reader's next send time. */
export type DigestJobOptions = {
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A job still active this long after it started is presumed dead (its worker crashed) and retried. */
  expireInSeconds: number;
};
export const DIGEST_JOB_OPTIONS: DigestJobOptions = {
  retryLimit: 10,
  retryDelaySeconds: 60,
  retryBackoff: true,
  expireInSeconds: 120,
};

export type DigestJob = { digestId: string };

export type JobQueue = {
  boss: PgBoss;
  /** The queue's own connections, for the scheduler's transaction (rows and jobs commit together). */
  pool: pg.Pool;
  close: () => Promise<void>;
};

/** Connects to the queue, installing pg-boss's schema and the digest queue if they are missing. */
export async function openJobQueue(url: string, { poolSize = 4 } = {}): Promise<JobQueue> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: "paperboy-jobs" });
  pool.on("error", (error) => console.error("[jobs] idle connection failed:", error.message));
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: SCHEMA,
    // Maintenance (expiring jobs of crashed workers, archiving) runs at the start of every digest run
    // (lib/digest/run.ts), so it needs no timers here; the scheduler is our own (lib/digest/worker.ts).
    supervise: false,
    schedule: false,
  });
  boss.on("error", (error) => console.error("[jobs]", error));
  try {
    await start(boss);
    await boss.createQueue(DIGEST_QUEUE, {
      name: DIGEST_QUEUE,
      policy: "standard",
      retryLimit: DIGEST_JOB_OPTIONS.retryLimit,
      retryDelay: DIGEST_JOB_OPTIONS.retryDelaySeconds,
      retryBackoff: DIGEST_JOB_OPTIONS.retryBackoff,
      expireInSeconds: DIGEST_JOB_OPTIONS.expireInSeconds,
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    boss,
    pool,
    close: async () => {
      await boss.stop({ graceful: false, close: false });
      await pool.end();
    },
  };
}

/** pg-boss installs its schema on first start; two processes doing that at once make one fail, once. */
async function start(boss: PgBoss) {
  try {
    await boss.start();
  } catch (error) {
    if (!/already exists|duplicate key/i.test(String(error))) throw error;
    await boss.start();
  }
}

/** Installs the queue's schema (at deploy and dev start, so the first app processes don't race to). */
export async function installJobQueue(url: string) {
  const queue = await openJobQueue(url, { poolSize: 1 });
  await queue.close();
}

const cache = globalThis as unknown as { paperboyJobQueue?: { url: string; queue: Promise<JobQueue> } };

/** This process's connection to the queue, opened on first use. */
export function jobQueue(url: string): Promise<JobQueue> {
  if (cache.paperboyJobQueue?.url !== url) {
    const queue = openJobQueue(url);
    cache.paperboyJobQueue = { url, queue };
    // A failed start is not cached: the next call tries again.
    queue.catch(() => {
      if (cache.paperboyJobQueue?.queue === queue) delete cache.paperboyJobQueue;
    });
  }
  return cache.paperboyJobQueue.queue;
}

export async function closeJobQueue() {
  const cached = cache.paperboyJobQueue;
  delete cache.paperboyJobQueue;
  if (cached) await (await cached.queue.catch(() => null))?.close();
}
