import { HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import { readSample } from "@/lib/papers/sample";
import { expect, test, uniqueEmail } from "./fixtures";
import { messagesTo, waitForMessage } from "./mailbox";
import { confirm, requestLink } from "./sign-in";

test("signs in through the emailed link and lands on the page it started from", async ({ page }) => {
  const [paper] = await readSample();
  const email = uniqueEmail();
  await page.goto(`/papers/${paper!.id}`);
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  const link = await requestLink(page, email);
  const message = (await messagesTo(email))[0]!;
  expect(message.subject).toContain("Sign in to Paperboy");
  expect(message.html).toContain("expires in 10 minutes");

  await page.goto(link);
  await expect(page.getByText(`Continue as ${email}?`)).toBeVisible();
  await page.getByRole("button", { name: "Sign in" }).click();
  // A new account is offered the topic picker first, then goes on to where it started.
  await expect(page.getByRole("heading", { name: "Welcome to Paperboy" })).toBeVisible();
  await page
    .getByRole("list", { name: "Topics to follow" })
    .getByRole("button", { name: "Follow Quantization" })
    .click();
  await expect(page.getByRole("button", { name: "Follow Quantization" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(`/papers/${paper!.id}`);
  await expect(page.getByLabel(`Account menu for ${email}`)).toBeVisible();
});

test("a mail scanner opening the link does not use it up", async ({ page, request }) => {
  await page.goto("/signin");
  const link = await requestLink(page, uniqueEmail());
  // Scanners fetch the link, and may guess at Auth.js's own callback URL (which refuses requests that no
  // page of ours made): neither signs in or burns it.
  for (const url of [link, link.replace("/auth/confirm", "/api/auth/callback/nodemailer")]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect([200, 403]).toContain(response.status());
    expect(response.headers()["set-cookie"] ?? "").not.toContain(HTTP_SESSION_COOKIE);
  }
  await confirm(page, link);
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
});

test("a used link does not sign in again", async ({ page, browser }) => {
  await page.goto("/signin");
  const link = await requestLink(page, uniqueEmail());
  await confirm(page, link);
  await expect(page).toHaveURL("/");

  // The confirmation page already knows: no Sign in button to press.
  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { name: "That sign-in link doesn't work" })).toBeVisible();
  await expect(other.getByRole("link", { name: "Sign in" })).toBeVisible();
  await other.close();
});

test("signing in issues a new session token, replacing any planted one", async ({ page, db, baseURL }) => {
  const email = uniqueEmail();
  const planted = "planted-by-an-attacker-0123456789abcdef";
  await page.context().addCookies([{ name: HTTP_SESSION_COOKIE, value: planted, url: baseURL! }]);
  await page.goto("/signin");
  await confirm(page, await requestLink(page, email));
  await expect(page.getByLabel(`Account menu for ${email}`)).toBeVisible();

  const cookie = (await page.context().cookies()).find((c) => c.name === HTTP_SESSION_COOKIE);
  expect(cookie?.value).toBeTruthy();
  expect(cookie?.value).not.toBe(planted);
  expect(cookie?.httpOnly).toBe(true);
  const sessions = await db.session.findMany({ where: { user: { email } } });
  expect(sessions.map((s) => s.sessionToken)).toEqual([cookie!.value]);
});

test("an expired link does not sign in", async ({ page, db }) => {
  const email = uniqueEmail();
  await page.goto("/signin");
  const link = await requestLink(page, email);
  await db.verificationToken.updateMany({
    where: { identifier: email },
    data: { expires: new Date(Date.now() - 1000) },
  });
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "That sign-in link doesn't work" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Get a new sign-in link" })).toBeVisible();
  expect(await db.user.count({ where: { email } })).toBe(0);
});

test("a tampered token or another address in the link does not sign in", async ({ page, db }) => {
  const email = uniqueEmail();
  const victim = uniqueEmail("victim");
  await page.goto("/signin");
  const link = await requestLink(page, email);
  const url = new URL(link);

  const tampered = new URL(url);
  const token = tampered.searchParams.get("token")!;
  tampered.searchParams.set("token", `${token.slice(0, -1)}${token.endsWith("a") ? "b" : "a"}`);
  const otherAddress = new URL(url);
  otherAddress.searchParams.set("email", victim);

  for (const bad of [tampered, otherAddress]) {
    await page.goto(bad.toString());
    await expect(page.getByRole("heading", { name: "That sign-in link doesn't work" })).toBeVisible();
  }
  expect(await db.user.count({ where: { email: { in: [email, victim] } } })).toBe(0);

  // The failed attempts did not consume the real link.
  await confirm(page, link);
  await expect(page.getByLabel(`Account menu for ${email}`)).toBeVisible();
});

test("rejects every unsafe address with a clear message and sends nothing", async ({ page }) => {
  const before = (await messagesTo("@")).length;
  const bad = [
    "a@x.com,b@y.com",
    '"e@evil.com"@victim.com',
    "e＠evil.com",
    "victim@example.com\r\nBcc: attacker@evil.com",
    "victim@example.com\nBcc: attacker@evil.com",
    `${"a".repeat(64)}@${"b".repeat(185)}.com`,
    "nodomain@",
    "nodomain",
  ];
  await page.goto("/signin");
  for (const address of bad) {
    // Browsers strip line breaks from inputs; send the raw address in the form post, as an attacker would.
    const sentinel = uniqueEmail("sentinel");
    await page.route(
      (url) => url.pathname === "/signin",
      async (route) => {
        const body = route.request().postData();
        if (route.request().method() !== "POST" || !body?.includes(sentinel)) return route.continue();
        await route.continue({ postData: body.replace(sentinel, address) });
      },
    );
    await page.getByLabel("Email").fill(sentinel);
    // Wait for this address's own answer: the previous one's alert reads the same, and unrouting before the
    // post has gone would send the sentinel itself.
    const answered = page.waitForResponse(
      (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/signin",
    );
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await answered;
    await expect(page.getByRole("main").getByRole("alert"), address).toHaveText(
      /email address|characters we can't accept|too long/,
    );
    await page.unrouteAll();
  }
  await page.waitForTimeout(500); // give a wrongly sent message time to arrive before counting
  expect((await messagesTo("@")).length).toBe(before);
});

test("every unsafe callbackUrl ends on the home page after sign-in", async ({ page }) => {
  test.slow(); // five whole sign-ins, one after another: over a minute on a busy 2-core machine
  for (const callbackUrl of ["//evil.com", "/\\evil.com", "https://site@evil.com", "javascript:alert(1)", "http://["]) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await confirm(page, await requestLink(page, uniqueEmail()));
    await expect(page, callbackUrl).toHaveURL("/");
  }
});

test("a sixth link for one address within 15 minutes is refused, and not sent", async ({ page }) => {
  const email = uniqueEmail();
  for (let i = 1; i <= 5; i++) {
    await page.goto("/signin");
    await requestLink(page, email);
    await waitForMessage(email, i);
  }
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Too many sign-in emails. Please try again later",
  );
  await page.waitForTimeout(500);
  expect(await messagesTo(email)).toHaveLength(5);
});

test("GitHub sign-in is hidden when it is not configured", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
  await expect(page.getByRole("button", { name: /GitHub/ })).toHaveCount(0);
});

test("the dev mailbox does not exist in a production build", async ({ page }) => {
  expect((await page.goto("/dev/mailbox"))?.status()).toBe(404);
});

test("sign-in through the form creates no account until the link is used", async ({ page, db }) => {
  const email = uniqueEmail();
  await page.goto("/signin");
  await requestLink(page, email);
  expect(await db.user.count({ where: { email } })).toBe(0);
});
