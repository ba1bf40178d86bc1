// The home page's lists: Trending (by the stored hot score, lib/ranking/hot.ts), New, and Top for a
// period, optionally within one topic. Each is one indexed query plus a count (read from paper_stats for
// the unfiltered lists), and the viewer's own votes on the page's papers one more. The home page's cards add
// their authors, chips and links (listFeedCards); the Atom/RSS feeds built from the same list need none.
import "server-only";
import { withCardDetails } from "@/lib/data/cards";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FeedView, TopPeriod } from "@/lib/validations/feed";
import { PAPERS_PER_PAGE, pageCountOf, pageWindow } from "@/lib/validations/pagination";

const PERIOD_DAYS: Record<TopPeriod, number> = { day: 1, week: 7, month: 30 };

const ORDER: Record<FeedView, Prisma.PaperOrderByWithRelationInput[]> = {
  trending: [{ hotScore: "desc" }, { id: "asc" }],
  new: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
  top: [{ upvoteCount: "desc" }, { hotScore: "desc" }, { id: "asc" }],
};

export type FeedOptions = {
  view: FeedView;
  period: TopPeriod;
  topicId?: string;
  page: number;
  userId: string | null;
  pageSize?: number;
};

export async function listFeed({ view, period, topicId, page, userId, pageSize = PAPERS_PER_PAGE }: FeedOptions) {
  const since = new Date(Date.now() - PERIOD_DAYS[period] * 86_400_000);
  const where: Prisma.PaperWhereInput = {
    ...(topicId ? { topics: { some: { topicId } } } : {}),
    // "Not interested" hides a paper from every list of the person who said it.
    ...(userId ? { hiddenBy: { none: { userId } } } : {}),
    ...(view === "top"
      ? { OR: [{ publishedAt: { gte: since } }, { publishedAt: null, createdAt: { gte: since } }] }
      : {}),
  };
  const window = pageWindow(page, pageSize);
  const [total, papers] = await Promise.all([
    topicId || view === "top" ? db.paper.count({ where }) : countAll(userId),
    window
      ? db.paper.findMany({
          where,
          select: { id: true, title: true, abstract: true, publishedAt: true, createdAt: true, upvoteCount: true },
          orderBy: ORDER[view],
          ...window,
        })
      : [],
  ]);
  const upvoted = await upvotedAmong(
    userId,
    papers.map((p) => p.id),
  );
  return {
    papers: papers.map((paper) => ({ ...paper, upvoted: upvoted.has(paper.id) })),
    total,
    pageCount: pageCountOf(total, pageSize),
  };
}

/** listFeed with what the home page's cards show (lib/data/cards.ts). */
export async function listFeedCards(options: FeedOptions) {
  const feed = await listFeed(options);
  return { ...feed, papers: await withCardDetails(feed.papers) };
}

/**
 * The unfiltered lists' total without counting every paper: paper_stats holds the count (kept by triggers
 * on papers, see its migration), less the papers this person marked "Not interested".
 */
export const paperTotalSql = (userId: string | null) => Prisma.sql`
  SELECT ((SELECT papers FROM paper_stats WHERE id)
    - (SELECT count(*) FROM hidden_papers WHERE user_id = ${userId}))::int AS total`;

/** The unfiltered lists' total, read rather than counted: see paperTotalSql. */
async function countAll(userId: string | null) {
  const [row] = await db.$queryRaw<{ total: number }[]>(paperTotalSql(userId));
  return row?.total ?? 0;
}

/** Which of these papers the user has upvoted. */
export async function upvotedAmong(userId: string | null, paperIds: string[]) {
  if (!userId || paperIds.length === 0) return new Set<string>();
  const rows = await db.upvote.findMany({
    where: { userId, paperId: { in: paperIds } },
    select: { paperId: true },
  });
  return new Set(rows.map((row) => row.paperId));
}
