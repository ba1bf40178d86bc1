import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardDetailsSql, withCardDetails } from "@/lib/data/cards";
import { listFeedCards } from "@/lib/data/feed";
import { forYouPage } from "@/lib/data/for-you";
import { searchPapers } from "@/lib/data/search";
import { db } from "@/lib/db";
import { newPaperId } from "@/lib/papers/paper-id";

const authors = Array.from({ length: 2000 }, (_, i) => `Author ${i + 1}`);
const many = { id: newPaperId(), arxivId: "2501.01234" };
const bare = { id: newPaperId() };
let reader: string;
let privateSlug: string;

beforeAll(async () => {
  reader = (await db.user.create({ data: { email: "cards@example.com" } })).id;
  await db.paper.create({
    data: {
      ...many,
      title: "Cards with two thousand authors (quagga)",
      abstract: "Quagga.",
      authors,
      githubRepo: "https://github.com/example/quagga",
      hfUpvotes: 3,
      publishedAt: new Date(),
    },
  });
  await db.paper.create({ data: { ...bare, title: "A paper with nothing but a title (quagga)", abstract: "Quagga." } });
  // Five curated topics (four make chips past the cap) and a reader's own topic, all matching `many`.
  const topics = await Promise.all(
    ["Zeta", "Alpha", "Mu", "Beta", "Omega"].map((name) =>
      db.topic.create({ data: { slug: `cards-${name.toLowerCase()}`, name: `Cards ${name}`, query: "quagga" } }),
    ),
  );
  const own = await db.topic.create({
    data: { slug: "cards-mine", name: "Cards AAA mine", query: "quagga", ownerId: reader },
  });
  privateSlug = own.slug;
  await db.paperTopic.createMany({
    data: [...topics, own].map((topic) => ({ topicId: topic.id, paperId: many.id })),
  });
  await db.topicFollow.create({ data: { userId: reader, topicId: own.id } });
});
afterAll(() => db.$disconnect());

describe("withCardDetails", () => {
  it("reads the first three authors and the count, never the whole list", async () => {
    const [card] = await withCardDetails([many]);
    expect(card).toMatchObject({ authors: ["Author 1", "Author 2", "Author 3"], authorCount: 2000 });
    // The statement itself slices: the rows carry three names, whatever the caller does with them.
    const [row] = await db.$queryRaw<{ authors: string[] }[]>(cardDetailsSql([many.id]));
    expect(row?.authors).toHaveLength(3);
  });

  it("shows only curated topics, the first three by name, and counts them all", async () => {
    const [card] = await withCardDetails([many]);
    expect(card?.topics).toEqual([
      { slug: "cards-alpha", name: "Cards Alpha" },
      { slug: "cards-beta", name: "Cards Beta" },
      { slug: "cards-mu", name: "Cards Mu" },
    ]);
    expect(card?.topicCount).toBe(5);
    expect(JSON.stringify(card)).not.toContain(privateSlug);
  });

  it("links to arXiv, the PDF, the code and Hugging Face when the paper has them", async () => {
    const [full, none] = await withCardDetails([many, bare]);
    expect(full?.links).toEqual({
      abs: "https://arxiv.org/abs/2501.01234",
      pdf: "https://arxiv.org/pdf/2501.01234",
      code: "https://github.com/example/quagga",
      hf: "https://huggingface.co/papers/2501.01234",
    });
    expect(none).toMatchObject({ authors: [], authorCount: 0, topics: [], topicCount: 0 });
    expect(none?.links).toEqual({ abs: null, pdf: null, code: null, hf: null });
  });

  it("keeps the caller's order, in one statement for the whole page", async () => {
    const sent: string[] = [];
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const [config] = args as [string | { text?: string }];
      sent.push(typeof config === "string" ? config : (config.text ?? ""));
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      const cards = await withCardDetails([bare, many]);
      expect(cards.map((c) => c.id)).toEqual([bare.id, many.id]);
    } finally {
      pg.Client.prototype.query = query;
    }
    expect(sent.filter((text) => /\bpapers\b/.test(text))).toHaveLength(1);
  });
});

describe("every list's cards", () => {
  it("carry the same details: home, For you and search", async () => {
    const expected = { authorCount: 2000, topicCount: 5, links: expect.objectContaining({ hf: expect.any(String) }) };
    const feed = await listFeedCards({ view: "new", period: "week", page: 1, userId: null });
    expect(feed.papers.find((p) => p.id === many.id)).toMatchObject(expected);
    const forYou = await forYouPage(reader, 1);
    expect(forYou.papers.find((p) => p.id === many.id)).toMatchObject(expected);
    const search = await searchPapers("quagga", 1);
    expect(search.results.find((p) => p.id === many.id)).toMatchObject(expected);
  });
});
