import { describe, expect, it } from "vitest";
import { paperIdSchema } from "@/lib/papers/paper-id";
import { CORPUS_DAYS, startOfUtcDay, syntheticPaper } from "./corpus-papers";
import { prng } from "./random";

const anchor = startOfUtcDay(Date.UTC(2026, 10, 29, 15));
const papers = (seed: number) => {
  const random = prng(seed);
  return Array.from({ length: 500 }, (_, i) => syntheticPaper(random, i, seed, anchor));
};

describe("the corpus papers", () => {
  it("are the same for the same seed, with valid, distinct public ids and arXiv ids", () => {
    expect(papers(3)).toEqual(papers(3));
    expect(papers(4)[0]!.title).not.toBe(papers(3)[0]!.title);
    for (const paper of papers(3)) expect(paperIdSchema.safeParse(paper.id).success).toBe(true);
    expect(new Set(papers(3).map((p) => p.id)).size).toBe(500);
    expect(new Set(papers(3).map((p) => p.arxivId)).size).toBe(500);
  });

  it("have plain-text ~1,000-character abstracts and dates within the last 120 days", () => {
    for (const paper of papers(3)) {
      expect(paper.abstract.length).toBeGreaterThan(900);
      expect(paper.abstract).not.toMatch(/&(amp|lt|gt);/);
      expect(paper.publishedAt).toBeLessThanOrEqual(anchor);
      expect(paper.publishedAt).toBeGreaterThan(anchor - CORPUS_DAYS * 86_400_000);
      expect(paper.createdAt).toBeGreaterThan(paper.publishedAt);
    }
  });
});
