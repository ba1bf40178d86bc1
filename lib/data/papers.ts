// Reads of papers for pages and route handlers. Narrow selects: only what the pages show.
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
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
      arxivVersion: true,
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

/**
 * Other papers that share words with this paper's title, best match first, never the paper itself.
 *
 * Ranking every paper that shares any title word means ranking most of the corpus, since titles are full
 * of words like "model" and "learning" (1.45 s at 100k papers). So the candidates are only papers that
 * share a *distinctive* part of the title: two of its four rarest words, or any word found in fewer than
 * 0.2% of papers. Rarity comes from PostgreSQL's own statistics on `papers.search` (pg_stats keeps the
 * frequencies of the most common lexemes; a lexeme missing there is rarer than all of them), so nothing
 * extra is stored or kept current. The candidates are then ranked against every word of the title, title
 * words weighing most. Before the table's first ANALYZE there are no statistics and every title word
 * picks candidates, which only a small table can be for long (autovacuum analyses after bulk inserts).
 *
 * Each lexeme becomes a quoted tsquery operand (backslash, chr(92), and quote doubled) and the string is
 * cast, not re-parsed by to_tsquery, so no title can be a tsquery syntax error. A title without lexemes
 * gives a NULL query, which matches nothing.
 */
export const similarPapersSql = (paperId: string, limit: number) => Prisma.sql`
  ${similarTerms(paperId)}
  SELECT c.id, c.title, c.published_at AS "publishedAt", c.created_at AS "createdAt"
  FROM (
    SELECT other.id, other.title, other.published_at, other.created_at, other.search
    ${similarCandidates(paperId)}
    LIMIT ${SIMILAR_CANDIDATE_CAP}
  ) c
  CROSS JOIN terms
  ORDER BY ts_rank_cd(c.search, terms.any_word) DESC, coalesce(c.published_at, c.created_at) DESC, c.id
  LIMIT ${limit}`;

/**
 * The most candidates similarPapersSql ranks. Distinctive words usually leave a few hundred; a title made
 * only of common words can leave tens of thousands (the benchmark's generated titles do), and ranking them
 * all cost ~0.4 s of database time per paper page. Past the cap the candidates are the first found, not
 * the best: a worse list for such titles, never a slow page.
 */
const SIMILAR_CANDIDATE_CAP = 500;

/**
 * The papers similarPapersSql picks from, before its cap: a FROM clause over similarTerms' `terms`, alias
 * `other`. (The benchmark counts them, to report how close a title comes to the cap.)
 */
export const similarCandidates = (paperId: string) => Prisma.sql`FROM terms
    JOIN papers other ON other.search @@ coalesce(terms.distinctive, terms.any_word) AND other.id <> ${paperId}`;

/** The WITH clause of similarPapersSql: the title's lexemes, and which of them are distinctive (`terms`). */
export const similarTerms = (paperId: string) => Prisma.sql`
  WITH frequencies AS (
    SELECT e.lexeme, e.frequency
    FROM pg_stats s
    CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, frequency)
    WHERE s.schemaname = current_schema() AND s.tablename = 'papers' AND s.attname = 'search'
      AND e.lexeme IS NOT NULL
  ),
  lexemes AS (
    SELECT '''' || replace(replace(l.lexeme, chr(92), chr(92) || chr(92)), '''', '''''') || '''' AS operand,
      coalesce(f.frequency, 0) AS frequency,
      row_number() OVER (ORDER BY coalesce(f.frequency, 0), l.lexeme) AS rarity
    FROM papers paper
    CROSS JOIN unnest(tsvector_to_array(to_tsvector('english', paper.title))) AS l(lexeme)
    LEFT JOIN frequencies f USING (lexeme)
    WHERE paper.id = ${paperId}
  ),
  terms AS (
    SELECT (SELECT string_agg(operand, ' | ') FROM lexemes)::tsquery AS any_word,
      CASE WHEN EXISTS (SELECT FROM frequencies) THEN (
        SELECT string_agg(operand, ' | ')
        FROM (
          SELECT operand FROM lexemes WHERE frequency < 0.002
          UNION ALL
          SELECT a.operand || ' & ' || b.operand
          FROM lexemes a JOIN lexemes b ON a.rarity < b.rarity AND b.rarity <= 4
        ) distinctive
      )::tsquery END AS distinctive
  )`;

/** What a feed entry adds to a listed paper (authors, revision date, arXiv categories), for all at once. */
export function getFeedDetails(paperIds: string[]) {
  return db.paper.findMany({
    where: { id: { in: paperIds } },
    select: { id: true, authors: true, revisedAt: true, categories: true },
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
