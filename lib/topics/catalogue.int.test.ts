import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CURATED_TOPICS } from "@/lib/topics/catalogue";
import { syncCuratedTopics } from "@/lib/topics/sync";
import { seed } from "@/prisma/seed";

beforeAll(() => seed(db));
afterAll(() => db.$disconnect());

describe("the curated catalogue", () => {
  it("has about 25 topics with unique slugs, a description and a query each", () => {
    expect(CURATED_TOPICS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CURATED_TOPICS.map((t) => t.slug)).size).toBe(CURATED_TOPICS.length);
    for (const topic of CURATED_TOPICS) {
      expect(topic.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(topic.description.length).toBeGreaterThan(10);
      expect(topic.query.length).toBeGreaterThan(2);
    }
  });

  it("puts every sample paper in at least one topic", async () => {
    const orphans = await db.paper.findMany({ where: { topics: { none: {} } }, select: { title: true } });
    expect(orphans.map((p) => p.title)).toEqual([]);
  });

  it("gives every topic at least one sample paper, and no topic most of them", async () => {
    const topics = await db.topic.findMany({ select: { slug: true, _count: { select: { papers: true } } } });
    const counts = Object.fromEntries(topics.map((t) => [t.slug, t._count.papers]));
    for (const topic of CURATED_TOPICS) {
      expect(counts[topic.slug], topic.slug).toBeGreaterThan(0);
      expect(counts[topic.slug], topic.slug).toBeLessThan(30);
    }
  });

  it("syncs idempotently", async () => {
    expect(await syncCuratedTopics(db)).toEqual({ created: 0, updated: 0, unchanged: CURATED_TOPICS.length });
  });

  it("re-matches a topic whose query changed", async () => {
    const edited = CURATED_TOPICS.map((t) =>
      t.slug === "speech" ? { ...t, query: '"gradient low-rank projection"' } : t,
    );
    expect(await syncCuratedTopics(db, edited)).toMatchObject({ updated: 1 });
    const speech = await db.topic.findUniqueOrThrow({
      where: { slug: "speech" },
      select: { papers: { select: { paper: { select: { title: true } } } } },
    });
    expect(speech.papers.map((p) => p.paper.title)).toEqual([
      "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection",
    ]);
    await syncCuratedTopics(db);
  });
});
