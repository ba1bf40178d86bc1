import { describe, expect, it } from "vitest";
import { PRIVATE_PATHS, SIGNED_IN_PAGES, pathMatcher, privatePathSources } from "@/lib/seo/private-paths";

describe("private paths", () => {
  it("cover what the issue names: settings, sign-in, token feeds, the dev mailbox", () => {
    for (const path of ["/settings", "/signin", "/feeds/for-you/", "/dev/", "/unsubscribe/"]) {
      expect(PRIVATE_PATHS).toContain(path);
    }
  });

  it("become header sources for the page itself and everything under it", () => {
    const sources = privatePathSources();
    expect(sources).toEqual(expect.arrayContaining(["/settings", "/settings/:rest+", "/dev/:rest+"]));
    expect(sources).toEqual(expect.arrayContaining(["/topics/:segment/edit"]));
    // Never the public pages around them.
    expect(sources.some((source) => source === "/" || source.startsWith("/papers") || source === "/topics")).toBe(
      false,
    );
  });

  it("hold every signed-in page, which the proxy matches with everything under it, and nothing public", () => {
    for (const path of SIGNED_IN_PAGES) expect(PRIVATE_PATHS).toContain(path);
    const signedIn = pathMatcher(SIGNED_IN_PAGES);
    for (const path of ["/settings", "/settings/digest", "/for-you", "/welcome", "/topics/new", "/topics/abc/edit"]) {
      expect(signedIn(path), path).toBe(true);
    }
    expect(signedIn("/digests/2026-11-30")).toBe(true);
    for (const path of ["/", "/topics", "/topics/abc", "/papers/abc", "/search", "/settingsx", "/topics/a/b/edit"]) {
      expect(signedIn(path), path).toBe(false);
    }
  });
});
