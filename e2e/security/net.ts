// NET: who the client is (X-Forwarded-For is believed only from trusted proxies), the site-wide ceiling on
// sign-in mail, and the browser security headers. The rate-limit tests run servers of their own
// (e2e/own-server.ts) with their own databases: the shared server's limits are raised for the rest of the
// suite, and its tests all sign in from 127.0.0.1.
import type { Page } from "@playwright/test";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { readSample } from "@/lib/papers/sample";
import { expect, test, uniqueEmail } from "../fixtures";
import { messagesTo } from "../mailbox";
import { startOwnServer } from "../own-server";

/** Asks `base` for a sign-in link for a fresh address, claiming to come from `forwardedFor`; the answer shown. */
async function askForLink(page: Page, base: string, forwardedFor: string) {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": forwardedFor });
  await page.goto(`${base}/signin`);
  const email = uniqueEmail("net");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const answer = page.getByRole("status").or(page.getByRole("main").getByRole("alert"));
  await expect(answer).toBeVisible();
  return { email, answer: (await answer.textContent()) ?? "" };
}

const SENT = "Check your inbox";
const PER_IP = "Too many sign-in emails";
const CEILING = "Paperboy is sending too many sign-in emails right now";

test.describe("NET: the client's IP and the sign-in limits", () => {
  test("with no proxy trusted, 25 sign-ins with forged X-Forwarded-For are refused after the per-IP limit", async ({
    page,
  }) => {
    // 25 sign-ins one after another: 1-4 minutes on a 2-core machine shared with the other test worker.
    test.setTimeout(420_000);
    // The real defaults: nothing trusted, 20 per IP.
    const { url } = await startOwnServer({ TRUSTED_PROXY_CIDRS: "", SIGN_IN_IP_LIMIT: "", SIGN_IN_HOURLY_LIMIT: "" });
    const limit = SIGN_IN_LIMITS.perIp.limit;
    expect(limit).toBe(20);
    for (let n = 1; n <= 25; n++) {
      // Every attempt claims to come from somewhere else.
      const { email, answer } = await askForLink(page, url, `10.9.${n}.1`);
      expect(answer, `attempt ${n}`).toContain(n <= limit ? SENT : PER_IP);
      if (n === 25) expect(await messagesTo(email)).toEqual([]);
    }
  });

  test("behind a trusted proxy the forwarded client counts, and the site-wide ceiling holds for every client", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // The test's requests reach the server from 127.0.0.1: that is "the proxy".
    const { url } = await startOwnServer({
      TRUSTED_PROXY_CIDRS: "127.0.0.1/32",
      SIGN_IN_IP_LIMIT: "2",
      SIGN_IN_HOURLY_LIMIT: "4",
    });
    expect((await askForLink(page, url, "203.0.113.1")).answer).toContain(SENT);
    expect((await askForLink(page, url, "203.0.113.1")).answer).toContain(SENT);
    // A forged entry left of what the proxy appended changes nothing: 203.0.113.1 has used its two.
    expect((await askForLink(page, url, "198.51.100.99, 203.0.113.1")).answer).toContain(PER_IP);
    // Another client has an allowance of its own...
    expect((await askForLink(page, url, "203.0.113.2")).answer).toContain(SENT);
    expect((await askForLink(page, url, "2001:db8::2")).answer).toContain(SENT);
    // ...until the site has sent its hourly four, after which nobody gets one, and is told why.
    const { email, answer } = await askForLink(page, url, "203.0.113.3");
    expect(answer).toContain(CEILING);
    expect(await messagesTo(email)).toEqual([]);
  });
});

/** The headers every response carries. */
function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of [
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "script-src 'self'",
  ]) {
    expect(csp, `${where}: ${directive}`).toContain(directive);
  }
  expect(csp, where).not.toContain("unsafe-eval");
  expect(headers, where).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "cross-origin-opener-policy": "same-origin",
  });
  // The shared server's APP_URL is http: no HSTS (the https case is below).
  expect(headers["strict-transport-security"], where).toBeUndefined();
}

test.describe("NET: browser security headers", () => {
  test("pages, feeds and API routes all carry the security headers", async ({ request }) => {
    const [paper] = await readSample();
    for (const path of ["/", "/signin", `/papers/${paper!.id}`, "/feeds/trending.atom", "/api/auth/session"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectSecurityHeaders(response.headers(), path);
    }
    // Errors too: a missing page.
    expectSecurityHeaders((await request.get("/papers/no-such-paper")).headers(), "a 404");
  });

  test("pages work under the Content-Security-Policy, with no violation reported", async ({ page, login }) => {
    test.setTimeout(180_000); // a dozen pages, each rendered for the first time
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    const [paper] = await readSample();
    await page.goto(`/papers/${paper!.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/signin");
    await page.getByLabel("Email").fill(uniqueEmail("csp"));
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("status")).toContainText(SENT);

    await login();
    for (const path of ["/", "/search?q=quantization", "/topics", "/about/ranking", "/for-you", "/settings"]) {
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
    }
    // The digest preview shows the email's own HTML in a frame, which inherits the page's policy.
    await page.goto("/digests/preview");
    await expect(page.frameLocator("iframe").getByText("Paperboy").first()).toBeVisible();
    // Hydrated: a client-side interaction works (an upvote is a server action through React).
    await page.goto(`/papers/${paper!.id}`);
    const upvote = page.getByRole("button", { name: /upvote/i }).first();
    await upvote.click();
    await expect(upvote).toHaveAttribute("aria-pressed", "true");
    expect(violations).toEqual([]);
  });

  test("the GitHub button reaches GitHub under the policy, with JavaScript and without", async ({ browser }) => {
    test.setTimeout(120_000);
    // Never contacted: GitHub's authorize page is stubbed in the browser (there is no network here anyway).
    const { url } = await startOwnServer({ AUTH_GITHUB_ID: "net-test-client", AUTH_GITHUB_SECRET: "net-test-secret" });
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      await context.route("https://github.com/**", (route) => route.fulfill({ body: "GitHub, stubbed" }));
      const page = await context.newPage();
      await page.goto(`${url}/signin`);
      await page.getByRole("button", { name: "Continue with GitHub" }).click();
      // Without JavaScript it is a form post answered by a redirect, which form-action governs in Chromium.
      await page.waitForURL(/^https:\/\/github\.com\/login\/oauth\/authorize\?/);
      await expect(page.getByText("GitHub, stubbed")).toBeVisible();
      await context.close();
    }
  });

  test("with an https APP_URL, Auth.js cookies are Secure whatever the proxy says, and HSTS is sent", async () => {
    // Reached over plain http with no X-Forwarded-Proto, as behind a TLS proxy that does not send one.
    const { url } = await startOwnServer({ APP_URL: "https://paperboy.example" });
    const response = await fetch(`${url}/api/auth/csrf`);
    const cookies = response.headers.getSetCookie();
    expect(cookies.some((cookie) => cookie.startsWith("__Host-authjs.csrf-token="))).toBe(true);
    for (const cookie of cookies) expect(cookie, cookie).toMatch(/; Secure/i);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000");
  });
});
