import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFeed } from "@/lib/data/feed";
import { db } from "@/lib/db";
import { newPaperId } from "@/lib/papers/paper-id";
import { readSample } from "@/lib/papers/sample";
import { PAPERS_PER_PAGE } from "@/lib/validations/pagination";
import { seed } from "@/prisma/seed";

beforeAll(() => seed(db));
afterAll(() => db.$disconnect());

const feed = (options: Partial<Parameters<typeof listFeed>[0]> = {}) =>
  listFeed({ view: "trending", period: "week", page: 1, userId: null, ...options });
const countedRows = async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM papers`)[0]!.n;
const storedCount = async () => (await db.paperStats.findUniqueOrThrow({ where: { id: true } })).papers;

describe("listFeed", () => {
  it("pages through every paper once, the sample in its trending order, with the total", async () => {
    const sample = await readSample();
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await feed({ page }));
    expect(pages[0]).toMatchObject({ total: 50, pageCount: Math.ceil(50 / PAPERS_PER_PAGE) });
    const titles = pages.flatMap((p) => p.papers.map((paper) => paper.title));
    expect(titles).toEqual([...sample].sort((a, b) => a.rank - b.rank).map((p) => p.title));
    expect((await feed({ page: 99 })).papers).toEqual([]);
  });

  it("New puts papers with a publication date first, newest first", async () => {
    const [older, newer] = [newPaperId(), newPaperId()];
    await db.paper.createMany({
      data: [
        { id: older, title: "Older", abstract: "x", publishedAt: new Date("2024-01-01") },
        { id: newer, title: "Newer", abstract: "x", publishedAt: new Date("2025-01-01") },
      ],
    });
    const { papers } = await feed({ view: "new" });
    expect(papers.slice(0, 2).map((p) => p.title)).toEqual(["Newer", "Older"]);
    await db.paper.deleteMany({ where: { id: { in: [older, newer] } } });
  });

  it("counts a topic's papers and a period's papers exactly", async () => {
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "speculative-decoding" } });
    const inTopic = await db.paperTopic.count({ where: { topicId: topic.id } });
    expect(inTopic).toBeGreaterThan(0);
    expect((await feed({ topicId: topic.id })).total).toBe(inTopic);
    expect((await feed({ view: "top", period: "day" })).total).toBe(50); // the sample was added just now
  });
});

describe("the unfiltered total (paper_stats, kept by triggers)", () => {
  it("follows inserts, skipped duplicates, deletes and concurrent writers exactly", async () => {
    expect(await storedCount()).toBe(await countedRows());
    const ids = Array.from({ length: 40 }, () => newPaperId());
    // Ten writers at once, four papers each, in their own transactions.
    await Promise.all(
      Array.from({ length: 10 }, (_, w) =>
        db.paper.createMany({
          data: ids.slice(w * 4, w * 4 + 4).map((id) => ({ id, title: `Counted ${id}`, abstract: "x" })),
        }),
      ),
    );
    // An insert that conflicts adds nothing (the ingest's upsert is INSERT … ON CONFLICT DO NOTHING).
    await db.$executeRaw`INSERT INTO papers (id, title, abstract, updated_at)
      VALUES (${ids[0]}, 'Again', 'x', now()) ON CONFLICT DO NOTHING`;
    expect(await storedCount()).toBe(90);
    expect((await feed()).total).toBe(90);

    await db.paper.deleteMany({ where: { id: { in: ids.slice(0, 15) } } });
    expect(await storedCount()).toBe(75);
    expect(await storedCount()).toBe(await countedRows());
    await db.paper.deleteMany({ where: { id: { in: ids } } });
    expect(await storedCount()).toBe(50);
  });

  it("leaves out the papers a person marked Not interested, for that person only", async () => {
    const reader = await db.user.create({ data: { email: "hider@example.com" } });
    const [first, second] = (await feed()).papers;
    await db.hiddenPaper.createMany({
      data: [first!, second!].map((paper) => ({ userId: reader.id, paperId: paper.id })),
    });
    const theirs = await feed({ userId: reader.id });
    expect(theirs.total).toBe(48);
    expect(theirs.papers.map((p) => p.id)).not.toContain(first!.id);
    expect((await feed()).total).toBe(50);
    await db.user.delete({ where: { id: reader.id } });
  });

  it("is zero after TRUNCATE", async () => {
    await db.$executeRawUnsafe("TRUNCATE papers CASCADE");
    expect(await storedCount()).toBe(0);
    expect((await feed()).total).toBe(0);
    await seed(db);
    expect((await feed()).total).toBe(50);
  });
});
