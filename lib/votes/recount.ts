// The periodic repair job: recounts every paper's upvotes from the vote rows and fixes any count that
// drifted (a manual edit, a restored backup, a bug), and does the same for the total number of papers
// (paper_stats, kept by triggers that a restore with triggers disabled would skip). Reports exactly what
// it changed.
import type { Db } from "@/lib/database/client";

export type RecountFix = { paperId: string; was: number; now: number };

export type RecountReport = {
  checked: number;
  fixed: RecountFix[];
  /** The stored paper total, when it was wrong; null when it was right. */
  paperTotal: { was: number; now: number } | null;
};

/** Papers per transaction: long enough to be cheap, short enough that a vote waits milliseconds. */
const BATCH = 1000;

export async function recountUpvotes(db: Db): Promise<RecountReport> {
  const fixed: RecountFix[] = [];
  for (let after = ""; ;) {
    const batch = await recountBatch(db, after);
    fixed.push(...batch.fixed);
    if (batch.last === null) break;
    after = batch.last;
  }
  // One count of the papers serves as the report's `checked` and as the fix for paper_stats. Locking the
  // row first makes count and fix one step: no paper insert's trigger can move it in between.
  const { checked, paperTotal } = await db.$transaction(async (tx) => {
    const [{ was } = { was: 0 }] = await tx.$queryRaw<{ was: number }[]>`
      SELECT papers AS was FROM paper_stats WHERE id FOR UPDATE`;
    const [{ now } = { now: 0 }] = await tx.$queryRaw<{ now: number }[]>`SELECT count(*)::int AS now FROM papers`;
    if (was === now) return { checked: now, paperTotal: null };
    await tx.$executeRaw`UPDATE paper_stats SET papers = ${now} WHERE id`;
    return { checked: now, paperTotal: { was, now } };
  });
  return { checked, fixed, paperTotal };
}

/**
 * Recounts the BATCH papers after `after` (by id). A single UPDATE counting from its own snapshot could
 * overwrite a vote that commits while it runs. So the paper rows are locked first (in id order, as the
 * upvote triggers lock them), and only then counted, by a new statement: under READ COMMITTED its
 * snapshot includes every vote whose transaction held one of those locks, and any vote still in flight
 * moves the count by its trigger after this transaction commits, from the value written here.
 */
async function recountBatch(db: Db, after: string) {
  return db.$transaction(
    async (tx) => {
      const ids = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM papers WHERE id > ${after} ORDER BY id LIMIT ${BATCH} FOR NO KEY UPDATE`;
      if (ids.length === 0) return { fixed: [], last: null };
      const fixed = await tx.$queryRaw<RecountFix[]>`
        WITH actual AS (
          SELECT p.id, p.upvote_count AS was, (SELECT count(*) FROM upvotes u WHERE u.paper_id = p.id)::int AS now
          FROM papers p WHERE p.id = ANY(${ids.map((row) => row.id)})
        )
        UPDATE papers p SET upvote_count = actual.now
        FROM actual
        WHERE p.id = actual.id AND actual.was <> actual.now
        RETURNING p.id AS "paperId", actual.was, actual.now`;
      return { fixed, last: ids.at(-1)!.id };
    },
    { isolationLevel: "ReadCommitted", maxWait: 30_000, timeout: 60_000 },
  );
}
