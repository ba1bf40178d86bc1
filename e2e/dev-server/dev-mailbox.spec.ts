import { expect, test, uniqueEmail } from "../fixtures";

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
  await expect(page.getByRole("heading", { name: /Sign in to Paperboy/, level: 1 })).toBeVisible();
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
