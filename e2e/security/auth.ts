// AUTH: login CSRF on the magic-link callback, and signing out everywhere. (Unverified GitHub addresses are
// refused in lib/auth/github.test.ts, without the network; the adapter's rules in lib/auth/adapter.int.test.ts.)
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "@playwright/test";
import { HTTP_SESSION_COOKIE, SESSION_COOKIES } from "@/lib/auth/session-cookies";
import { expect, test, uniqueEmail } from "../fixtures";
import { confirm, requestLink } from "../sign-in";

/**
 * Serves `html` from another site: 127.0.0.2 is a different host from the app's 127.0.0.1, so the browser
 * treats it as cross-site, exactly as it would an attacker's domain.
 */
async function attackerSite(html: string) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.2", resolve));
  return {
    url: `http://127.0.0.2:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The attacker asks for a link to their own account, in their own browser; returns Auth.js's callback URL. */
async function attackerCallback(browser: Browser, baseURL: string) {
  const attacker = await browser.newContext({
    baseURL,
    // Its own client IP, as the fixtures give every test, so per-IP sign-in limits stay out of the way.
    extraHTTPHeaders: { "x-forwarded-for": `10.9.${randomBytes(2).join(".")}` },
  });
  const page = await attacker.newPage();
  const email = uniqueEmail("attacker");
  await page.goto("/signin");
  const link = new URL(await requestLink(page, email));
  const callback = `${baseURL}/api/auth/callback/nodemailer${link.search}`;
  return { email, link: link.toString(), callback, page, close: () => attacker.close() };
}

async function expectSignedOut(page: Page) {
  const cookies = await page.context().cookies();
  expect(cookies.filter((c) => SESSION_COOKIES.includes(c.name))).toEqual([]);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Pages on the attacker's site that send the visitor's browser to the callback with the attacker's token. */
const ATTACKS = [
  {
    name: "a form on another site auto-posting the attacker's link",
    html: (callback: string) =>
      `<form method="post" action="${callback.replaceAll("&", "&amp;")}"></form>
       <script>document.forms[0].submit()</script>`,
  },
  {
    name: "a redirect from another site to the callback (a GET)",
    html: (callback: string) => `<script>location.replace(${JSON.stringify(callback)})</script>`,
  },
];

test.describe("AUTH: the magic-link callback only answers this site's own pages", () => {
  for (const attack of ATTACKS) {
    test(`${attack.name} gets 403 and signs no one in`, async ({ page, browser, baseURL, db }) => {
      test.slow(); // the attacker asks for a link and signs in with it: two browsers, a dozen pages
      const attacker = await attackerCallback(browser, baseURL!);
      const site = await attackerSite(attack.html(attacker.callback));
      try {
        const refused = page.waitForResponse((r) => r.url().includes("/api/auth/callback/nodemailer"));
        await page.goto(site.url);
        expect((await refused).status()).toBe(403);
        await expectSignedOut(page);
        expect(await db.user.count({ where: { email: attacker.email } })).toBe(0);

        // Refused before the token was looked at: the same link still works from our confirmation page.
        await confirm(attacker.page, attacker.link);
        await expect(attacker.page.getByLabel(`Account menu for ${attacker.email}`)).toBeVisible();
      } finally {
        await site.close();
        await attacker.close();
      }
    });
  }
});

test.describe("AUTH: sign out everywhere", () => {
  test("ends every session of the account: the other browser is signed out on its next request", async ({
    page,
    browser,
    baseURL,
    login,
    db,
  }) => {
    const user = await login();
    const otherToken = randomBytes(32).toString("hex");
    await db.session.create({
      data: { sessionToken: otherToken, userId: user.id, expires: new Date(Date.now() + 24 * 3600_000) },
    });
    const other = await browser.newContext({ baseURL });
    await other.addCookies([{ name: HTTP_SESSION_COOKIE, value: otherToken, url: baseURL! }]);
    const otherPage = await other.newPage();
    try {
      await otherPage.goto("/settings");
      await expect(otherPage.getByText(`Signed in as ${user.email}`)).toBeVisible();

      await page.goto("/settings");
      await page.getByRole("button", { name: "Sign out everywhere" }).click();
      await expect(page).toHaveURL(/\/signin/);
      expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

      await otherPage.goto("/settings");
      await expect(otherPage).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
      await expect(otherPage.getByRole("heading", { name: "Sign in to Paperboy" })).toBeVisible();
    } finally {
      await other.close();
    }
  });
});
