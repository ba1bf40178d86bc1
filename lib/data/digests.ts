// Reads for the digest: the candidates a digest is picked from, the papers a digest holds, and what
// Settings → Digest and the web view show. Authorisation is in the `where`: a digest is read only with
// its owner's id.
import "server-only";
import { type UserRef, followedTopicsJoin, inFollowedTopic, notHidden } from "@/lib/data/for-you";
import { db } from "@/lib/db";
import type { DigestPick, WhyChip } from "@/lib/digest/select";
import { Prisma } from "@/lib/generated/prisma/client";
import { DIGEST_SIZE } from "@/lib/validations/digest";

export type DigestPaper = {
  id: string;
  title: string;
  abstract: string;
  authors: string[];
  upvoteCount: number;
  arxivId: string | null;
  pdfUrl: string | null;
  publishedAt: Date | null;
  createdAt: Date;
};

type Client = Prisma.TransactionClient;

/**
 * Digest candidates for several readers in one round trip (one plan for a whole batch of digests): for
 * each reader, the top `size` of their "For you" ranking (same filter, order and why-chips as forYouSql)
 * and the top `size` of the global trending list, both without the papers this reader was sent before or
 * marked "Not interested". Rows come per reader, For-you first, each list best first; lib/digest/select.ts
 * picks from them. Each list is cut twice: at the largest size anyone may choose, a constant, so the
 * planner walks the hot-score index as it does for one reader (with only `LIMIT r.size` it plans for a
 * tenth of the table: a sort of every paper, ~1 s), and then at the reader's own size, which stops that
 * walk early.
 */
const digestCandidatesSql = (readers: { userId: string; size: number }[]) => {
  const reader = Prisma.raw("r.user_id");
  // A literal, not a parameter: the planner must see the number even in a generic plan.
  const mostPapers = Prisma.raw(String(DIGEST_SIZE.max));
  return Prisma.sql`
  WITH candidates AS (
    SELECT r.user_id, c.* FROM unnest(${readers.map((r) => r.userId)}::text[], ${readers.map((r) => r.size)}::int[])
      AS r(user_id, size)
    CROSS JOIN LATERAL (
      (SELECT * FROM (
         SELECT p.id, p.hot_score, true AS for_you FROM papers p
         WHERE ${inFollowedTopic(reader)} AND ${notHidden(reader)} AND ${notDigested(reader)}
         ORDER BY p.hot_score DESC, p.id LIMIT ${mostPapers}) top LIMIT r.size)
      UNION ALL
      (SELECT * FROM (
         SELECT p.id, p.hot_score, false FROM papers p
         WHERE ${notHidden(reader)} AND ${notDigested(reader)}
         ORDER BY p.hot_score DESC, p.id LIMIT ${mostPapers}) top LIMIT r.size)
    ) c
  )
  SELECT c.user_id AS "userId", c.for_you AS "forYou", ${digestPaperColumns},
    CASE WHEN c.for_you THEN (
      SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name, 'own', t.owner_id IS NOT NULL)
        ORDER BY t.owner_id IS NOT NULL DESC, t.name)
      FROM ${followedTopicsJoin(Prisma.raw("c.user_id"))} WHERE pt.paper_id = p.id) END AS reasons
  FROM candidates c JOIN papers p ON p.id = c.id
  ORDER BY c.user_id, c.for_you DESC, c.hot_score DESC, c.id`;
};

/** What a digest shows of a paper (lib/digest/compose.ts). */
const digestPaperColumns = Prisma.sql`p.id, p.title, p.abstract, p.authors, p.upvote_count AS "upvoteCount",
    p.arxiv_id AS "arxivId", p.pdf_url AS "pdfUrl", p.published_at AS "publishedAt", p.created_at AS "createdAt"`;

const notDigested = (user: UserRef) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM digest_papers d WHERE d.user_id = ${user} AND d.paper_id = p.id)`;

export type DigestCandidates = { forYou: { paper: DigestPaper; reasons: WhyChip[] }[]; trending: DigestPaper[] };

/** The reader's For-you and trending candidates (see digestCandidatesSql), each best first. */
export async function digestCandidates(userId: string, size: number, client: Client = db) {
  return (await digestCandidatesFor([{ userId, size }], client)).get(userId)!;
}

/** digestCandidates for several readers in one query: a digest run's batch. Every reader has an entry. */
export async function digestCandidatesFor(readers: { userId: string; size: number }[], client: Client = db) {
  const rows = await client.$queryRaw<(DigestPaper & { userId: string; forYou: boolean; reasons: WhyChip[] | null })[]>(
    digestCandidatesSql(readers),
  );
  const byReader = new Map<string, DigestCandidates>(readers.map((r) => [r.userId, { forYou: [], trending: [] }]));
  for (const { userId, forYou: isForYou, reasons, ...paper } of rows) {
    const candidates = byReader.get(userId)!;
    if (isForYou) candidates.forYou.push({ paper, reasons: reasons ?? [] });
    else candidates.trending.push(paper);
  }
  return byReader;
}

/** The papers recorded for a digest, in their order, with the reasons they were sent for. */
export async function digestPicks(digestId: string, client: Client = db): Promise<DigestPick<DigestPaper>[]> {
  const rows = await client.$queryRaw<(DigestPaper & { reasons: WhyChip[] })[]>(Prisma.sql`
    SELECT ${digestPaperColumns}, d.reasons
    FROM digest_papers d JOIN papers p ON p.id = d.paper_id
    WHERE d.digest_id = ${digestId}::uuid
    ORDER BY d.position`);
  return rows.map(({ reasons, ...paper }) => ({ paper, reasons }));
}

/** The reader's digest preferences and standing, for Settings → Digest and the subscribe boxes. */
export function getDigestPreferences(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      timeZone: true,
      digestEnabled: true,
      digestFrequency: true,
      digestWeekday: true,
      digestHour: true,
      digestSize: true,
      digestSuppressedAt: true,
      digestSuppressedReason: true,
    },
  });
}
export type DigestPreferencesView = NonNullable<Awaited<ReturnType<typeof getDigestPreferences>>>;

/** Whether the reader's digest is on, for the unsubscribe page (which the token, not a session, opens). */
export function getDigestSubscription(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: { email: true, digestEnabled: true, digestSuppressedAt: true },
  });
}

/** The reader's latest digests, newest first. */
export function listRecentDigests(userId: string, take = 10) {
  return db.digest.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      localDate: true,
      status: true,
      subject: true,
      error: true,
      sentAt: true,
      createdAt: true,
      _count: { select: { papers: true } },
    },
  });
}

/** One of the reader's digests, with its papers; null if there is none with this id for this reader. */
export async function getOwnDigest(userId: string, digestId: string) {
  const digest = await db.digest.findFirst({
    where: { id: digestId, userId },
    select: { id: true, localDate: true, frequency: true, status: true, subject: true, sentAt: true },
  });
  if (!digest) return null;
  return { ...digest, picks: await digestPicks(digest.id) };
}
