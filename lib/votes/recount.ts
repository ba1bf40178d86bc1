// The periodic repair job: recounts every paper's upvotes from the vote rows and fixes any count that
// drifted (a manual edit, a restored backup, a bug). Reports exactly what it changed.
import type { Db } from "@/lib/database/client";

export type RecountFix = { paperId: string; was: number; now: number };

export async function recountUpvotes(db: Db): Promise<{ checked: number; fixed: RecountFix[] }> {
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
  return { checked, fixed };
}
