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
