// Reads of papers for pages and route handlers. Narrow selects: only what the pages show.
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { z } from "zod";
import { similarPapersSql } from "@/lib/data/queries";
import { db } from "@/lib/db";
import { paperIdSchema } from "@/lib/papers/paper-id";

const affiliationsSchema = z.array(z.array(z.string()).catch([])).catch([]);

/**
 * One paper by public id, or null for an unknown or malformed id (the page turns that into a 404).
 * Authors come paired with their affiliations and the primary category comes first, ready to show.
 */
export const getPaper = cache(async (id: string) => {
  if (!paperIdSchema.safeParse(id).success) return null;
  const paper = await db.paper.findUnique({
    where: { id },
    select: {
      id: true,
      arxivId: true,
      title: true,
      abstract: true,
      authors: true,
      authorAffiliations: true,
      primaryCategory: true,
      categories: true,
      publishedAt: true,
      createdAt: true,
      absUrl: true,
      pdfUrl: true,
      doi: true,
      comment: true,
      journalRef: true,
      upvoteCount: true,
    },
  });
  if (!paper) return null;
  const { authorAffiliations, primaryCategory, categories, authors, ...rest } = paper;
  // A JSON column: anything unexpected shows as no affiliations rather than failing the page.
  const affiliations = affiliationsSchema.parse(authorAffiliations ?? []);
  return {
    ...rest,
    authors: authors.map((name, i) => ({ name, affiliations: affiliations[i] ?? [] })),
    categories: primaryCategory ? [primaryCategory, ...categories.filter((c) => c !== primaryCategory)] : categories,
  };
});

/** The curated topics a paper was matched to (users' private topics stay private), by name. */
export async function getPaperTopics(paperId: string) {
  if (!paperIdSchema.safeParse(paperId).success) return [];
  return db.topic.findMany({
    where: { ownerId: null, papers: { some: { paperId } } },
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
}

export type SimilarPaper = { id: string; title: string; publishedAt: Date | null; createdAt: Date };

/** Papers like this one, by the distinctive words of its title: see similarPapersSql. */
export async function similarPapers(paperId: string, limit = 5): Promise<SimilarPaper[]> {
  if (!paperIdSchema.safeParse(paperId).success) return [];
  return db.$queryRaw<SimilarPaper[]>(similarPapersSql(paperId, Math.min(Math.max(Math.trunc(limit), 1), 20)));
}

/**
 * similarPapers for the paper page, kept for an hour in Next's data cache. A paper page is re-rendered
 * every 20 s for its votes; its similar papers change only as papers arrive, and they are its one costly
 * read (tens of ms; BENCHMARKS.md), which every re-render would otherwise repeat.
 */
export const cachedSimilarPapers = async (paperId: string, limit = 5): Promise<SimilarPaper[]> =>
  // The data cache stores JSON: dates come back as strings.
  (await similarFromCache(paperId, limit)).map((paper) => ({
    ...paper,
    publishedAt: paper.publishedAt === null ? null : new Date(paper.publishedAt),
    createdAt: new Date(paper.createdAt),
  }));

const similarFromCache = unstable_cache(similarPapers, ["similar-papers"], { revalidate: 3600 });
