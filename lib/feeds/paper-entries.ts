// Turns listed papers into feed entries. The lists select only what pages show, so the columns a feed
// adds (authors, revision date, arXiv categories) come from one more query for all the papers at once.
import "server-only";
import { getFeedDetails } from "@/lib/data/papers";
import { env } from "@/lib/env";
import type { FeedCategory, FeedEntry } from "@/lib/feeds/types";
import { texToPlainText } from "@/lib/math/plain-text";
import { excerpt } from "@/lib/papers/text";

/** How many papers a feed carries: readers poll, so the top of a list is what matters. */
export const FEED_SIZE = 50;

const ARXIV_SCHEME = "http://arxiv.org/schemas/atom";

type ListedPaper = { id: string; title: string; abstract: string; publishedAt: Date | null; createdAt: Date };

export async function paperEntries(
  papers: ListedPaper[],
  leadingCategories: Map<string, FeedCategory[]> = new Map(),
): Promise<FeedEntry[]> {
  const details = await getFeedDetails(papers.map((paper) => paper.id));
  const byId = new Map(details.map((detail) => [detail.id, detail]));
  return papers.map((paper) => {
    const detail = byId.get(paper.id);
    const published = paper.publishedAt ?? paper.createdAt;
    const revised = detail?.revisedAt;
    // The paper URL doubles as the entry id: paper ids never change, so readers never see a repeat.
    const url = `${env.APP_URL}/papers/${paper.id}`;
    return {
      id: url,
      // Feed readers show text: math as readable Unicode.
      title: texToPlainText(paper.title),
      url,
      summary: texToPlainText(excerpt(paper.abstract)),
      published,
      updated: revised && revised > published ? revised : published,
      authors: detail?.authors ?? [],
      categories: [
        ...(leadingCategories.get(paper.id) ?? []),
        ...(detail?.categories ?? []).map((term) => ({ term, scheme: ARXIV_SCHEME })),
      ],
    };
  });
}
