import { describe, expect, it } from "vitest";
import { ownTopicSlug } from "@/lib/topics/slug";
import { rowIdSchema, topicSlugSchema } from "@/lib/validations/ids";

const HOSTILE = [
  "",
  "\u0000",
  "a\u0000b",
  "x".repeat(5000),
  "../../etc/passwd",
  "日本語",
  "'; DROP TABLE users; --",
  "A1",
];

describe("id and slug shapes", () => {
  it("accept what the database and the app make", () => {
    expect(rowIdSchema.safeParse("d26c0rtkdlmmbgtp40ctb8us").success).toBe(true); // a cuid2
    expect(topicSlugSchema.safeParse("kv-cache-inference").success).toBe(true);
    expect(topicSlugSchema.safeParse(ownTopicSlug("Ünïcode & 4-bit quantization!")).success).toBe(true);
  });

  it("refuse what could never name a row", () => {
    for (const value of HOSTILE) {
      expect(rowIdSchema.safeParse(value).success, value.slice(0, 20)).toBe(false);
      expect(topicSlugSchema.safeParse(value).success, value.slice(0, 20)).toBe(false);
    }
    expect(topicSlugSchema.safeParse("-leading").success).toBe(false);
    expect(topicSlugSchema.safeParse("a".repeat(81)).success).toBe(false);
  });
});
