// Sets (not toggles) one user's upvote on one paper. The vote row and the paper's count change in one
// SQL statement: the insert or delete reports whether it happened, and only then does the count move,
// under the row lock the UPDATE takes. So the count stays exact however many votes arrive at once, and
// the primary key on (user_id, paper_id) makes a second vote by the same person impossible.
import type { Db } from "@/lib/database/client";
import { Prisma } from "@/lib/generated/prisma/client";

export type UpvoteState = { upvoted: boolean; count: number };

/** Returns the new state, or null when the paper does not exist. */
export async function setUpvote(
  db: Db,
  userId: string,
  paperId: string,
  upvoted: boolean,
): Promise<UpvoteState | null> {
  const [row] = await db.$queryRaw<{ count: number }[]>(setUpvoteSql(userId, paperId, upvoted));
  return row ? { upvoted, count: row.count } : null;
}

/** The one statement: the vote row inserted or deleted, and the count moved only if it was. */
export const setUpvoteSql = (userId: string, paperId: string, upvoted: boolean) =>
  upvoted
    ? Prisma.sql`
        WITH changed AS (
          INSERT INTO upvotes (user_id, paper_id)
          SELECT ${userId}, id FROM papers WHERE id = ${paperId}
          ON CONFLICT DO NOTHING
          RETURNING paper_id
        ), counted AS (
          UPDATE papers SET upvote_count = upvote_count + 1
          WHERE id IN (SELECT paper_id FROM changed)
          RETURNING upvote_count
        )
        SELECT coalesce((SELECT upvote_count FROM counted), p.upvote_count)::int AS count
        FROM papers p WHERE p.id = ${paperId}`
    : Prisma.sql`
        WITH changed AS (
          DELETE FROM upvotes WHERE user_id = ${userId} AND paper_id = ${paperId}
          RETURNING paper_id
        ), counted AS (
          UPDATE papers SET upvote_count = upvote_count - 1
          WHERE id IN (SELECT paper_id FROM changed)
          RETURNING upvote_count
        )
        SELECT coalesce((SELECT upvote_count FROM counted), p.upvote_count)::int AS count
        FROM papers p WHERE p.id = ${paperId}`;
