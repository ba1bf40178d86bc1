import { describe, expect, it } from "vitest";
import {
  MAX_PAGE,
  MAX_PAGE_NUMBER,
  pageCountOf,
  pageNumberSchema,
  pageWindow,
  parsePage,
} from "@/lib/validations/pagination";

describe("parsePage", () => {
  it("reads a positive page number", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage(["2", "5"])).toBe(2);
  });

  it("falls back to page 1 for anything else", () => {
    for (const bad of [undefined, "", "0", "-1", "1.5", "abc", "1e9", "%00"])
      expect(parsePage(bad), String(bad)).toBe(1);
  });
});

describe("pageNumberSchema", () => {
  it("reads a page number from text", () => {
    expect(pageNumberSchema.parse("7")).toBe(7);
    expect(pageNumberSchema.parse(String(MAX_PAGE_NUMBER))).toBe(MAX_PAGE_NUMBER);
  });

  it("refuses anything else, for route handlers to answer 400", () => {
    for (const bad of ["", "0", "-1", "1.5", "abc", String(MAX_PAGE_NUMBER + 1)])
      expect(pageNumberSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe("pageWindow", () => {
  it("skips the pages before this one", () => {
    expect(pageWindow(1, 20)).toEqual({ skip: 0, take: 20 });
    expect(pageWindow(MAX_PAGE, 20)).toEqual({ skip: (MAX_PAGE - 1) * 20, take: 20 });
  });

  it("has no rows past the last page any list shows", () => {
    expect(pageWindow(MAX_PAGE + 1, 20)).toBeNull();
    expect(pageWindow(100_000, 20)).toBeNull();
  });
});

describe("pageCountOf", () => {
  it("counts whole pages, at least one, at most MAX_PAGE", () => {
    expect(pageCountOf(0, 20)).toBe(1);
    expect(pageCountOf(21, 20)).toBe(2);
    expect(pageCountOf(100_000, 20)).toBe(MAX_PAGE);
  });
});
