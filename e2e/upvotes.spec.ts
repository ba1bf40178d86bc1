import type { Locator, Page } from "@playwright/test";
import type { Db } from "@/lib/database/client";
import { newPaperId } from "@/lib/papers/paper-id";
import { expect, test } from "./fixtures";
import { replayWithoutSession } from "./replay";

/** A paper of the test's own, dated long ago so it never disturbs the sample's order in shared lists. */
async function votablePaper(db: Db) {
  const id = newPaperId();
  const title = `A Fictional Paper to Vote On ${id}`;
  await db.paper.create({ data: { id, title, abstract: "Nothing real.", publishedAt: new Date("2001-01-01") } });
  return { id, title };
}

const upvote = (page: Page, title: string) => page.getByRole("button", { name: `Upvote ${title}` }).first();
/** The count a button shows: its last part (its name also holds the paper's title, which may hold digits). */
const shownCount = (button: Locator) => button.locator("span").last();

test("an upvote shows the new count at once and persists after reload", async ({ page, login, db }) => {
  const user = await login();
  const paper = await votablePaper(db);
  const before = 0;
  await page.goto(`/papers/${paper.id}`);
  const button = upvote(page, paper.title);
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(shownCount(button)).toHaveText((before + 1).toLocaleString("en"));
  await expect.poll(() => db.upvote.count({ where: { userId: user.id, paperId: paper.id } })).toBe(1);

  await page.reload();
  await expect(upvote(page, paper.title)).toHaveAttribute("aria-pressed", "true");
  await expect(shownCount(upvote(page, paper.title))).toHaveText((before + 1).toLocaleString("en"));

  // And off again.
  await upvote(page, paper.title).click();
  await expect(upvote(page, paper.title)).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => db.upvote.count({ where: { userId: user.id, paperId: paper.id } })).toBe(0);
});

test("a vote the server never saved rolls back and says so", async ({ page, login, db }) => {
  const user = await login();
  const paper = await votablePaper(db);
  await page.goto(`/papers/${paper.id}`);
  const button = upvote(page, paper.title);
  const count = (await shownCount(button).textContent())!;
  await page.route(
    (url) => url.pathname === `/papers/${paper.id}`,
    (route) => (route.request().headers()["next-action"] ? route.abort("connectionfailed") : route.continue()),
  );
  await button.click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Vote not saved. Try again.");
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await expect(shownCount(button)).toHaveText(count);
  expect(await db.upvote.count({ where: { userId: user.id } })).toBe(0);
});

test("a signed-out voter signs in, comes back to the paper, and the vote is applied", async ({ page, login, db }) => {
  const paper = await votablePaper(db);
  await page.goto(`/papers/${paper.id}`);
  await upvote(page, paper.title).click();
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(`/papers/${paper.id}`)}`);

  // Sign in as an existing account and come back.
  const { email } = await login();
  await page.goto(`/papers/${paper.id}`);
  await expect(upvote(page, paper.title)).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => db.upvote.count({ where: { user: { email }, paperId: paper.id } })).toBe(1);
});

test("the upvote action called without a session writes nothing", async ({ page, login, db, playwright, baseURL }) => {
  await login();
  const paper = await votablePaper(db);
  await page.goto(`/papers/${paper.id}`);
  const response = await replayWithoutSession({ page, playwright, baseURL }, `/papers/${paper.id}`, () =>
    upvote(page, paper.title).click(),
  );
  expect(response.text).toContain("Sign in to do that.");
  expect(await db.upvote.count({ where: { paperId: paper.id } })).toBe(0);
  expect((await db.paper.findUniqueOrThrow({ where: { id: paper.id } })).upvoteCount).toBe(0);
});
