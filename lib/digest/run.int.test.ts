// The digest pipeline end to end against real PostgreSQL and a real SMTP server: scheduling, the pg-boss
// queue, selection, rendering, sending, retries and suppression.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "@/lib/testing/smtp-sink";

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
process.env.APP_URL = "https://paperboy.example";

const { db } = await import("@/lib/db");
const { listForYou } = await import("@/lib/data/for-you");
const { openJobQueue } = await import("@/lib/digest/queue");
const { runDigests } = await import("@/lib/digest/run");
const { verifyUnsubscribeToken } = await import("@/lib/digest/unsubscribe-token");
const { digestSite } = await import("@/lib/digest/site");
const { createReader, readerEmail } = await import("@/lib/testing/readers");
const { seed } = await import("@/prisma/seed");

// Retries at once, so a test sees one within its run.
const jobOptions = { retryLimit: 3, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 60 };
let queue: Awaited<ReturnType<typeof openJobQueue>>;

beforeAll(async () => {
  await seed(db);
  queue = await openJobQueue(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await queue.close();
  await sink.close();
});

const run = () => runDigests(queue, { jobOptions });
const inbox = (address: string) => sink.messages.filter((m) => m.to.includes(address));
const digestRows = (userId: string) => db.digest.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const sentPaperIds = async (userId: string) =>
  (await db.digestPaper.findMany({ where: { userId }, orderBy: { position: "asc" } })).map((p) => p.paperId);

describe("a digest run", () => {
  it("sends each due reader their For-you list once, as HTML and text, with one-click unsubscribe headers", async () => {
    const reader = await createReader(db, { follows: ["speculative-decoding", "long-context"], size: 5 });
    const forYou = (await listForYou(reader.id, 1)).papers.slice(0, 5);
    expect(forYou.length).toBe(5);

    const summary = await run();
    expect(summary).toMatchObject({ due: 1, enqueued: 1, sent: 1, skipped: 0, failed: 0, left: 0 });

    const [message, ...more] = inbox(reader.email!);
    expect(more).toHaveLength(0);
    expect(await sentPaperIds(reader.id)).toEqual(forYou.map((p) => p.id));
    for (const paper of forYou) {
      expect(message!.text).toContain(paper.title);
      expect(message!.html).toContain(`https://paperboy.example/papers/${paper.id}`);
    }
    expect(message!.subject).toContain(forYou[0]!.title.slice(0, 40));
    expect(message!.subject).toMatch(/^Paperboy \d{1,2} [A-Z][a-z]{2}: /);
    expect(message!.html).toContain("Speculative decoding");

    const unsubscribe = /^<https:\/\/paperboy\.example\/unsubscribe\/([^>]+)>$/.exec(
      message!.headers["list-unsubscribe"]!,
    );
    expect(unsubscribe).not.toBeNull();
    expect(verifyUnsubscribeToken(digestSite().unsubscribeKey, unsubscribe![1]!)).toEqual({
      userId: reader.id,
      list: "digest",
    });
    expect(message!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(message!.headers["list-id"]).toBe("Paperboy digest <digest.paperboy.example>");
    const [digest] = await digestRows(reader.id);
    expect(digest).toMatchObject({ status: "sent", attempts: 1, subject: message!.subject });
    expect(message!.html).toContain(`https://paperboy.example/digests/${digest!.id}`);

    expect(await run()).toMatchObject({ due: 0, enqueued: 0, sent: 0 });
    expect(inbox(reader.email!)).toHaveLength(1);
  });

  it("never sends a paper twice: tomorrow's digest holds the next papers, then trending ones", async () => {
    const reader = await createReader(db, { follows: ["speculative-decoding"], size: 5 });
    const topicPapers = await db.paperTopic.count({ where: { topic: { slug: "speculative-decoding" } } });
    expect(topicPapers).toBeGreaterThan(0);
    expect(topicPapers).toBeLessThan(10);

    const sentBefore = new Set<string>();
    for (let day = 0; day < 3; day++) {
      // Yesterday's digest: move the last one back a day so that today's is due again.
      await db.$executeRaw`UPDATE digests SET local_date = local_date - 1 WHERE user_id = ${reader.id}`;
      await run();
      const ids = await sentPaperIds(reader.id);
      const today = ids.filter((id) => !sentBefore.has(id));
      expect(today).toHaveLength(5);
      for (const id of ids) sentBefore.add(id);
    }
    expect(inbox(reader.email!)).toHaveLength(3);
    // After the topic's few papers ran out, the rest were trending, and said so.
    const last = inbox(reader.email!)[2]!;
    expect(last.text).toContain("Trending");
    expect(new Set(await sentPaperIds(reader.id)).size).toBe(15);
  });

  it("gives a reader who follows nothing the trending list, and one with nothing left no email", async () => {
    const follower = await createReader(db, { size: 5 });
    const nothingLeft = await createReader(db, { size: 5 });
    const papers = await db.paper.findMany({ select: { id: true } });
    await db.hiddenPaper.createMany({ data: papers.map((p) => ({ userId: nothingLeft.id, paperId: p.id })) });
    const trending = await db.paper.findMany({ orderBy: [{ hotScore: "desc" }, { id: "asc" }], take: 5 });

    const summary = await run();
    expect(summary).toMatchObject({ sent: 1, skipped: 1 });
    expect(await sentPaperIds(follower.id)).toEqual(trending.map((p) => p.id));
    expect(inbox(nothingLeft.email!)).toHaveLength(0);
    expect(await digestRows(nothingLeft.id)).toMatchObject([{ status: "skipped", error: "Nothing new to send." }]);
  });

  it("retries a temporary refusal (451) and delivers once; a permanent one (550) suppresses only that address", async () => {
    const busy = await createReader(db, { email: readerEmail("busy+tempfail"), size: 5 });
    const gone = await createReader(db, { email: readerEmail("gone+bounce"), size: 5 });
    const fine = await createReader(db, { size: 5 });

    const summary = await run();
    expect(summary).toMatchObject({ enqueued: 3, sent: 2, failed: 1, left: 0 });
    expect(inbox(busy.email!)).toHaveLength(1);
    expect(inbox(fine.email!)).toHaveLength(1);
    expect(inbox(gone.email!)).toHaveLength(0);
    expect(await digestRows(busy.id)).toMatchObject([{ status: "sent", attempts: 2 }]);
    const [bounced] = await digestRows(gone.id);
    expect(bounced).toMatchObject({ status: "failed", attempts: 1 });
    expect(bounced!.error).toContain("550");
    expect(await sentPaperIds(gone.id)).toEqual([]); // never delivered: those papers can come later
    const user = await db.user.findUniqueOrThrow({ where: { id: gone.id } });
    expect(user.digestSuppressedAt).not.toBeNull();
    expect(user.digestSuppressedReason).toContain("No such mailbox");

    // Suppressed: not due again, even on a later day.
    await db.$executeRaw`UPDATE digests SET local_date = local_date - 1 WHERE user_id = ${gone.id}`;
    expect(await run()).toMatchObject({ due: 0 });
  });

  it("sends nothing to a reader who turned the digest off after it was queued", async () => {
    const reader = await createReader(db, { size: 5 });
    const { enqueueDueDigests } = await import("@/lib/digest/schedule");
    await enqueueDueDigests(queue, { jobOptions });
    await db.user.update({ where: { id: reader.id }, data: { digestEnabled: false } });
    await run();
    expect(inbox(reader.email!)).toHaveLength(0);
    expect(await digestRows(reader.id)).toMatchObject([{ status: "skipped" }]);
  });

  it("sends each reader exactly one digest when two runs on two connections start at once", async () => {
    const readers = await Promise.all(Array.from({ length: 12 }, () => createReader(db, { size: 5 })));
    const other = await openJobQueue(process.env.DATABASE_URL!);
    try {
      const [a, b] = await Promise.all([run(), runDigests(other, { jobOptions })]);
      expect(a.enqueued + b.enqueued).toBe(12);
      expect(a.sent + b.sent).toBe(12);
    } finally {
      await other.close();
    }
    for (const reader of readers) expect(inbox(reader.email!)).toHaveLength(1);
  });
});
