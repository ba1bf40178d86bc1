import { expect, test, uniqueEmail } from "../fixtures";
import { HOSTILE_SEGMENTS } from "../security/integrity-tools";

// One after the other: the development server compiles on demand, and two tests at once starve it.
test.describe.configure({ mode: "default" });

test("signs in with the link from the dev mailbox when SMTP_URL is unset", async ({ page }) => {
  test.slow(); // the development server compiles each page on first visit
  // The Content-Security-Policy (next.config.ts) holds in development too, fast refresh and frames included.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const email = uniqueEmail();
  await page.goto("/signin?callbackUrl=%2Fsettings");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");

  await page.getByRole("link", { name: "Open the dev mailbox" }).click();
  await page.getByRole("link", { name: new RegExp(`to ${email}`) }).click();
  // The message page compiles on this first visit: 10 s and more on a busy machine.
  await expect(page.getByRole("heading", { name: /Sign in to Paperboy/, level: 1 })).toBeVisible({ timeout: 40_000 });
  // The text version's link is a real, clickable link.
  await page
    .getByRole("region", { name: "Text version" })
    .getByRole("link", { name: /auth\/confirm/ })
    .first()
    .click();

  await expect(page.getByText(`Continue as ${email}?`)).toBeVisible();
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Continue" }).click(); // past the new user's topic picker
  await expect(page).toHaveURL("/settings");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  expect(violations).toEqual([]);
});

test("a hostile mailbox id is a 404, never a 500", async ({ request }) => {
  test.slow(); // the first request compiles the page
  for (const id of HOSTILE_SEGMENTS) {
    expect((await request.get(`/dev/mailbox/${id}`, { maxRedirects: 0 })).status(), id.slice(0, 40)).toBe(
      id.startsWith("%FF") || id.startsWith("%C0") ? 400 : 404,
    );
  }
});
