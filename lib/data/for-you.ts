// "For you": trending papers from the topics a user follows, each with the topics that put it there,
// minus the papers they marked "Not interested". The query walks the hot-score index and keeps papers
// that belong to a followed topic, so the first pages cost a few dozen index probes at any size.
import "server-only";
import { db } from "@/lib/db";

export const FOR_YOU_PAGE_SIZE = 20;

export type WhyChip = { slug: string; name: string; own: boolean };
export type ForYouPaper = {
  id: string;
  title: string;
  abstract: string;
  publishedAt: Date | null;
  createdAt: Date;
  upvoteCount: number;
  upvoted: boolean;
  reasons: WhyChip[];
};

export async function listForYou(userId: string, page: number, pageSize = FOR_YOU_PAGE_SIZE) {
  const rows = await db.$queryRaw<Omit<ForYouPaper, "reasons">[]>`
    WITH followed AS (SELECT topic_id FROM topic_follows WHERE user_id = ${userId})
    SELECT p.id, p.title, p.abstract, p.published_at AS "publishedAt", p.created_at AS "createdAt",
      p.upvote_count AS "upvoteCount",
      EXISTS (SELECT 1 FROM upvotes u WHERE u.user_id = ${userId} AND u.paper_id = p.id) AS upvoted
    FROM papers p
    WHERE EXISTS (
        SELECT 1 FROM paper_topics pt WHERE pt.paper_id = p.id AND pt.topic_id IN (SELECT topic_id FROM followed))
      AND NOT EXISTS (SELECT 1 FROM hidden_papers h WHERE h.user_id = ${userId} AND h.paper_id = p.id)
    ORDER BY p.hot_score DESC, p.id
    OFFSET ${(page - 1) * pageSize} LIMIT ${pageSize + 1}`;
  const hasMore = rows.length > pageSize;
  const papers = rows.slice(0, pageSize);
  const reasons = await whyChips(
    userId,
    papers.map((p) => p.id),
  );
  return {
    papers: papers.map((paper) => ({ ...paper, reasons: reasons.get(paper.id) ?? [] })),
    hasMore,
  };
}

/** For each paper, the followed topics that match it: curated ones by name, the user's own as "your topic". */
export async function whyChips(userId: string, paperIds: string[]) {
  const chips = new Map<string, WhyChip[]>();
  if (paperIds.length === 0) return chips;
  const rows = await db.$queryRaw<(WhyChip & { paperId: string })[]>`
    SELECT pt.paper_id AS "paperId", t.slug, t.name, (t.owner_id IS NOT NULL) AS own
    FROM paper_topics pt
    JOIN topic_follows f ON f.topic_id = pt.topic_id AND f.user_id = ${userId}
    JOIN topics t ON t.id = pt.topic_id
    WHERE pt.paper_id = ANY(${paperIds})
    ORDER BY own DESC, t.name`;
  for (const { paperId, ...chip } of rows) chips.set(paperId, [...(chips.get(paperId) ?? []), chip]);
  return chips;
}

/** How many topics the user follows: an empty "For you" needs a different message when it is zero. */
export function countFollowed(userId: string) {
  return db.topicFollow.count({ where: { userId } });
}
