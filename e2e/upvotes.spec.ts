import type { Page } from "@playwright/test";
import type { Db } from "@/lib/database/client";
import { newPaperId } from "@/lib/papers/paper-id";
import { expect, test } from "./fixtures";

/** A paper of the test's own, dated long ago so it never disturbs the sample's order in shared lists. */
async function votablePaper(db: Db) {
  const id = newPaperId();
  const title = `A Fictional Paper to Vote On ${id}`;
  await db.paper.create({ data: { id, title, abstract: "Nothing real.", publishedAt: new Date("2001-01-01") } });
  return { id, title };
}

const upvote = (page: Page, title: string) => page.getByRole("button", { name: `Upvote ${title}` }).first();

test("an upvote shows the new count at once and persists after reload", async ({ page, login, db }) => {
  const user = await login();
  const second = await votablePaper(db);
  const before = 0;
  await page.goto(`/papers/${second.id}`);
  const button = upvote(page, second.title);
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(button).toContainText(String(before + 1));
  await expect.poll(() => db.upvote.count({ where: { userId: user.id, paperId: second.id } })).toBe(1);

  await page.reload();
  await expect(upvote(page, second.title)).toHaveAttribute("aria-pressed", "true");
  await expect(upvote(page, second.title)).toContainText(String(before + 1));

  // And off again.
  await upvote(page, second.title).click();
  await expect(upvote(page, second.title)).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => db.upvote.count({ where: { userId: user.id, paperId: second.id } })).toBe(0);
});

test("a vote the server never saved rolls back and says so", async ({ page, login, db }) => {
  const user = await login();
  const third = await votablePaper(db);
  await page.goto(`/papers/${third.id}`);
  const button = upvote(page, third.title);
  const count = (await button.textContent())!.replace(/\D/g, "");
  await page.route(
    (url) => url.pathname === `/papers/${third.id}`,
    (route) => (route.request().headers()["next-action"] ? route.abort("connectionfailed") : route.continue()),
  );
  await button.click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Vote not saved. Try again.");
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await expect(button).toContainText(count);
  expect(await db.upvote.count({ where: { userId: user.id } })).toBe(0);
});

test("a signed-out voter signs in, comes back to the paper, and the vote is applied", async ({ page, db }) => {
  const fourth = await votablePaper(db);
  await page.goto(`/papers/${fourth.id}`);
  await upvote(page, fourth.title).click();
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(`/papers/${fourth.id}`)}`);

  // Sign in as an existing account, the way the fixture does, and come back.
  const email = `returning-${Date.now()}@example.com`;
  const token = `token-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await db.user.create({
    data: { email, sessions: { create: { sessionToken: token, expires: new Date(Date.now() + 3600_000) } } },
  });
  await page.context().addCookies([{ name: "authjs.session-token", value: token, url: page.url() }]);
  await page.goto(`/papers/${fourth.id}`);
  await expect(upvote(page, fourth.title)).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => db.upvote.count({ where: { user: { email }, paperId: fourth.id } })).toBe(1);
});

test("the ranking is published in plain words and as a formula", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "How trending works" }).click();
  await expect(page.getByRole("heading", { name: "How trending works" })).toBeVisible();
  await expect(page.getByText("score = log10(votes + 1) + (t − 1700000000) / 45000")).toBeVisible();
});

test("New and Top views and the topic filter", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Lists" }).getByRole("link", { name: "Top" }).click();
  await expect(page).toHaveURL("/?view=top");
  await page.getByRole("link", { name: "Today" }).click();
  await expect(page).toHaveURL("/?view=top&period=day");
  await page.getByLabel("Topic").selectOption({ label: "Speculative decoding" });
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page).toHaveURL("/?view=top&period=day&topic=speculative-decoding");
  await expect(page.getByRole("list", { name: "Papers" })).toContainText("AutoJudge");
  await expect(page.getByRole("list", { name: "Papers" })).not.toContainText("GaLore");
});

test("the upvote action called without a session writes nothing", async ({ page, login, db, playwright, baseURL }) => {
  await login();
  const paper = await votablePaper(db);
  await page.goto(`/papers/${paper.id}`);
  const captured = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.route(
    (url) => url.pathname === `/papers/${paper.id}`,
    (route) => (route.request().headers()["next-action"] ? route.abort() : route.continue()),
  );
  await upvote(page, paper.title).click();
  const request = await captured;

  const anonymous = await playwright.request.newContext({ baseURL });
  const { cookie: _cookie, ...headers } = await request.allHeaders();
  const response = await anonymous.post(`/papers/${paper.id}`, { headers, data: request.postDataBuffer()! });
  expect(await response.text()).toContain("Sign in to do that.");
  expect(await db.upvote.count({ where: { paperId: paper.id } })).toBe(0);
  expect((await db.paper.findUniqueOrThrow({ where: { id: paper.id } })).upvoteCount).toBe(0);
  await anonymous.dispose();
});
