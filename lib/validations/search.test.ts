import { describe, expect, it } from "vitest";
import { SEARCH_MAX_LENGTH, parseSearchParams, searchQuerySchema } from "@/lib/validations/search";

describe("searchQuerySchema", () => {
  it("trims and collapses whitespace", () => {
    expect(searchQuerySchema.parse("  low   rank\n\tadaptation ")).toBe("low rank adaptation");
  });

  it("turns control characters, including NUL, into spaces", () => {
    expect(searchQuerySchema.parse("kv\u0000cache\u0001\u0002")).toBe("kv cache");
  });

  it("accepts 300 characters and refuses 301 with a readable message", () => {
    expect(searchQuerySchema.safeParse("a".repeat(SEARCH_MAX_LENGTH)).success).toBe(true);
    const result = searchQuerySchema.safeParse("a".repeat(SEARCH_MAX_LENGTH + 1));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Searches can be at most 300 characters long.");
  });

  it("counts the length after tidying, so padding does not count against it", () => {
    expect(searchQuerySchema.safeParse(`   ${"a".repeat(SEARCH_MAX_LENGTH)}   `).success).toBe(true);
  });
});

describe("parseSearchParams", () => {
  it("is empty without a query, or with only whitespace", () => {
    for (const q of [undefined, "", "   ", [], ["  "]]) expect(parseSearchParams({ q })).toEqual({ kind: "empty" });
  });

  it("reads the query and the page, defaulting to page 1", () => {
    expect(parseSearchParams({ q: "quantization" })).toEqual({ kind: "search", q: "quantization", page: 1 });
    expect(parseSearchParams({ q: ["kv cache", "x"], page: "3" })).toEqual({ kind: "search", q: "kv cache", page: 3 });
    expect(parseSearchParams({ q: "x", page: "-2" })).toEqual({ kind: "search", q: "x", page: 1 });
  });

  it("reports a query that is too long instead of searching for it", () => {
    const q = "b".repeat(SEARCH_MAX_LENGTH + 1);
    expect(parseSearchParams({ q })).toEqual({
      kind: "invalid",
      q,
      error: "Searches can be at most 300 characters long.",
    });
  });

  it("passes query syntax through untouched: the database treats it as plain words", () => {
    for (const q of ["'; drop table papers; --", "&|!():*", "a:*", '"kv cache" -quantization'])
      expect(parseSearchParams({ q })).toMatchObject({ kind: "search", q });
  });
});
