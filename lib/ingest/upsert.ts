// The one way papers enter the database, whatever their source. In batches, one statement each:
// - a paper already present (same arXiv id) is updated, never duplicated; a paper without an arXiv id is
//   keyed by its title, and a later copy that brings an arXiv id attaches it to that same row;
// - the text (title, abstract, authors, …) is replaced only by the same or a newer arXiv version;
// - Hugging Face extras (upvotes, keywords, repo) are refreshed whenever a source has them;
// - rows whose content is unchanged are not touched, so ingesting the same feed twice changes nothing.
// Added and changed papers are then re-matched to topics in the same transaction.
import type { Db } from "@/lib/database/client";
import type { IngestPaper } from "@/lib/ingest/types";
import { newPaperId, paperIdFromKey } from "@/lib/papers/paper-id";
import { titleKey } from "@/lib/papers/text";
import { matchPapers } from "@/lib/topics/match";

export type UpsertCounts = { added: number; updated: number; unchanged: number };

const BATCH = 1000;

export async function upsertPapers(db: Db, papers: IngestPaper[]): Promise<UpsertCounts> {
  const counts: UpsertCounts = { added: 0, updated: 0, unchanged: 0 };
  const unique = dedupe(papers);
  counts.unchanged += papers.length - unique.length; // later copies within one batch of the same paper
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = await upsertBatch(db, unique.slice(i, i + BATCH));
    counts.added += batch.added;
    counts.updated += batch.updated;
    counts.unchanged += batch.unchanged;
  }
  return counts;
}

/** One row per paper: the highest version of each arXiv id (with any copy's Hugging Face extras), the
 *  last copy of each title-keyed paper. */
function dedupe(papers: IngestPaper[]) {
  const byKey = new Map<string, IngestPaper>();
  for (const paper of papers) {
    const key = paper.arxivId ? `arxiv:${paper.arxivId}` : `title:${titleKey(paper.title)}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, paper);
    // Keep the newest text, but not at the cost of another copy's Hugging Face extras.
    else if ((paper.version ?? 0) >= (seen.version ?? 0)) byKey.set(key, { ...paper, hf: paper.hf ?? seen.hf });
    else if (!seen.hf && paper.hf) byKey.set(key, { ...seen, hf: paper.hf });
  }
  return [...byKey.values()];
}

function toRow(paper: IngestPaper) {
  const hasAffiliations = paper.authors.some((a) => a.affiliations.length > 0);
  return {
    new_id: newPaperId(),
    title_id: paperIdFromKey(`title:${titleKey(paper.title)}`),
    arxiv_id: paper.arxivId,
    arxiv_version: paper.version,
    title: paper.title,
    abstract: paper.abstract,
    authors: paper.authors.map((a) => a.name),
    author_affiliations: hasAffiliations ? paper.authors.map((a) => a.affiliations) : null,
    published_at: paper.publishedAt?.toISOString() ?? null,
    revised_at: paper.updatedAt?.toISOString() ?? null,
    primary_category: paper.primaryCategory,
    categories: paper.categories,
    abs_url: paper.absUrl,
    pdf_url: paper.pdfUrl,
    comment: paper.comment,
    journal_ref: paper.journalRef,
    doi: paper.doi,
    hf_upvotes: paper.hf?.upvotes ?? null,
    keywords: paper.hf?.keywords ?? [],
    github_repo: paper.hf?.githubRepo ?? null,
    thumbnail_url: paper.hf?.thumbnail ?? null,
  };
}

// Columns a source can set; `merged` below decides, per column, whether the incoming value wins.
async function upsertBatch(db: Db, papers: IngestPaper[]): Promise<UpsertCounts> {
  const rows = JSON.stringify(papers.map(toRow));
  return db.$transaction(
    async (tx) => {
      // Two ingests at once would race to insert the same new arXiv id; take turns.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('paperboy:ingest', 0))`;
      const written = await tx.$queryRaw<{ id: string; inserted: boolean }[]>`
        WITH input AS (
          SELECT * FROM jsonb_to_recordset(${rows}::jsonb) AS x(
            new_id text, title_id text, arxiv_id text, arxiv_version int, title text, abstract text,
            authors text[], author_affiliations jsonb, published_at timestamptz, revised_at timestamptz,
            primary_category text, categories text[], abs_url text, pdf_url text, comment text,
            journal_ref text, doi text, hf_upvotes int, keywords text[], github_repo text, thumbnail_url text)
        ), target AS (
          -- An arXiv paper may adopt a row first stored by title alone (the sample, a file without ids).
          SELECT input.*, coalesce(by_arxiv.id, by_title.id) AS existing_id
          FROM input
          LEFT JOIN papers by_arxiv ON by_arxiv.arxiv_id = input.arxiv_id
          LEFT JOIN papers by_title ON by_arxiv.id IS NULL AND by_title.id = input.title_id
            AND (input.arxiv_id IS NULL OR by_title.arxiv_id IS NULL)
        ), inserted AS (
          INSERT INTO papers (
            id, arxiv_id, arxiv_version, title, abstract, authors, author_affiliations, published_at, revised_at,
            primary_category, categories, abs_url, pdf_url, comment, journal_ref, doi, hf_upvotes, keywords,
            github_repo, thumbnail_url, created_at, updated_at)
          SELECT CASE WHEN arxiv_id IS NULL THEN title_id ELSE new_id END, arxiv_id, arxiv_version, title, abstract,
            coalesce(authors, '{}'), author_affiliations, published_at, revised_at, primary_category,
            coalesce(categories, '{}'), abs_url, pdf_url, comment, journal_ref, doi, hf_upvotes,
            coalesce(keywords, '{}'), github_repo, thumbnail_url, now(), now()
          FROM target WHERE existing_id IS NULL
          ON CONFLICT DO NOTHING
          RETURNING id
        ), merged AS (
          SELECT p.id,
            coalesce(p.arxiv_id, t.arxiv_id) AS arxiv_id,
            CASE WHEN v.newer THEN coalesce(t.arxiv_version, p.arxiv_version) ELSE p.arxiv_version END AS arxiv_version,
            CASE WHEN v.newer THEN t.title ELSE p.title END AS title,
            CASE WHEN v.newer THEN t.abstract ELSE p.abstract END AS abstract,
            CASE WHEN v.newer AND cardinality(t.authors) > 0 THEN t.authors ELSE p.authors END AS authors,
            CASE WHEN v.newer AND t.author_affiliations IS NOT NULL THEN t.author_affiliations
                 ELSE p.author_affiliations END AS author_affiliations,
            coalesce(p.published_at, t.published_at) AS published_at,
            CASE WHEN v.newer THEN coalesce(t.revised_at, p.revised_at) ELSE p.revised_at END AS revised_at,
            coalesce(t.primary_category, p.primary_category) AS primary_category,
            CASE WHEN cardinality(t.categories) > 0 THEN t.categories ELSE p.categories END AS categories,
            CASE WHEN v.newer THEN coalesce(t.abs_url, p.abs_url) ELSE p.abs_url END AS abs_url,
            CASE WHEN v.newer THEN coalesce(t.pdf_url, p.pdf_url) ELSE p.pdf_url END AS pdf_url,
            CASE WHEN v.newer THEN coalesce(t.comment, p.comment) ELSE p.comment END AS comment,
            coalesce(t.journal_ref, p.journal_ref) AS journal_ref,
            coalesce(t.doi, p.doi) AS doi,
            coalesce(t.hf_upvotes, p.hf_upvotes) AS hf_upvotes,
            CASE WHEN cardinality(t.keywords) > 0 THEN t.keywords ELSE p.keywords END AS keywords,
            coalesce(t.github_repo, p.github_repo) AS github_repo,
            coalesce(t.thumbnail_url, p.thumbnail_url) AS thumbnail_url
          FROM target t
          JOIN papers p ON p.id = t.existing_id
          CROSS JOIN LATERAL (
            -- A copy without a version (Hugging Face, a file) never overrides arXiv's versioned text.
            SELECT CASE WHEN t.arxiv_version IS NULL THEN p.arxiv_version IS NULL
                        ELSE p.arxiv_version IS NULL OR t.arxiv_version >= p.arxiv_version END AS newer
          ) v
        ), updated AS (
          UPDATE papers p SET
            arxiv_id = m.arxiv_id, arxiv_version = m.arxiv_version, title = m.title, abstract = m.abstract,
            authors = m.authors, author_affiliations = m.author_affiliations, published_at = m.published_at,
            revised_at = m.revised_at, primary_category = m.primary_category, categories = m.categories,
            abs_url = m.abs_url, pdf_url = m.pdf_url, comment = m.comment, journal_ref = m.journal_ref,
            doi = m.doi, hf_upvotes = m.hf_upvotes, keywords = m.keywords, github_repo = m.github_repo,
            thumbnail_url = m.thumbnail_url, updated_at = now()
          FROM merged m
          WHERE p.id = m.id AND (
            p.arxiv_id, p.arxiv_version, p.title, p.abstract, p.authors, p.author_affiliations, p.published_at,
            p.revised_at, p.primary_category, p.categories, p.abs_url, p.pdf_url, p.comment, p.journal_ref,
            p.doi, p.hf_upvotes, p.keywords, p.github_repo, p.thumbnail_url
          ) IS DISTINCT FROM (
            m.arxiv_id, m.arxiv_version, m.title, m.abstract, m.authors, m.author_affiliations, m.published_at,
            m.revised_at, m.primary_category, m.categories, m.abs_url, m.pdf_url, m.comment, m.journal_ref,
            m.doi, m.hf_upvotes, m.keywords, m.github_repo, m.thumbnail_url)
          RETURNING p.id
        )
        SELECT id, true AS inserted FROM inserted
        UNION ALL
        SELECT id, false AS inserted FROM updated`;
      await matchPapers(
        tx,
        written.map((row) => row.id),
      );
      const added = written.filter((row) => row.inserted).length;
      const updated = written.length - added;
      return { added, updated, unchanged: papers.length - written.length };
    },
    { timeout: 300_000 },
  );
}
