import { expect, test } from "@playwright/test";
import { readSample } from "@/lib/papers/sample";

// Other tests add papers of their own (dated long ago, so they trend last); this one follows the sample's.
test("the home page lists all 50 sample papers across its pages, in trending order", async ({ page }) => {
  const sample = (await readSample()).sort((a, b) => a.rank - b.rank);
  const sampleTitles = new Set(sample.map((p) => p.title));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Papers", level: 1 })).toBeVisible();
  await expect(page.getByText(/^\d+ papers$/)).toBeVisible();

  // Each page of the list is cached on its own for up to 30 s (ADR 005), and other tests add papers meanwhile,
  // so two pages may come from moments a few seconds apart: a paper can show on both, and the walk is
  // retried until the pages agree, as they do within the staleness bound.
  await expect(async () => {
    await page.goto("/");
    const seen: string[] = [];
    for (;;) {
      const titles = page.getByRole("list", { name: "Papers" }).getByRole("heading", { level: 2 });
      await expect(titles.first()).toBeVisible();
      seen.push(...(await titles.allTextContents()));
      const next = page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: /Next/ });
      if ((await next.count()) === 0) break;
      await next.click();
      await expect(page.getByText(new RegExp(`^Page ${Math.floor(seen.length / 20) + 1} of \\d+$`))).toBeVisible();
    }
    expect([...new Set(seen.filter((title) => sampleTitles.has(title)))]).toEqual(sample.map((p) => p.title));
  }).toPass({ timeout: 45_000 });
});

test("a paper opens from the list and shows its full abstract", async ({ page }) => {
  const [first] = (await readSample()).sort((a, b) => a.rank - b.rank);
  await page.goto("/");
  await page.getByRole("link", { name: first!.title }).click();

  await expect(page).toHaveURL(`/papers/${first!.id}`);
  await expect(page.getByRole("heading", { name: first!.title, level: 1 })).toBeVisible();
  await expect(page.getByText(first!.abstract, { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`${first!.title} · Paperboy`);

  await page.getByRole("link", { name: "← All papers" }).click();
  await expect(page).toHaveURL("/");
});

test("an unknown paper id shows the not-found page with a 404", async ({ page }) => {
  for (const id of ["zzzzzzzzzzzz", "not-a-real-id"]) {
    const response = await page.goto(`/papers/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Back to papers" }).click();
  await expect(page).toHaveURL("/");
});

test("the list is usable on a phone-sized screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/");
  const firstCard = page.getByRole("list", { name: "Papers" }).getByRole("article").first();
  await expect(firstCard).toBeVisible();
  const box = await firstCard.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(375);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
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
