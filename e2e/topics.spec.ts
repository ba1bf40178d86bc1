import { expect, test } from "./fixtures";

const followButton = (page: import("@playwright/test").Page, name: string) =>
  page
    .getByRole("main")
    .getByRole("button", { name: `Follow ${name}` })
    .first();

test("the topics page lists curated topics with their paper and follower counts", async ({ page }) => {
  await page.goto("/topics");
  const topics = page.getByRole("list", { name: "Topics" });
  const quantization = topics.getByRole("article").filter({ hasText: "Quantization" }).first();
  await expect(quantization).toContainText(/\d+ papers? · \d+ followers?/);
  await quantization.getByRole("link", { name: "Quantization" }).click();
  await expect(page.getByRole("heading", { name: "Quantization", level: 1 })).toBeVisible();
  await expect(page.getByRole("list", { name: "Papers" }).getByRole("article").first()).toBeVisible();
});

test("following and unfollowing a topic shows at once and persists", async ({ page, login, db }) => {
  const user = await login();
  await page.goto("/topics/speech");
  const button = followButton(page, "Speech & audio");
  await expect(button).toHaveAttribute("aria-pressed", "false");

  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => db.topicFollow.count({ where: { userId: user.id } })).toBe(1);
  await page.reload();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  // Followed topics come first on the topics page.
  await page.goto("/topics");
  await expect(page.getByRole("list", { name: "Topics" }).getByRole("article").first()).toContainText("Speech & audio");

  await followButton(page, "Speech & audio").click();
  await expect(followButton(page, "Speech & audio")).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => db.topicFollow.count({ where: { userId: user.id } })).toBe(0);
});

test("a follow that fails on the server rolls back and says so", async ({ page, login, db }) => {
  const user = await login();
  await page.goto("/topics/distillation");
  await page.route(
    (url) => url.pathname === "/topics/distillation",
    (route) => (route.request().headers()["next-action"] ? route.abort("connectionfailed") : route.continue()),
  );
  const button = followButton(page, "Distillation");
  await button.click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Couldn't save that. Try again.");
  await expect(button).toHaveAttribute("aria-pressed", "false");
  expect(await db.topicFollow.count({ where: { userId: user.id } })).toBe(0);
});

test("signed-out visitors who click Follow are sent to sign in and come back", async ({ page }) => {
  await page.goto("/topics/quantization");
  await followButton(page, "Quantization").click();
  await expect(page).toHaveURL("/signin?callbackUrl=%2Ftopics%2Fquantization");
});

test("an own topic: live preview, create, edit, private to its owner, delete", async ({ page, login, browser }) => {
  await login();
  await page.goto("/topics");
  await page.getByRole("link", { name: "Create your own topic" }).click();
  await page.getByLabel("Name").fill("My 4-bit papers");
  await page.getByLabel("Keywords").fill('"4-bit"');
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toContainText(/\d+ matching papers/);
  await expect(preview).toContainText("Stable-SPAM");

  await page.getByRole("button", { name: "Create topic" }).click();
  await expect(page.getByRole("heading", { name: "My 4-bit papers", level: 1 })).toBeVisible();
  await expect(page.getByText(/Your private topic/)).toBeVisible();
  await expect(followButton(page, "My 4-bit papers")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("link", { name: /Stable-SPAM/ })).toBeVisible();
  const url = page.url();

  // Nobody else can see it.
  const stranger = await browser.newPage();
  expect((await stranger.goto(url))?.status()).toBe(404);
  await stranger.close();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Keywords").fill("speculative decoding");
  await page.getByRole("button", { name: "Save topic" }).click();
  await expect(page.getByRole("link", { name: /AutoJudge/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Stable-SPAM/ })).toHaveCount(0);

  await page.getByRole("link", { name: "Edit" }).click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete topic" }).click();
  await expect(page).toHaveURL("/topics");
  await expect(page.getByText("My 4-bit papers")).toHaveCount(0);
  expect((await page.goto(url))?.status()).toBe(404);
});

test("hostile keyword queries give a validation message or a safe query, never an error page", async ({
  page,
  login,
  db,
}) => {
  await login();
  const cases: [string, RegExp][] = [
    ["&|!():*", /too common to match anything/],
    ["x".repeat(10_000), /under 200 characters/],
    ["a", /Enter a few keywords/],
  ];
  for (const [query, message] of cases) {
    await page.goto("/topics/new");
    await page.getByLabel("Name").fill("Hostile");
    await page.getByLabel("Keywords").evaluate((input: HTMLInputElement) => input.removeAttribute("maxlength"));
    await page.getByLabel("Keywords").fill(query);
    await page.getByRole("button", { name: "Create topic" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
  }
  // SQL-looking text is just words to websearch_to_tsquery: a harmless topic, and the tables are intact.
  await page.goto("/topics/new");
  await page.getByLabel("Name").fill("Injection");
  await page.getByLabel("Keywords").fill("'; drop table papers; --");
  await page.getByRole("button", { name: "Create topic" }).click();
  await expect(page.getByRole("heading", { name: "Injection", level: 1 })).toBeVisible();
  expect(await db.paper.count()).toBeGreaterThanOrEqual(50);

  for (const q of ["'; drop table papers; --", "&|!():*", "x".repeat(10_000), "a:* & b:*"]) {
    const response = await page.request.get(`/api/topics/preview?${new URLSearchParams({ q })}`);
    expect([200, 400], q.slice(0, 20)).toContain(response.status());
  }
});
