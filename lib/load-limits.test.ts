import { describe, expect, it } from "vitest";
import { tryAgainIn } from "@/lib/load-limits";

describe("tryAgainIn", () => {
  it("says seconds for short waits and minutes for long ones, rounding up", () => {
    expect(tryAgainIn(0)).toBe("Try again in 1 second.");
    expect(tryAgainIn(1001)).toBe("Try again in 2 seconds.");
    expect(tryAgainIn(89_000)).toBe("Try again in 89 seconds.");
    expect(tryAgainIn(9.5 * 60_000)).toBe("Try again in 10 minutes.");
  });
});
