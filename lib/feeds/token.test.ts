import { describe, expect, it } from "vitest";
import { createFeedToken, feedTokenSchema, forYouFeedUrl, hashFeedToken } from "@/lib/feeds/token";

describe("feed tokens", () => {
  it("are 43 base64url characters that the route's own check accepts, each one new", () => {
    const tokens = Array.from({ length: 20 }, () => createFeedToken().token);
    for (const token of tokens) expect(feedTokenSchema.safeParse(token).success).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("are stored as their SHA-256 in hex", () => {
    const { token, hash } = createFeedToken();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFeedToken(token)).toBe(hash);
    // A known vector, so the stored form can't drift unnoticed.
    expect(hashFeedToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it.each([
    ["too short", "a".repeat(42)],
    ["too long", "a".repeat(44)],
    ["a dot", `${"a".repeat(42)}.`],
    ["standard base64", `${"a".repeat(41)}+/`],
    ["a path", `../${"a".repeat(40)}`],
  ])("refuses a token with %s", (_case, token) => {
    expect(feedTokenSchema.safeParse(token).success).toBe(false);
  });

  it("make the URL under the app's public address", () => {
    expect(forYouFeedUrl("https://paperboy.example", "t".repeat(43))).toBe(
      `https://paperboy.example/feeds/for-you/${"t".repeat(43)}`,
    );
  });
});
