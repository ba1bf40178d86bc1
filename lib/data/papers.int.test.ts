import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { PAPERS_PER_PAGE, getPaper, listPapers } from "@/lib/data/papers";
import { readSample } from "@/lib/papers/sample";
import { seed } from "@/prisma/seed";

const db = createPrismaClient(process.env.DATABASE_URL!);
beforeAll(() => seed(db));
afterAll(() => db.$disconnect());

describe("listPapers", () => {
  it("pages through every paper once, newest first, the sample in its trending order", async () => {
    const sample = await readSample();
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await listPapers(page));
    expect(pages[0]).toMatchObject({ total: 50, pageCount: Math.ceil(50 / PAPERS_PER_PAGE) });
    const titles = pages.flatMap((p) => p.papers.map((paper) => paper.title));
    expect(titles).toEqual([...sample].sort((a, b) => a.rank - b.rank).map((p) => p.title));
  });

  it("puts papers with a publication date first, newest first", async () => {
    await db.paper.createMany({
      data: [
        { id: "0000000000a1", title: "Older", abstract: "x", publishedAt: new Date("2024-01-01") },
        { id: "0000000000a2", title: "Newer", abstract: "x", publishedAt: new Date("2025-01-01") },
      ],
    });
    const { papers } = await listPapers(1);
    expect(papers.slice(0, 2).map((p) => p.title)).toEqual(["Newer", "Older"]);
    await db.paper.deleteMany({ where: { id: { in: ["0000000000a1", "0000000000a2"] } } });
  });

  it("returns an empty page past the end", async () => {
    const { papers, pageCount } = await listPapers(99);
    expect(papers).toEqual([]);
    expect(pageCount).toBe(3);
  });
});

describe("getPaper", () => {
  it("finds a paper by its public id", async () => {
    const [first] = await readSample();
    expect(await getPaper(first!.id)).toMatchObject({ id: first!.id, title: first!.title, abstract: first!.abstract });
  });

  it("returns null for unknown and malformed ids without querying for them", async () => {
    expect(await getPaper("zzzzzzzzzzzz")).toBeNull();
    expect(await getPaper("../../etc/passwd")).toBeNull();
    expect(await getPaper("")).toBeNull();
  });
});
