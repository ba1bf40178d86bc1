// What every paper card shows beyond title, excerpt, date and votes: the first authors, topic chips and
// compact links. One query for a whole page of cards, whichever list it is (feed, topic, For you, search).
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type CardLinks, cardLinks } from "@/lib/papers/paper-links";

/** Authors and topic chips a card shows; the rest are counted, not sent (a paper may have 2,000 authors). */
export const CARD_AUTHORS = 3;
export const CARD_TOPICS = 3;

export type TopicChip = { slug: string; name: string };
export type CardDetails = {
  authors: string[];
  authorCount: number;
  topics: TopicChip[];
  topicCount: number;
  links: CardLinks;
};

/**
 * The card details of these papers. Only curated topics (owner_id IS NULL) become chips: cards are rendered
 * once for everyone on cached pages, and a reader's own keyword topics are theirs alone. A paper came from
 * Hugging Face when it carries any of the signals only that source sets.
 */
export const cardDetailsSql = (paperIds: string[]) => Prisma.sql`
  SELECT p.id, p.authors[1:${CARD_AUTHORS}] AS authors, cardinality(p.authors) AS "authorCount",
    p.arxiv_id AS "arxivId", p.abs_url AS "absUrl", p.pdf_url AS "pdfUrl", p.github_repo AS "githubRepo",
    (p.hf_upvotes IS NOT NULL OR p.github_repo IS NOT NULL OR p.thumbnail_url IS NOT NULL
      OR cardinality(p.keywords) > 0) AS "fromHf",
    coalesce(chips.topics, '[]') AS topics, coalesce(chips.n, 0) AS "topicCount"
  FROM papers p
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name)
        FILTER (WHERE t.rank <= ${CARD_TOPICS}) AS topics,
      count(*)::int AS n
    FROM (
      SELECT t.slug, t.name, row_number() OVER (ORDER BY t.name, t.slug) AS rank
      FROM paper_topics pt JOIN topics t ON t.id = pt.topic_id
      WHERE pt.paper_id = p.id AND t.owner_id IS NULL
    ) t
  ) chips ON true
  WHERE p.id = ANY(${paperIds})`;

type Row = Omit<CardDetails, "links"> & {
  id: string;
  arxivId: string | null;
  absUrl: string | null;
  pdfUrl: string | null;
  githubRepo: string | null;
  fromHf: boolean;
};

/** Each paper with its card details, in the order given; papers that vanished meanwhile are dropped. */
export async function withCardDetails<P extends { id: string }>(papers: P[]): Promise<(P & CardDetails)[]> {
  if (papers.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>(cardDetailsSql(papers.map((p) => p.id)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return papers.flatMap((paper) => {
    const row = byId.get(paper.id);
    if (!row) return [];
    const { authors, authorCount, topics, topicCount } = row;
    return [{ ...paper, authors, authorCount, topics, topicCount, links: cardLinks(row) }];
  });
}
