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

export async function recountUpvotes(db: Db): Promise<RecountReport> {
  const fixed = await db.$queryRaw<RecountFix[]>`
    WITH actual AS (
      SELECT p.id, p.upvote_count AS was, count(u.paper_id)::int AS now
      FROM papers p LEFT JOIN upvotes u ON u.paper_id = p.id
      GROUP BY p.id
    )
    UPDATE papers p SET upvote_count = actual.now
    FROM actual
    WHERE p.id = actual.id AND p.upvote_count <> actual.now
    RETURNING p.id AS "paperId", actual.was, actual.now`;
  const [{ checked } = { checked: 0 }] = await db.$queryRaw<{ checked: number }[]>`
    SELECT count(*)::int AS checked FROM papers`;
  // Locking the row first makes the count and the fix one step: no paper insert can land in between.
  const [paperTotal = null] = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM paper_stats WHERE id FOR UPDATE`;
    return tx.$queryRaw<{ was: number; now: number }[]>`
      WITH actual AS (SELECT count(*)::int AS now FROM papers)
      UPDATE paper_stats s SET papers = actual.now
      FROM actual, (SELECT papers AS was FROM paper_stats WHERE id) before
      WHERE s.id AND s.papers <> actual.now
      RETURNING before.was, actual.now`;
  });
  return { checked, fixed, paperTotal };
}
