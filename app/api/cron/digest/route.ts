// Digest run, hourly (vercel.json), so every time zone gets its hour; `npm start` runs the same schedule
// itself. Queues the readers who are due, works the shared queue for up to 45 s and answers a summary:
// { due, enqueued, sent, skipped, failed, left }. What is left is taken by the next run, a worker
// (`npm run worker`) or another instance; nothing is ever sent twice (lib/digest/deliver.ts).
import { withCron } from "@/lib/cron/with-cron";
import { jobQueue } from "@/lib/digest/queue";
import { runDigests } from "@/lib/digest/run";
import { requireDatabaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";
export const maxDuration = 60;

const BUDGET_MS = 45_000;

export const GET = withCron(async (request) =>
  runDigests(await jobQueue(requireDatabaseUrl()), { budgetMs: BUDGET_MS, signal: request.signal }),
);
