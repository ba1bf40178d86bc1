import { expect, test } from "./fixtures";

const searchBox = (page: import("@playwright/test").Page) => page.getByRole("searchbox", { name: "Search papers" });

test("searching from the header lists ranked papers with the words highlighted, and a result opens", async ({
  page,
}) => {
  await page.goto("/");
  await searchBox(page).fill("gradient projection");
  await searchBox(page).press("Enter");

  await expect(page).toHaveURL(/\/search\?q=gradient\+projection$/);
  await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
  await expect(page.getByText(/^\d+ results? for “gradient projection”$/)).toBeVisible();
  await expect(searchBox(page)).toHaveValue("gradient projection");

  const results = page.getByRole("list", { name: "Search results" }).getByRole("article");
  // Both words in the title beat papers that only mention them in the abstract.
  const top = results.first().getByRole("heading", { level: 2 });
  await expect(top).toHaveText(/Gradient.*Projection/);
  await expect(top.locator("mark").first()).toHaveText(/gradient|projection/i);
  await expect(results.locator("p mark").first()).toBeVisible();

  const title = (await top.textContent())!;
  await top.getByRole("link").click();
  await expect(page).toHaveURL(/\/papers\/[0-9a-z]{12}$/);
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
});

test("a search longer than 300 characters is refused with a message", async ({ page }) => {
  const response = await page.goto(`/search?q=${"long ".repeat(70)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/at most 300 characters/);
  await expect(page.getByRole("list", { name: "Search results" })).toHaveCount(0);
});

test("a search without matches says so and suggests what to try", async ({ page }) => {
  await page.goto("/search?q=xylophonic+zebrafish");
  await expect(page.getByRole("heading", { name: "No papers match “xylophonic zebrafish”" })).toBeVisible();
  await expect(page.getByText("Check the spelling, or try fewer or more general words.")).toBeVisible();

  // Only stop words or punctuation: nothing to search for, but not an error either.
  for (const q of ["the", "&|!():*", "'; drop table papers; --"]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole("heading", { name: `No papers match “${q}”` })).toBeVisible();
  }
});

test("an empty search asks for words instead of listing anything", async ({ page }) => {
  await page.goto("/search?q=++");
  await expect(page.getByRole("heading", { name: "Search titles and abstracts" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Search results" })).toHaveCount(0);
});

test("results page through 20 at a time", async ({ page }) => {
  await page.goto("/search?q=model");
  const total = Number((await page.getByText(/^\d+ results for “model”$/).textContent())!.split(" ")[0]);
  expect(total).toBeGreaterThan(20);
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("article")).toHaveCount(20);
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL("/search?q=model&page=2");
  await expect(page.getByText(`Page 2 of ${Math.ceil(total / 20)}`)).toBeVisible();
});

test("the search box stays usable on a phone-sized screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/");
  await expect(searchBox(page)).toBeVisible();
  await searchBox(page).fill("quantization");
  await searchBox(page).press("Enter");
  await expect(page.getByText(/results? for “quantization”/)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
