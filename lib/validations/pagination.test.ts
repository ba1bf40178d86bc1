import { describe, expect, it } from "vitest";
import { parsePage } from "@/lib/validations/pagination";

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
