// "For you": trending papers from the topics a user follows, each with the topics that put it there,
// minus the papers they marked "Not interested". The SQL fragments are shared with the digest's
// candidates (lib/data/digests.ts); the benchmark times forYouSql and whyChipsSql as they are here.
import "server-only";
import { type CardDetails, withCardDetails } from "@/lib/data/cards";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { renderCardText } from "@/lib/math/render";
import type { CardText } from "@/lib/math/rendered";
import { FOR_YOU_PAGE_SIZE, MAX_PAGE, pageWindow } from "@/lib/validations/pagination";

/** Whose papers: a user id (a bound parameter) or, in a query over several users, the column holding it. */
export type UserRef = string | Prisma.Sql;

/** The paper `p` is in a topic the user follows. */
export const inFollowedTopic = (user: UserRef) => Prisma.sql`EXISTS (
      SELECT 1 FROM paper_topics pt
      WHERE pt.paper_id = p.id AND pt.topic_id IN (SELECT topic_id FROM topic_follows WHERE user_id = ${user}))`;

/** The user has not marked the paper `p` "Not interested". */
export const notHidden = (user: UserRef) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM hidden_papers h WHERE h.user_id = ${user} AND h.paper_id = p.id)`;

/** The followed topics that match a paper (join on `pt.paper_id`): the why-chips' rows. */
export const followedTopicsJoin = (user: UserRef) => Prisma.sql`paper_topics pt
  JOIN topic_follows f ON f.topic_id = pt.topic_id AND f.user_id = ${user}
  JOIN topics t ON t.id = pt.topic_id`;

/**
 * "For you", one page: trending papers from the topics the user follows, minus the ones they hid, one row
 * more than the page shows (to know if there is a next page). It walks the hot-score index and keeps
 * papers that belong to a followed topic, so the first pages cost a few dozen index probes at any size.
 */
export const forYouSql = (userId: string, offset: number, limit: number) => Prisma.sql`
  SELECT p.id, p.title, p.abstract, p.published_at AS "publishedAt", p.created_at AS "createdAt",
    p.upvote_count AS "upvoteCount",
    EXISTS (SELECT 1 FROM upvotes u WHERE u.user_id = ${userId} AND u.paper_id = p.id) AS upvoted
  FROM papers p
  WHERE ${inFollowedTopic(userId)}
    AND ${notHidden(userId)}
  ORDER BY p.hot_score DESC, p.id
  OFFSET ${offset} LIMIT ${limit}`;

/** For each of these papers, the followed topics that match it: the why-chips of "For you". */
export const whyChipsSql = (userId: string, paperIds: string[]) => Prisma.sql`
  SELECT pt.paper_id AS "paperId", t.slug, t.name, (t.owner_id IS NOT NULL) AS own
  FROM ${followedTopicsJoin(userId)}
  WHERE pt.paper_id = ANY(${paperIds})
  ORDER BY own DESC, t.name`;

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
  const window = pageWindow(page, pageSize);
  if (!window) return { papers: [], hasMore: false };
  const rows = await db.$queryRaw<Omit<ForYouPaper, "reasons">[]>(forYouSql(userId, window.skip, pageSize + 1));
  // The page after the last one shown is never offered.
  const hasMore = rows.length > pageSize && page < MAX_PAGE;
  const papers = rows.slice(0, pageSize);
  const reasons = await whyChips(
    userId,
    papers.map((p) => p.id),
  );
  return { papers: papers.map((paper) => ({ ...paper, reasons: reasons.get(paper.id) ?? [] })), hasMore };
}

/** For each paper, the followed topics that match it: curated ones by name, the user's own as "your topic". */
export async function whyChips(userId: string, paperIds: string[]) {
  const chips = new Map<string, WhyChip[]>();
  if (paperIds.length === 0) return chips;
  const rows = await db.$queryRaw<(WhyChip & { paperId: string })[]>(whyChipsSql(userId, paperIds));
  for (const { paperId, ...chip } of rows) chips.set(paperId, [...(chips.get(paperId) ?? []), chip]);
  return chips;
}

/** How many topics the user follows: an empty "For you" needs a different message when it is zero. */
export function countFollowed(userId: string) {
  return db.topicFollow.count({ where: { userId } });
}

/** A paper of "For you" as GET /api/for-you sends it. */
export type ForYouCard = Omit<ForYouPaper, "abstract"> & CardDetails & { text: CardText };

/**
 * One page of "For you" as GET /api/for-you sends it: title and excerpt rendered here (KaTeX stays on the
 * server), so the browser gets a few hundred characters per paper, not whole abstracts.
 */
export async function forYouPage(
  userId: string,
  page: number,
): Promise<{
  papers: ForYouCard[];
  hasMore: boolean;
  followsNothing: boolean;
  maxPage: number;
}> {
  const { papers, hasMore } = await listForYou(userId, page);
  const [cards, followsNothing] = await Promise.all([
    withCardDetails(papers),
    // Only an empty page needs to know why it is empty: no topics followed, or nothing in them yet.
    papers.length === 0 && countFollowed(userId).then((count) => count === 0),
  ]);
  return {
    papers: cards.map(({ abstract, ...paper }) => ({
      ...paper,
      text: renderCardText({ title: paper.title, abstract }),
    })),
    hasMore,
    followsNothing,
    // The browser does not load the pagination rules (zod), only what an empty page past them says.
    maxPage: MAX_PAGE,
  };
}
