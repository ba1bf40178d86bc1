import { describe, expect, it } from "vitest";
import { rfc3339, rfc822 } from "@/lib/feeds/dates";

describe("feed dates", () => {
  it("writes RFC 3339 in UTC for Atom", () => {
    expect(rfc3339(new Date("2025-03-04T05:06:07.890Z"))).toBe("2025-03-04T05:06:07Z");
    expect(rfc3339(new Date("2024-12-31T23:30:00-02:00"))).toBe("2025-01-01T01:30:00Z");
  });

  it("writes RFC 822 in GMT for RSS", () => {
    expect(rfc822(new Date("2025-03-04T05:06:07.890Z"))).toBe("Tue, 04 Mar 2025 05:06:07 GMT");
    expect(rfc822(new Date("2024-02-29T00:00:00Z"))).toBe("Thu, 29 Feb 2024 00:00:00 GMT");
  });

  it("refuses an invalid date instead of writing one", () => {
    expect(() => rfc3339(new Date("nope"))).toThrow(RangeError);
    expect(() => rfc822(new Date("nope"))).toThrow(RangeError);
  });
});
