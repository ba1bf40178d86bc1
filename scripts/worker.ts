// `npm run worker`: a digest worker (lib/digest/worker.ts) until SIGINT/SIGTERM. Run as many as you like,
// on as many machines, beside the app: they share the queue in PostgreSQL. `npm start` runs one itself.
import { digestDatabase } from "./digest-database";

const log = (line: string) => console.log(`[worker ${process.pid}] ${line}`);

const database = await digestDatabase(log);
const { backgroundDb: db } = await import("@/lib/db");
const { openJobQueue } = await import("@/lib/digest/queue");
const { workDigests } = await import("@/lib/digest/worker");

// `on`, not `once`: a process manager may signal twice (npm, then the group); the second must not kill
// the worker mid-send. (npm runs this with exec and plain node: no wrapper that escalates to SIGKILL.)
const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop.abort());

const queue = await openJobQueue(database.url);
log("working the digest queue");
try {
  await workDigests(queue, { signal: stop.signal, log });
} finally {
  // Digests in hand are finished first (drainDigestQueue waits for them), so none is left half-sent.
  await Promise.all([queue.close(), db.$disconnect()]);
  await database.release();
  log("stopped");
}
