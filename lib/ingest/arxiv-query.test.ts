import { describe, expect, it } from "vitest";
import { arxivQueryForDays, buildArxivQueryUrl } from "@/lib/ingest/arxiv-query";

describe("arxivQueryForDays", () => {
  it("covers whole UTC days up to and including today", () => {
    expect(arxivQueryForDays("cs.LG", 2, new Date("2026-11-27T15:00:00Z"))).toBe(
      "cat:cs.LG AND submittedDate:[202611260000 TO 202611272359]",
    );
    expect(arxivQueryForDays("hep-ex", 1, new Date("2026-11-27T00:00:00Z"))).toBe(
      "cat:hep-ex AND submittedDate:[202611270000 TO 202611272359]",
    );
  });

  it("crosses month and year ends and uses the UTC date, not the local one", () => {
    expect(arxivQueryForDays("math.GT", 3, new Date("2027-01-01T08:00:00Z"))).toBe(
      "cat:math.GT AND submittedDate:[202612300000 TO 202701012359]",
    );
    expect(arxivQueryForDays("cs.LG", 1, new Date("2026-11-27T23:30:00-05:00"))).toContain(
      "[202611280000 TO 202611282359]",
    );
  });

  it("refuses a category that would change the query, and silly day counts", () => {
    expect(() => arxivQueryForDays("cs.LG OR all:x", 1)).toThrow("Not an arXiv category");
    expect(() => arxivQueryForDays("cs.LG", 0)).toThrow(RangeError);
    expect(() => arxivQueryForDays("cs.LG", 1.5)).toThrow(RangeError);
  });
});

describe("buildArxivQueryUrl", () => {
  const searchQuery = "cat:cs.LG AND submittedDate:[202611260000 TO 202611272359]";

  it("encodes the query so that arXiv reads back exactly what was asked", () => {
    const url = buildArxivQueryUrl({ searchQuery, start: 2000, maxResults: 500 });
    expect(url.startsWith("https://export.arxiv.org/api/query?")).toBe(true);
    expect(url).not.toMatch(/[ [\]]/);
    expect(Object.fromEntries(new URL(url).searchParams)).toEqual({
      search_query: searchQuery,
      start: "2000",
      max_results: "500",
      sortBy: "submittedDate",
      sortOrder: "descending",
    });
  });

  it("never asks for more than 2000 results in one call", () => {
    const url = new URL(buildArxivQueryUrl({ searchQuery, start: 0, maxResults: 5000 }));
    expect(url.searchParams.get("max_results")).toBe("2000");
    expect(() => buildArxivQueryUrl({ searchQuery, start: -1, maxResults: 10 })).toThrow(RangeError);
  });
});
