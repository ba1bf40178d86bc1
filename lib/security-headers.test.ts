import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security-headers";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("securityHeaders", () => {
  it("locks down what a page may load, embed, post to and be framed by", () => {
    const csp = directives(contentSecurityPolicy({ dev: false }));
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'", "https://github.com"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("allows eval only to the development server", () => {
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ dev: false })).not.toContain("'unsafe-eval'");
  });

  it("sends nosniff, the referrer and opener policies from production builds", () => {
    const headers = Object.fromEntries(securityHeaders({ dev: false }).map(({ key, value }) => [key, value]));
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
  });

  it("leaves HSTS to the runtime, where APP_URL is known (scripts/serve.mjs)", () => {
    for (const dev of [true, false]) {
      expect(securityHeaders({ dev }).map(({ key }) => key)).not.toContain("Strict-Transport-Security");
    }
  });
});
