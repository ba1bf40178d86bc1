// Scheduled ingest, at 01:30, 07:30, 13:30 and 19:30 UTC (vercel.json; the self-host scheduler calls the
// same URL). arXiv announces new papers once a day, around 00:00–01:00 UTC, so the 01:30 run picks them up;
// the other runs catch late listings and refresh Hugging Face's daily papers, whose upvotes keep moving.
// What arXiv is asked for comes from INGEST_ARXIV_QUERY and INGEST_ARXIV_DAYS.
import { withCron } from "@/lib/cron/with-cron";
import { backgroundDb } from "@/lib/db";
import { env } from "@/lib/env";
import { ingestLive } from "@/lib/ingest/ingest-live";

export const dynamic = "force-dynamic";
// Paging through a few thousand arXiv results at one request every 3 seconds takes a while.
export const maxDuration = 300;

export const GET = withCron(() =>
  ingestLive(backgroundDb, { arxivQuery: env.INGEST_ARXIV_QUERY, days: env.INGEST_ARXIV_DAYS, hfDaily: true }),
);
