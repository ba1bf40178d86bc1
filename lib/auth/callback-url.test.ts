import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInHref } from "@/lib/auth/callback-url";

const APP = "http://localhost:3000";

function expectHome(values: unknown[]) {
  for (const value of values) expect(safeCallbackPath(value, APP), JSON.stringify(value)).toBe("/");
}

describe("safeCallbackPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackPath("/papers/abc?x=1#top", APP)).toBe("/papers/abc?x=1#top");
    expect(safeCallbackPath("/", APP)).toBe("/");
    expect(safeCallbackPath("/topics/kv%20cache", APP)).toBe("/topics/kv%20cache");
    expect(safeCallbackPath("/papers/a/../b", APP)).toBe("/papers/b");
  });

  it("turns an absolute URL on this site into its path", () => {
    expect(safeCallbackPath("http://localhost:3000/settings", APP)).toBe("/settings");
    expect(safeCallbackPath("http://localhost:3000", APP)).toBe("/");
    expect(safeCallbackPath("HTTP://LOCALHOST:3000/feed?tab=new", APP)).toBe("/feed?tab=new");
    expect(safeCallbackPath("https://paperboy.example/for-you", "https://paperboy.example/")).toBe("/for-you");
  });

  it("refuses other sites, however they are spelled", () => {
    expectHome([
      "https://evil.com",
      "https://evil.com/papers",
      "//evil.com",
      "//evil.com/papers",
      "https://localhost:3000@evil.com",
      "https://site@evil.com",
      "https://localhost:3000/settings", // another scheme is another origin
      "http://localhost:3001/settings",
      "http://localhost/settings",
      "http://localhost:3000.evil.com/",
      "http:evil.com",
    ]);
  });

  it("refuses backslashes, which browsers read as slashes", () => {
    expectHome(["/\\evil.com", "\\\\evil.com", "\\/evil.com", "/papers\\..\\..\\evil.com", "http:\\\\evil.com"]);
  });

  it("refuses control characters that browsers strip before following the link", () => {
    expectHome(["/\t/evil.com", "/\n/evil.com", "/\r\n/evil.com", "\t//evil.com", "/papers\u0000", "/\u007f/evil.com"]);
  });

  it("refuses encoded or rebuilt double slashes", () => {
    expectHome([
      "/%2F%2Fevil.com",
      "/%2fevil.com",
      "/%5Cevil.com",
      "/%252F%252Fevil.com",
      "/%09/evil.com",
      "/.//evil.com",
      "/papers/..//evil.com",
      "/%2e/%2fevil.com",
      "http://localhost:3000//evil.com",
    ]);
  });

  it("refuses other schemes and anything that is not a URL", () => {
    expectHome([
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "mailto:a@example.com",
      "http://[",
      "/%",
      "",
      "papers/abc",
      "evil.com",
      undefined,
      null,
      42,
      ["/papers"],
      { href: "/papers" },
    ]);
  });

  it("does not send people back into the sign-in endpoints", () => {
    expectHome([
      "/api/auth/signin",
      "/api/auth/callback/nodemailer?token=x",
      "/api/auth",
      "/API/Auth/signout",
      "/api//auth/signin",
      "/api/%61uth/signin",
      "http://localhost:3000/api/auth/signin",
    ]);
    expect(safeCallbackPath("/api/authors", APP)).toBe("/api/authors");
  });
});

describe("signInHref", () => {
  it("carries the page to come back to, which safeCallbackPath then accepts as it was", () => {
    const href = signInHref("/papers/abc?view=top&page=2");
    expect(href).toBe("/signin?callbackUrl=%2Fpapers%2Fabc%3Fview%3Dtop%26page%3D2");
    const back = new URL(href, APP).searchParams.get("callbackUrl");
    expect(safeCallbackPath(back, APP)).toBe("/papers/abc?view=top&page=2");
  });
});
