import { describe, expect, it } from "vitest";
import { PRIVATE_PATHS, privatePathSources } from "@/lib/seo/private-paths";

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
});
