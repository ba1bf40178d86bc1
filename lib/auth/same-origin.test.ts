import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "@/lib/auth/same-origin";

const ORIGINS = ["https://paperboy.example", "http://10.0.0.5:3000"];
const check = (headers: Record<string, string>) => isSameOriginRequest(new Headers(headers), ORIGINS);

describe("isSameOriginRequest", () => {
  it("lets our own pages through", () => {
    expect(check({ "sec-fetch-site": "same-origin", origin: "https://paperboy.example" })).toBe(true);
    expect(check({ "sec-fetch-site": "same-origin", origin: "http://10.0.0.5:3000" })).toBe(true);
    // The confirmation page sends no referrer, so its form posts `Origin: null`.
    expect(check({ "sec-fetch-site": "same-origin", origin: "null" })).toBe(true);
    // A same-origin GET carries no Origin.
    expect(check({ "sec-fetch-site": "same-origin" })).toBe(true);
    // Browsers without Fetch Metadata still send Origin on a POST.
    expect(check({ origin: "https://paperboy.example" })).toBe(true);
  });

  it("refuses other sites, sibling subdomains and navigations from nowhere", () => {
    expect(check({ "sec-fetch-site": "cross-site", origin: "https://evil.example" })).toBe(false);
    expect(check({ "sec-fetch-site": "cross-site" })).toBe(false);
    expect(check({ "sec-fetch-site": "same-site", origin: "https://evil.paperboy.example" })).toBe(false);
    expect(check({ "sec-fetch-site": "none" })).toBe(false);
    expect(check({ origin: "https://evil.example" })).toBe(false);
    // A sandboxed frame or data: URL posts `Origin: null` and is cross-site.
    expect(check({ "sec-fetch-site": "cross-site", origin: "null" })).toBe(false);
  });

  it("refuses a header that contradicts the other", () => {
    expect(check({ "sec-fetch-site": "same-origin", origin: "https://evil.example" })).toBe(false);
    expect(check({ "sec-fetch-site": "cross-site", origin: "https://paperboy.example" })).toBe(false);
  });

  it("refuses a request that proves nothing", () => {
    expect(check({})).toBe(false);
    expect(check({ origin: "null" })).toBe(false);
  });
});
