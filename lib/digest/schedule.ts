// Finds the readers whose digest is due and queues one job each. Runs every hour from cron (or every few
// minutes from `npm start`'s worker); running it again, or twice at once, queues nothing twice.
//
// A reader is due when, on their own clock (their IANA zone, so daylight saving time is PostgreSQL's
// business), the send hour has come today, it is their weekday if they are weekly, and they have no digest
// for today (weekly: none in the last 7 days). The digest row for (reader, local date) is unique: it is
// inserted here, in the same transaction as its job, so a row never lacks its job and two overlapping runs
// cannot both claim a date. The send hour "has come" rather than "is now", so a missed run catches up
// later the same day, and on the day clocks go back, the repeated hour finds today's row and sends nothing.
import type { PoolClient } from "pg";
import {
  DIGEST_JOB_OPTIONS,
  DIGEST_QUEUE,
  type DigestJob,
  type DigestJobOptions,
  type JobQueue,
} from "@/lib/digest/queue";

/** A zone PostgreSQL doesn't know would fail the whole statement; such a reader is scheduled in UTC. */
const DUE_DIGESTS_SQL = `
  WITH zones AS (SELECT name FROM pg_timezone_names),
  readers AS (
    SELECT u.id, u.digest_frequency AS frequency, u.digest_hour AS hour, u.digest_weekday AS weekday,
      coalesce(z.name, 'UTC') AS tz, $1::timestamptz AT TIME ZONE coalesce(z.name, 'UTC') AS local_now
    FROM users u
    LEFT JOIN zones z ON z.name = u.time_zone
    WHERE u.digest_enabled AND u.digest_suppressed_at IS NULL AND u.email IS NOT NULL
  ),
  due AS (
    SELECT r.*, r.local_now::date AS local_date,
      CASE r.frequency WHEN 'weekly' THEN 7 ELSE 1 END AS period_days
    FROM readers r
    WHERE extract(hour FROM r.local_now) >= r.hour
      AND (r.frequency = 'daily' OR extract(isodow FROM r.local_now) = r.weekday)
  ),
  fresh AS (
    SELECT due.* FROM due
    WHERE NOT EXISTS (
      SELECT 1 FROM digests d WHERE d.user_id = due.id AND d.local_date > due.local_date - due.period_days)
  ),
  inserted AS (
    INSERT INTO digests (user_id, local_date, frequency, retry_until)
    -- Retries stop at the next send time (same hour, next day or next week, in the reader's zone).
    SELECT id, local_date, frequency, ((local_date + period_days) + make_interval(hours => hour)) AT TIME ZONE tz
    FROM fresh
    ON CONFLICT (user_id, local_date) DO NOTHING
    RETURNING id
  )
  SELECT (SELECT count(*) FROM fresh)::int AS due, coalesce(array_agg(id::text), '{}') AS ids FROM inserted`;

/** Digests that can no longer go out: interrupted mid-send, or out of time for their retries. */
const SWEEP_SQL = `
  WITH interrupted AS (
    UPDATE digests SET status = 'failed', updated_at = now(),
      error = 'Interrupted while sending: it may or may not have arrived.'
    WHERE status = 'sending' AND updated_at < now() - make_interval(secs => $1)
    RETURNING id
  ),
  expired AS (
    UPDATE digests SET status = 'failed', updated_at = now(),
      error = coalesce(error || ' ', '') || 'Not delivered before the next digest was due.'
    WHERE status = 'queued' AND retry_until < now()
    RETURNING id
  ),
  -- Never delivered, so its papers may go in a later digest. (An interrupted one may have arrived: keep.)
  released AS (DELETE FROM digest_papers WHERE digest_id IN (SELECT id FROM expired))
  SELECT (SELECT count(*) FROM interrupted)::int AS interrupted, (SELECT count(*) FROM expired)::int AS expired`;

/** Longer than any one send can take (SMTP timeouts included), so a live send is never swept. */
export const SENDING_LEASE_SECONDS = 15 * 60;

export type EnqueueResult = { due: number; enqueued: number };

export async function enqueueDueDigests(
  queue: JobQueue,
  { now = new Date(), jobOptions = DIGEST_JOB_OPTIONS }: { now?: Date; jobOptions?: DigestJobOptions } = {},
): Promise<EnqueueResult> {
  const client = await queue.pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(SWEEP_SQL, [SENDING_LEASE_SECONDS]);
    const { rows } = await client.query<{ due: number; ids: string[] }>(DUE_DIGESTS_SQL, [now]);
    const { due, ids } = rows[0]!;
    if (ids.length > 0) await insertJobs(queue, client, ids, jobOptions);
    await client.query("COMMIT");
    return { due, enqueued: ids.length };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

function insertJobs(queue: JobQueue, client: PoolClient, digestIds: string[], options: DigestJobOptions) {
  const jobs = digestIds.map((id) => ({
    id,
    name: DIGEST_QUEUE,
    data: { digestId: id } satisfies DigestJob,
    retryLimit: options.retryLimit,
    retryDelay: options.retryDelaySeconds,
    retryBackoff: options.retryBackoff,
    expireInSeconds: options.expireInSeconds,
  }));
  // pg-boss writes the jobs through our transaction's connection.
  return queue.boss.insert(jobs, { db: { executeSql: (text, values) => client.query(text, values) } });
}
