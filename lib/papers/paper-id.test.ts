import { describe, expect, it } from "vitest";
import { PAPER_ID_LENGTH, newPaperId, paperIdFromKey, paperIdSchema } from "@/lib/papers/paper-id";

describe("paper ids", () => {
  it("are 12 URL-safe characters with no look-alike letters", () => {
    for (let i = 0; i < 200; i++) {
      const id = newPaperId();
      expect(id).toHaveLength(PAPER_ID_LENGTH);
      expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]+$/);
      expect(paperIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it("are random when new and stable when derived from a key", () => {
    expect(new Set(Array.from({ length: 1000 }, newPaperId)).size).toBe(1000);
    expect(paperIdFromKey("sample:galore")).toBe(paperIdFromKey("sample:galore"));
    expect(paperIdFromKey("sample:galore")).not.toBe(paperIdFromKey("sample:galore 2"));
  });

  it("rejects anything else", () => {
    for (const bad of ["", "ABCDEFGHJKMN", "abcdefghjkm", "abcdefghjkmnp", "abcdefghjkml", "../etc/passwd"]) {
      expect(paperIdSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
