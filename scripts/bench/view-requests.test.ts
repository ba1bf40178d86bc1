import { describe, expect, it } from "vitest";
import { forYouView, isSignedInMe, mePath, paperIdsIn } from "./for-you-view";
import { typicalQueries } from "./pages";
import { prng } from "./random";

describe("a For-you view's requests", () => {
  it("is the static shell, then the list with the reader's state as JSON", () => {
    const [shell, list] = forYouView();
    expect(shell!([])).toEqual([expect.objectContaining({ path: "/for-you" })]);
    const [request] = list!([{ path: "/for-you", status: 200, body: "<html>" }]);
    expect(request!.path).toBe("/api/for-you?page=1");
    expect(request!.verify('{"viewer":{"name":null},"papers":[]}')).toBe(true);
    expect(request!.verify('{"error":"Sign in"}')).toBe(false);
  });

  it("lists the papers a page links to, once each, in order", () => {
    const html = `<a href="/papers/aaaaaaaaaaaa">x</a><a href="/papers/bbbbbbbbbbbb">y</a>"/papers/aaaaaaaaaaaa"`;
    expect(paperIdsIn(html)).toEqual(["aaaaaaaaaaaa", "bbbbbbbbbbbb"]);
  });

  it("asks about at most the 100 papers the contract allows", () => {
    const html = Array.from({ length: 150 }, (_, i) => `/papers/${String(i).padStart(12, "0")}`).join(" ");
    expect(paperIdsIn(html)).toHaveLength(100);
  });

  it("counts only a signed-in answer of /api/me as the reader's state", () => {
    expect(isSignedInMe('{"viewer":{"name":null},"upvoted":[]}')).toBe(true);
    expect(isSignedInMe('{"viewer":null}')).toBe(false);
    expect(mePath([], [])).toBe("/api/me");
  });
});

describe("typical search queries", () => {
  it("are one to three lower-case words without filler", () => {
    const queries = typicalQueries(prng(1), 300);
    for (const query of queries) {
      const words = query.split(" ");
      expect(words.length).toBeGreaterThanOrEqual(1);
      expect(words.length).toBeLessThanOrEqual(3);
      expect(query).toBe(query.toLowerCase());
      expect(words).not.toContain("the");
    }
    expect(new Set(queries).size).toBeGreaterThan(100);
  });
});
