import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPaper, getPaperTopics, similarPapers } from "@/lib/data/papers";
import { createPrismaClient } from "@/lib/database/client";
import { newPaperId } from "@/lib/papers/paper-id";
import { readSample } from "@/lib/papers/sample";
import { seed } from "@/prisma/seed";

const db = createPrismaClient(process.env.DATABASE_URL!);
beforeAll(() => seed(db));
afterAll(() => db.$disconnect());

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

describe("getPaper, for a paper with arXiv metadata", () => {
  it("pairs authors with their affiliations and puts the primary category first", async () => {
    const id = newPaperId();
    await db.paper.create({
      data: {
        id,
        title: "Metadata paper",
        abstract: "x",
        authors: ["Ada Lovelace", "Alan Turing", "Grace Hopper"],
        authorAffiliations: [["Analytical Engines Ltd"], [], ["Yale", "US Navy"]],
        primaryCategory: "cs.LG",
        categories: ["cs.CL", "cs.LG", "stat.ML"],
        doi: "10.1000/xyz123",
      },
    });
    expect(await getPaper(id)).toMatchObject({
      authors: [
        { name: "Ada Lovelace", affiliations: ["Analytical Engines Ltd"] },
        { name: "Alan Turing", affiliations: [] },
        { name: "Grace Hopper", affiliations: ["Yale", "US Navy"] },
      ],
      categories: ["cs.LG", "cs.CL", "stat.ML"],
      doi: "10.1000/xyz123",
    });
    await db.paper.delete({ where: { id } });
  });

  it("shows no affiliations when the JSON is not the expected shape", async () => {
    const id = newPaperId();
    await db.paper.create({
      data: { id, title: "Odd JSON", abstract: "x", authors: ["A", "B"], authorAffiliations: { a: 1 } },
    });
    expect((await getPaper(id))?.authors).toEqual([
      { name: "A", affiliations: [] },
      { name: "B", affiliations: [] },
    ]);
    await db.paper.delete({ where: { id } });
  });
});

describe("similarPapers", () => {
  it("finds sample papers that share title words, best first, never the paper itself", async () => {
    const sample = await readSample();
    const galore = sample.find((p) => p.title.startsWith("GaLore:"))!;
    const similar = await similarPapers(galore.id, 5);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(5);
    expect(similar.map((p) => p.id)).not.toContain(galore.id);
    // COAP shares "memory-efficient", "training", "gradient" and "projection" with GaLore's title.
    expect(similar[0]?.title).toBe("COAP: Memory-Efficient Training with Correlation-Aware Gradient Projection");
    expect(similar[0]).toMatchObject({ createdAt: expect.any(Date), publishedAt: null });
  });

  it("honours the limit", async () => {
    const [first] = await readSample();
    expect(await similarPapers(first!.id, 2)).toHaveLength(2);
  });

  it("copes with titles full of query syntax, or without any words that count", async () => {
    const weird = newPaperId();
    const empty = newPaperId();
    await db.paper.createMany({
      data: [
        { id: weird, title: String.raw`O'Brien's \\ back\slash 'memory' a|b & !c <-> (d) e:* training`, abstract: "x" },
        { id: empty, title: "The of and", abstract: "x" },
      ],
    });
    const similar = await similarPapers(weird, 5);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.map((p) => p.id)).not.toContain(weird);
    expect(await similarPapers(empty, 5)).toEqual([]);
    await db.paper.deleteMany({ where: { id: { in: [weird, empty] } } });
  });

  it("returns nothing for unknown or malformed ids", async () => {
    expect(await similarPapers("zzzzzzzzzzzz")).toEqual([]);
    expect(await similarPapers("'; drop table papers; --")).toEqual([]);
  });

  it("once PostgreSQL has statistics, needs two of the title's four rarest words", async () => {
    // 300 papers that all say "common model": those words are in every other paper, so sharing them is
    // not similarity, and ranking every paper that has them is what made this query slow.
    const filler = Array.from({ length: 300 }, (_, i) => ({
      id: newPaperId(),
      title: `Common model study ${i}`,
      abstract: "A common model.",
    }));
    const [target, twoRare, onlyCommon] = [newPaperId(), newPaperId(), newPaperId()];
    await db.paper.createMany({
      data: [
        ...filler,
        { id: target, title: "Quokka zebrafish wombat platypus common model", abstract: "x" },
        { id: twoRare, title: "Zebrafish and quokka habitats", abstract: "x" },
        { id: onlyCommon, title: "Yet another common model", abstract: "x" },
      ],
    });
    try {
      await db.$executeRawUnsafe("ANALYZE papers");
      const similar = (await similarPapers(target, 20)).map((p) => p.id);
      expect(similar).toEqual([twoRare]);
      // The sample still finds its neighbours with statistics in place.
      const galore = (await readSample()).find((p) => p.title.startsWith("GaLore:"))!;
      expect((await similarPapers(galore.id, 5))[0]?.title).toBe(
        "COAP: Memory-Efficient Training with Correlation-Aware Gradient Projection",
      );
    } finally {
      const ids = [...filler.map((f) => f.id), target, twoRare, onlyCommon];
      await db.paper.deleteMany({ where: { id: { in: ids } } });
      await db.$executeRawUnsafe("ANALYZE papers");
    }
  });
});

describe("getPaperTopics", () => {
  it("lists the curated topics linked to the paper, not private ones or other papers' topics", async () => {
    const [paper, other] = [newPaperId(), newPaperId()];
    await db.paper.createMany({
      data: [
        { id: paper, title: "Topics paper", abstract: "x" },
        { id: other, title: "Other paper", abstract: "x" },
      ],
    });
    const user = await db.user.create({ data: { email: "topics-owner@example.com" } });
    const [quantization, attention, mine] = await Promise.all([
      db.topic.create({ data: { slug: "test-quantization", name: "Quantization (test)", query: "quantization" } }),
      db.topic.create({ data: { slug: "test-attention", name: "Attention (test)", query: "attention" } }),
      db.topic.create({ data: { slug: "test-mine", name: "Mine", query: "memory", ownerId: user.id } }),
    ]);
    await db.paperTopic.createMany({
      data: [
        { paperId: paper, topicId: quantization.id },
        { paperId: paper, topicId: attention.id },
        { paperId: paper, topicId: mine.id },
        { paperId: other, topicId: quantization.id },
      ],
    });
    expect(await getPaperTopics(paper)).toEqual([
      { slug: "test-attention", name: "Attention (test)" },
      { slug: "test-quantization", name: "Quantization (test)" },
    ]);
    expect(await getPaperTopics(other)).toEqual([{ slug: "test-quantization", name: "Quantization (test)" }]);
    expect(await getPaperTopics("not-an-id")).toEqual([]);
    await db.user.delete({ where: { id: user.id } });
    await db.topic.deleteMany({ where: { id: { in: [quantization.id, attention.id] } } });
    await db.paper.deleteMany({ where: { id: { in: [paper, other] } } });
  });
});
