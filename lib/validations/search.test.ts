import { describe, expect, it } from "vitest";
import { SEARCH_MAX_LENGTH, SEARCH_MAX_WORDS, parseSearchParams, searchQuerySchema } from "@/lib/validations/search";

const TOO_LONG = "Searches can be at most 300 characters long. Shorten your search.";
const CONTROL = "Searches can't contain control characters. Retype your search.";

describe("searchQuerySchema", () => {
  it("trims and collapses whitespace, line breaks and tabs included", () => {
    expect(searchQuerySchema.parse("  low   rank\n\tadaptation ")).toBe("low rank adaptation");
  });

  it("refuses NUL and other control characters with a readable message", () => {
    for (const q of ["kv\u0000cache", "kv cache\u0001", "\u007f", "a\u0085b"]) {
      const result = searchQuerySchema.safeParse(q);
      expect(result.error?.issues[0]?.message, JSON.stringify(q)).toBe(CONTROL);
    }
  });

  it("accepts 300 characters and refuses 301 with a readable message", () => {
    const words = (n: number) => Array.from({ length: n }, () => "a".repeat(Math.ceil(SEARCH_MAX_LENGTH / n)));
    expect(searchQuerySchema.safeParse("a".repeat(SEARCH_MAX_LENGTH)).success).toBe(true);
    expect(searchQuerySchema.safeParse(words(10).join(" ").slice(0, SEARCH_MAX_LENGTH)).success).toBe(true);
    const result = searchQuerySchema.safeParse("a".repeat(SEARCH_MAX_LENGTH + 1));
    expect(result.error?.issues[0]?.message).toBe(TOO_LONG);
  });

  it("counts the length after tidying, so padding does not count against it", () => {
    expect(searchQuerySchema.safeParse(`   ${"a".repeat(SEARCH_MAX_LENGTH)}   `).success).toBe(true);
  });

  it(`accepts ${SEARCH_MAX_WORDS} words and refuses more, however they are joined`, () => {
    const words = Array.from({ length: SEARCH_MAX_WORDS }, (_, i) => `w${i}`);
    expect(searchQuerySchema.safeParse(words.join(" ")).success).toBe(true);
    for (const q of [
      [...words, "x"].join(" "),
      [...words.slice(0, 9)].join(" or "), // `or` is a word too: 17
      [...words, "x"].join("-"),
      '"' + [...words, "x"].join(" ") + '"',
    ]) {
      expect(searchQuerySchema.safeParse(q).error?.issues[0]?.message, q).toMatch(/at most 16 words/);
    }
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

  it("reports a query that is too long or holds a NUL instead of searching for it", () => {
    const q = "b".repeat(10_000);
    expect(parseSearchParams({ q })).toEqual({ kind: "invalid", q, error: TOO_LONG });
    expect(parseSearchParams({ q: "kv\u0000" })).toEqual({ kind: "invalid", q: "kv\u0000", error: CONTROL });
  });

  it("passes query syntax through untouched: the database treats it as plain words", () => {
    for (const q of ["'; drop table papers; --", "&|!():*", "a:*", '"kv cache" -quantization'])
      expect(parseSearchParams({ q })).toMatchObject({ kind: "search", q });
  });
});
