import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sitemapContent } from "@/lib/data/sitemap";
import { createPrismaClient } from "@/lib/database/client";
import { newPaperId } from "@/lib/papers/paper-id";
import { seed } from "@/prisma/seed";

const db = createPrismaClient(process.env.DATABASE_URL!);
beforeAll(() => seed(db));
afterAll(() => db.$disconnect());

describe("sitemapContent", () => {
  it("lists curated topics but never a reader's own", async () => {
    const owner = await db.user.create({ data: { email: `sitemap-${newPaperId()}@example.com` } });
    const own = await db.topic.create({
      data: { slug: `own-${newPaperId()}`, name: "Mine", query: "mine", ownerId: owner.id },
    });
    const curated = await db.topic.findMany({ where: { ownerId: null }, select: { slug: true } });
    const { topics } = await sitemapContent();
    expect(curated.length).toBeGreaterThan(0);
    expect(topics.map((topic) => topic.slug)).toEqual(expect.arrayContaining(curated.map((topic) => topic.slug)));
    expect(topics.map((topic) => topic.slug)).not.toContain(own.slug);
  });

  it("lists the newest papers first, as many as asked", async () => {
    const newest = newPaperId();
    const future = new Date(Date.now() + 86_400_000);
    await db.paper.create({ data: { id: newest, title: "Tomorrow's paper", abstract: "x", publishedAt: future } });
    const { papers } = await sitemapContent(3);
    expect(papers).toHaveLength(3);
    expect(papers[0]!.id).toBe(newest);
  });
});
