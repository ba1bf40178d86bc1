// Reads for the digest: the candidates a digest is picked from, the papers a digest holds, and what
// Settings → Digest and the web view show. Authorisation is in the `where`: a digest is read only with
// its owner's id.
import "server-only";
import { digestCandidatesSql, digestPaperColumns } from "@/lib/data/queries";
import { db } from "@/lib/db";
import type { DigestPick, WhyChip } from "@/lib/digest/select";
import { Prisma } from "@/lib/generated/prisma/client";

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
