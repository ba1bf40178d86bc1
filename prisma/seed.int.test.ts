import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { readSample } from "@/lib/papers/sample";
import { seed } from "@/prisma/seed";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("seed", () => {
  it("loads all 50 sample papers exactly once, however often it runs", async () => {
    const first = await seed(db);
    const second = await seed(db);
    expect(first).toEqual({ added: 50, total: 50 });
    expect(second).toEqual({ added: 0, total: 50 });

    const papers = await db.paper.findMany({ select: { title: true, abstract: true, arxivId: true, authors: true } });
    expect(papers).toHaveLength(50);
    const sample = await readSample();
    expect(new Set(papers.map((p) => p.title))).toEqual(new Set(sample.map((p) => p.title)));
    // The sample carries no arXiv ids or authors, and we invent none.
    expect(papers.every((p) => p.arxivId === null && p.authors.length === 0)).toBe(true);
  });

  it("changes nothing on a second run", async () => {
    await seed(db);
    const before = await db.paper.findMany({ orderBy: { id: "asc" } });
    await seed(db);
    expect(await db.paper.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
