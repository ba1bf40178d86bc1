import { HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import { expect, test } from "./fixtures";
import { replayWithoutSession } from "./replay";

test("settings asks visitors to sign in first", async ({ page }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL("/signin?callbackUrl=%2Fsettings");
  await expect(page.getByRole("heading", { name: "Sign in to Paperboy" })).toBeVisible();
});

test("a display name can be set and shows in the header", async ({ page, login, db }) => {
  const user = await login();
  await page.goto("/settings");
  await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
  await page.getByLabel("Display name").fill("Ada Lovelace");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByLabel("Account menu for Ada Lovelace")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Ada Lovelace");
});

test("a server action called without a session writes nothing", async ({ page, login, db, playwright, baseURL }) => {
  const user = await login({ name: "Before" });
  await page.goto("/settings");
  const response = await replayWithoutSession({ page, playwright, baseURL }, "/settings", async () => {
    await page.getByLabel("Display name").fill("Changed by someone");
    await page.getByRole("button", { name: "Save" }).click();
  });
  expect(response.status).toBe(200);
  expect(response.text).toContain("Sign in to do that.");
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Before");
});

test("after signing out, replaying the old session cookie is signed out", async ({ page, login, browser, baseURL }) => {
  const user = await login();
  await page.goto("/");
  await page.getByLabel(`Account menu for ${user.email}`).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  const replay = await browser.newContext();
  await replay.addCookies([{ name: HTTP_SESSION_COOKIE, value: user.sessionToken, url: baseURL! }]);
  const other = await replay.newPage();
  await other.goto("/settings");
  await expect(other).toHaveURL("/signin?callbackUrl=%2Fsettings");
  await replay.close();
});

test("deleting an account asks for confirmation, then removes its rows", async ({ page, login, db }) => {
  const user = await login();
  await db.account.create({
    data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: `gh-${user.id}` },
  });
  await db.session.create({
    data: { userId: user.id, sessionToken: `other-${user.id}`, expires: new Date(Date.now() + 3600_000) },
  });

  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("to confirm");
  expect(await db.user.count({ where: { id: user.id } })).toBe(1);

  await page.getByLabel(/To confirm, type/).fill("delete my account");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL("/?deleted=1");
  await expect(page.getByRole("status")).toContainText("Your account has been deleted");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  expect(await db.user.count({ where: { id: user.id } })).toBe(0);
  expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  expect(await db.account.count({ where: { userId: user.id } })).toBe(0);
});
