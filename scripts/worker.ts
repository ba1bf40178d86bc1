// `npm run worker`: a digest worker (lib/digest/worker.ts) until SIGINT/SIGTERM. Run as many as you like,
// on as many machines, beside the app: they share the queue in PostgreSQL. `npm start` runs one itself.
import { digestDatabase } from "./digest-database";

const log = (line: string) => console.log(`[worker ${process.pid}] ${line}`);

const database = await digestDatabase(log);
const { openJobQueue } = await import("@/lib/digest/queue");
const { workDigests } = await import("@/lib/digest/worker");

const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());

const queue = await openJobQueue(database.url);
log("working the digest queue");
try {
  await workDigests(queue, { signal: stop.signal, log });
} finally {
  // Digests in hand are finished first (drainDigestQueue waits for them), so none is left half-sent.
  await queue.close();
  await database.release();
  log("stopped");
}
