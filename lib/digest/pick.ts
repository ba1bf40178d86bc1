// Picks the papers of a batch of queued digests and records them (digest_papers: a paper can be recorded
// once per reader, ever), in one transaction whatever the batch's size: one query locks the digests, one
// finds the candidates of every reader, one INSERT records them all. So the database does per batch what it
// did per digest. The digests stay queued: each is claimed (queued → sending) by deliver.ts only as it is
// sent, so a worker that dies mid-batch leaves the ones it had not started queued, with their papers
// recorded, for the next run to send.
import { type DigestPaper, digestCandidatesFor, digestPicks } from "@/lib/data/digests";
import { backgroundDb as db } from "@/lib/db";
import { type DigestPick, selectDigestPapers } from "@/lib/digest/select";
import type { Prisma } from "@/lib/generated/prisma/client";

export type DigestReaderRow = {
  digestId: string;
  userId: string;
  localDate: Date;
  /** Papers were recorded for it before (an earlier attempt, or a worker that died). */
  recorded: boolean;
  expired: boolean;
  email: string | null;
  subscribed: boolean;
  size: number;
  timeZone: string;
  frequency: "daily" | "weekly";
  weekday: number;
  hour: number;
};

export type Picked =
  | { status: "ready"; reader: DigestReaderRow; picks: DigestPick<DigestPaper>[] }
  /** No longer queued: sent, or being sent by another worker (a duplicate delivery of the job). */
  | { status: "taken" }
  | { status: "skipped" | "failed"; reason: string };

type Finished = { digestId: string; status: "skipped" | "failed"; reason: string };

const NOTHING_NEW = "Nothing new to send.";

/** Each digest's papers, or why there is nothing to send. */
export async function pickDigestPapers(digestIds: string[]): Promise<Map<string, Picked>> {
  return db.$transaction(async (tx) => {
    // Locked, so a duplicate delivery of the same jobs waits here and then finds the papers recorded.
    const readers = await tx.$queryRaw<DigestReaderRow[]>`
      SELECT d.id::text AS "digestId", d.user_id AS "userId", d.local_date AS "localDate",
        EXISTS (SELECT 1 FROM digest_papers p WHERE p.digest_id = d.id) AS recorded,
        d.retry_until < now() AS expired, u.email,
        (u.digest_enabled AND u.digest_suppressed_at IS NULL) AS subscribed, u.digest_size AS size,
        coalesce(u.time_zone, 'UTC') AS "timeZone", u.digest_frequency::text AS frequency,
        u.digest_weekday AS weekday, u.digest_hour AS hour
      FROM digests d JOIN users u ON u.id = d.user_id
      WHERE d.id = ANY(${digestIds}::uuid[]) AND d.status = 'queued'
      FOR UPDATE OF d`;
    const picked = new Map<string, Picked>(digestIds.map((id) => [id, { status: "taken" }]));
    const finished: Finished[] = [];
    const finish = (reader: DigestReaderRow, status: Finished["status"], reason: string) => {
      finished.push({ digestId: reader.digestId, status, reason });
      picked.set(reader.digestId, { status, reason });
    };

    let toPick: DigestReaderRow[] = [];
    for (const reader of readers) {
      if (reader.expired) finish(reader, "failed", "Not delivered before the next digest was due.");
      else if (!reader.subscribed || !reader.email)
        finish(reader, "skipped", "The digest was turned off before it went out.");
      else if (!reader.recorded) toPick.push(reader);
      // A retry sends the papers the first attempt recorded.
      else picked.set(reader.digestId, { status: "ready", reader, picks: await digestPicks(reader.digestId, tx) });
    }
    while (toPick.length > 0) {
      // One digest per reader at a time: a reader's second digest is picked after their first is recorded.
      const round: DigestReaderRow[] = [];
      const later: DigestReaderRow[] = [];
      for (const reader of toPick) (round.some((r) => r.userId === reader.userId) ? later : round).push(reader);
      await pickRound(tx, round, picked, finish);
      toPick = later;
    }
    if (finished.length > 0) await recordFinished(tx, finished);
    return picked;
  });
}

/** Picks for readers who each appear once, and records the papers with one INSERT. */
async function pickRound(
  tx: Prisma.TransactionClient,
  round: DigestReaderRow[],
  picked: Map<string, Picked>,
  finish: (reader: DigestReaderRow, status: Finished["status"], reason: string) => void,
) {
  const candidates = await digestCandidatesFor(round, tx);
  const rows = [];
  for (const reader of round) {
    const picks = selectDigestPapers({ ...candidates.get(reader.userId)!, size: reader.size });
    if (picks.length === 0) finish(reader, "skipped", NOTHING_NEW);
    else picked.set(reader.digestId, { status: "ready", reader, picks });
    const { digestId, userId } = reader;
    rows.push(
      ...picks.map(({ paper, reasons }, i) => ({ digestId, userId, paperId: paper.id, position: i + 1, reasons })),
    );
  }
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO digest_papers (digest_id, user_id, paper_id, position, reasons)
    SELECT x."digestId", x."userId", x."paperId", x.position, x.reasons
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS x("digestId" uuid, "userId" text, "paperId" text, position int, reasons jsonb)`;
}

/** Digests that go out with nothing: their status and why. Papers an earlier attempt recorded are
 *  released, since they were never delivered and may go in a later digest. */
async function recordFinished(tx: Prisma.TransactionClient, finished: Finished[]) {
  const ids = finished.map((f) => f.digestId);
  await tx.$executeRaw`
    UPDATE digests d SET status = x.status::digest_status, error = x.reason, updated_at = now()
    FROM unnest(${ids}::uuid[], ${finished.map((f) => f.status)}::text[], ${finished.map((f) => f.reason)}::text[])
      AS x(id, status, reason)
    WHERE d.id = x.id`;
  await tx.$executeRaw`DELETE FROM digest_papers WHERE digest_id = ANY(${ids}::uuid[])`;
}
