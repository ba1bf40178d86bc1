import { describe, expect, it } from "vitest";
import { formatMinutes } from "@/lib/format";

describe("formatMinutes", () => {
  it("says 1 minute, not 1 minutes", () => {
    expect(formatMinutes(1)).toBe("1 minute");
  });

  it("counts other amounts in minutes", () => {
    expect(formatMinutes(2)).toBe("2 minutes");
    expect(formatMinutes(10)).toBe("10 minutes");
  });
});
