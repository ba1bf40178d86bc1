import { describe, expect, it } from "vitest";
import { parseArxivAtom } from "@/lib/ingest/arxiv-atom";
import { syntheticAtom } from "./generate-atom";

const xml = [...syntheticAtom(600, 3)].join("");
const feed = parseArxivAtom(xml);

describe("the synthetic arXiv feed", () => {
  it("is the same for the same seed and different for another", () => {
    expect([...syntheticAtom(600, 3)].join("")).toBe(xml);
    expect([...syntheticAtom(600, 4)].join("")).not.toBe(xml);
  });

  it("parses as an arXiv API response whose every entry is a valid paper", () => {
    expect(feed.issues).toEqual([]);
    expect(feed.papers).toHaveLength(600);
    expect(feed.total).toEqual({ totalResults: 600, startIndex: 0, itemsPerPage: 600 });
    expect(new Set(feed.papers.map((paper) => paper.arxivId)).size).toBe(600);
  });

  it("looks like arXiv: wrapped titles, ~1,000-character abstracts, 1–8 authors, v1–v3 in 9901/9902", () => {
    expect(xml).toMatch(/<title>[^<]+\n {2}[^<]+<\/title>/);
    for (const paper of feed.papers) {
      expect(paper.arxivId).toMatch(/^990[12]\.\d{5}$/);
      expect(paper.version).toBeGreaterThanOrEqual(1);
      expect(paper.version).toBeLessThanOrEqual(3);
      expect(paper.abstract.length).toBeGreaterThan(900);
      expect(paper.abstract.length).toBeLessThan(1300);
      expect(paper.authors.length).toBeGreaterThanOrEqual(1);
      expect(paper.authors.length).toBeLessThanOrEqual(8);
    }
    const versions = new Set(feed.papers.map((paper) => paper.version));
    expect([...versions].sort()).toEqual([1, 2, 3]);
  });
});
