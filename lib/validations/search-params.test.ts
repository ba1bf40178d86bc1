import { describe, expect, it } from "vitest";
import { firstValue } from "@/lib/validations/search-params";

describe("firstValue", () => {
  it("reads a single value as it is", () => {
    expect(firstValue("2")).toBe("2");
    expect(firstValue("")).toBe("");
  });

  it("reads a repeated parameter by its first value", () => {
    expect(firstValue(["2", "5"])).toBe("2");
  });

  it("has no value for a missing parameter or an empty list", () => {
    expect(firstValue(undefined)).toBeUndefined();
    expect(firstValue([])).toBeUndefined();
  });
});
