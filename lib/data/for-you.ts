// "For you": trending papers from the topics a user follows, each with the topics that put it there,
// minus the papers they marked "Not interested" (the SQL is forYouSql in lib/data/queries.ts).
import "server-only";
import { forYouSql, whyChipsSql } from "@/lib/data/queries";
import { db } from "@/lib/db";
import { excerpt } from "@/lib/papers/text";
import { FOR_YOU_PAGE_SIZE, MAX_PAGE, pageWindow } from "@/lib/validations/pagination";

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
  return {
    papers: papers.map((paper) => ({ ...paper, reasons: reasons.get(paper.id) ?? [] })),
    hasMore,
  };
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

/**
 * One page of "For you" as GET /api/for-you sends it: abstracts cut to the card's excerpt here, so the
 * browser gets a few hundred characters per paper, not whole abstracts.
 */
export async function forYouPage(userId: string, page: number) {
  const { papers, hasMore } = await listForYou(userId, page);
  // Only an empty page needs to know why it is empty: no topics followed, or nothing in them yet.
  const followsNothing = papers.length === 0 && (await countFollowed(userId)) === 0;
  return {
    papers: papers.map((paper) => ({ ...paper, abstract: excerpt(paper.abstract) })),
    hasMore,
    followsNothing,
    // The browser does not load the pagination rules (zod), only what an empty page past them says.
    maxPage: MAX_PAGE,
  };
}
