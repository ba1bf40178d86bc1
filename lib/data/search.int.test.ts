import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, MATCH_CAP, searchPapers } from "@/lib/data/search";
import { db } from "@/lib/db";
import { newPaperId } from "@/lib/papers/paper-id";
import { SEARCH_RESULTS_PER_PAGE } from "@/lib/validations/pagination";
import { seed } from "@/prisma/seed";

const created: string[] = [];

async function addPaper(data: { title: string; abstract: string; publishedAt?: Date }) {
  const paper = await db.paper.create({ data: { id: newPaperId(), ...data }, select: { id: true } });
  created.push(paper.id);
  return paper.id;
}

beforeAll(() => seed(db));
afterAll(() => db.paper.deleteMany({ where: { id: { in: created } } }));

describe("searchPapers", () => {
  it("ranks a title hit above an abstract-only hit, even a newer one", async () => {
    const inTitle = await addPaper({
      title: "Zygomorphic attention for sparse transformers",
      abstract: "We study how heads specialise during pre-training.",
      publishedAt: new Date("2024-01-01"),
    });
    const inAbstract = await addPaper({
      title: "A study of flowering plants",
      abstract: "Many flowers are zygomorphic: they have one plane of symmetry.",
      publishedAt: new Date("2025-01-01"),
    });
    const { results, total } = await searchPapers("zygomorphic", 1);
    expect(total).toBe(2);
    expect(results.map((r) => r.id)).toEqual([inTitle, inAbstract]);
  });

  it("marks the matched words in the title and the snippet", async () => {
    const { results } = await searchPapers("zygomorphic", 1);
    expect(results[0]!.title).toBe(`${S}Zygomorphic${E} attention for sparse transformers`);
    expect(results[1]!.title).toBe("A study of flowering plants");
    expect(results[1]!.snippet).toContain(`${S}zygomorphic${E}`);
    expect(results[0]).toMatchObject({ publishedAt: new Date("2024-01-01"), createdAt: expect.any(Date) });
  });

  it("matches stems, phrases, `or` and exclusions (web-search syntax)", async () => {
    const galore = await searchPapers("galore", 1);
    expect(galore.results.map((r) => r.title.replaceAll(S, "").replaceAll(E, ""))).toContain(
      "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection",
    );
    const words = await searchPapers("gradient projection", 1);
    const phrase = await searchPapers('"gradient projection"', 1);
    expect(phrase.total).toBeLessThan(words.total);
    expect(phrase.results[0]?.title).toContain(`${S}Gradient${E} ${S}Projection${E}`);
    const excluded = await searchPapers("gradient projection -coap", 1);
    expect(excluded.total).toBe(words.total - 1);
    expect(excluded.results.some((r) => r.title.includes("COAP"))).toBe(false);
    const either = await searchPapers("zygomorphic or galore", 1);
    expect(either.total).toBe(2 + galore.total);
  });

  it("pages through equal-rank results newest first, with the total on every page", async () => {
    for (let day = 1; day <= 25; day++)
      await addPaper({ title: `Quokka study ${day}`, abstract: "x", publishedAt: new Date(Date.UTC(2024, 0, day)) });
    const first = await searchPapers("quokka", 1);
    const second = await searchPapers("quokka", 2);
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2 });
    expect(second).toMatchObject({ total: 25, page: 2, pageCount: 2 });
    expect(first.results).toHaveLength(SEARCH_RESULTS_PER_PAGE);
    expect(second.results).toHaveLength(5);
    const days = [...first.results, ...second.results].map((r) => r.publishedAt!.getUTCDate());
    expect(days).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));
  });

  it("still reports the total past the last page", async () => {
    expect(await searchPapers("quokka", 9)).toMatchObject({ results: [], total: 25, pageCount: 2 });
  });

  it("finds nothing, without an error, for stop words, punctuation and unknown words", async () => {
    for (const q of ["the", "the of and", "&|!():*", "!!!", "", "xylophonic", "-"])
      expect(await searchPapers(q, 1), q).toMatchObject({ results: [], total: 0, pageCount: 1 });
  });

  it("treats SQL and tsquery syntax as plain words", async () => {
    const inputs = [
      "'; drop table papers; --",
      "a:*",
      "memory:* & !training",
      "') OR 1=1 --",
      "\\",
      "<->",
      '"unbalanced',
      "À la recherche du sens perdu",
      "memory ".repeat(43).slice(0, 300),
    ];
    for (const q of inputs) {
      const { results, total } = await searchPapers(q, 1);
      expect(total, q).toBeGreaterThanOrEqual(results.length);
    }
    expect((await searchPapers("À la recherche du sens perdu", 1)).total).toBe(1);
    expect(await db.paper.count()).toBe(50 + created.length);
  });

  it("ranks only the newest matches of a broad search, says there are more, and stops paging there", async () => {
    // The best-ranked wombat paper is the oldest: past the cap, it is not among the candidates.
    const oldest = await addPaper({
      title: "Wombat wombat wombat",
      abstract: "Wombat wombat wombat wombat.",
      publishedAt: new Date("2001-01-01"),
    });
    const papers = Array.from({ length: MATCH_CAP + 4 }, (_, i) => ({
      id: newPaperId(),
      title: `Burrow study ${i}`,
      abstract: "A wombat digs.",
      publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
    }));
    await db.paper.createMany({ data: papers });
    created.push(...papers.map((p) => p.id));

    const first = await searchPapers("wombat", 1);
    expect(first).toMatchObject({ total: MATCH_CAP, more: true, pageCount: MATCH_CAP / SEARCH_RESULTS_PER_PAGE });
    expect(first.results).toHaveLength(SEARCH_RESULTS_PER_PAGE);
    expect(first.results.map((r) => r.id)).not.toContain(oldest);
    // Equal ranks: newest first, so the first result is the newest paper.
    expect(first.results[0]!.id).toBe(papers.at(-1)!.id);

    const last = await searchPapers("wombat", first.pageCount);
    expect(last.results).toHaveLength(SEARCH_RESULTS_PER_PAGE);
    for (const page of [first.pageCount + 1, 100_000]) {
      expect(await searchPapers("wombat", page)).toMatchObject({ results: [], total: MATCH_CAP, more: true });
    }
    // A narrow search is still counted exactly.
    expect(await searchPapers("wombat -digs", 1)).toMatchObject({ total: 1, more: false });
  });
});
