// Math in titles and abstracts, rendered by KaTeX on the server: on every page that lists papers, in search
// highlights and in the For-you list (fed by /api/for-you); its stylesheet only where math is; malformed or
// hostile TeX shows as text and runs nothing.
import type { Page } from "@playwright/test";
import { KATEX_STYLESHEET } from "@/lib/math/rendered";
import { newPaperId } from "@/lib/papers/paper-id";
import { matchTopic } from "@/lib/topics/match";
import { expect, test } from "./fixtures";

const id = newPaperId();
// A word no sample paper has, to find this one by.
const WORD = "zyxquartic";
const title = `Zyxquartic lattice packings of $E_8$ in $\\mathbb{R}^8$ ${id}`;
const longSum = `$$\\sum_{i=1}^{n} ${"x_{i} y_{i} + ".repeat(60)} z$$`;
const abstract = [
  `We study $k$-NN search in $\\mathcal{O}(dr)$ time for ${WORD} lattices.`,
  "Broken $\\frac{1}{$ stays as written, and so does this: $<img src=x onerror=window.__pwned=1>$.",
  "No links from $\\href{javascript:window.__pwned=1}{x}$, and it costs \\$5.",
  longSum,
].join(" ");

test.beforeAll(async ({ workerDb }) => {
  // Dated long before the sample, so it trends last and disturbs no other test's order.
  await workerDb.paper.create({ data: { id, title, abstract, publishedAt: new Date("2001-01-01T00:00:00Z") } });
});

test.afterAll(async ({ workerDb }) => {
  await workerDb.paper.delete({ where: { id } });
});

/** Console errors of the page (a CSP violation for KaTeX's stylesheet or fonts would be one). */
function consoleErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

const katexLinks = (page: Page) => page.locator(`link[rel="stylesheet"][href="${KATEX_STYLESHEET}"]`);

test("the paper page renders math with KaTeX's own stylesheet and fonts, and no page scroll at 360 px", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/papers/${id}`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading.locator(".katex")).toHaveCount(2);
  await expect(heading.locator("math")).toHaveCount(2);
  await expect(page.locator(".katex-display")).toHaveCount(1);
  await expect(katexLinks(page)).toHaveCount(1);
  // KaTeX's fonts come from our origin and load (the CSP allows 'self' only).
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some((font) => font.family.includes("KaTeX_Main") && font.status === "loaded");
      }),
    )
    .toBe(true);
  // The long display formula scrolls in its box; the page itself does not.
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  // Malformed and hostile TeX: text, no element, nothing run.
  const abstractText = page.locator("section", { has: page.getByRole("heading", { name: "Abstract" }) });
  await expect(abstractText).toContainText("Broken $\\frac{1}{$ stays as written");
  await expect(abstractText).toContainText("costs $5");
  await expect(page.locator("article img")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // Metadata is plain text.
  await expect(page).toHaveTitle(new RegExp(`^Zyxquartic lattice packings of E₈ in ℝ⁸ ${id}`));
  await expect(
    page.getByRole("button", { name: `Upvote Zyxquartic lattice packings of E₈ in ℝ⁸ ${id}` }),
  ).toBeVisible();
  expect(errors.filter((error) => /Content.Security.Policy|katex/i.test(error))).toEqual([]);
});

test("a page without math links no KaTeX stylesheet", async ({ page, db }) => {
  const plain = await db.paper.findFirstOrThrow({
    where: { NOT: [{ title: { contains: "$" } }, { abstract: { contains: "$" } }] },
    select: { id: true },
  });
  await page.goto(`/papers/${plain.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(katexLinks(page)).toHaveCount(0);
  await expect(page.locator(".katex")).toHaveCount(0);
});

test("search results render math and keep the highlight", async ({ page }) => {
  await page.goto(`/search?q=${WORD}`);
  const result = page.getByRole("list", { name: "Search results" }).getByRole("article").first();
  const resultTitle = result.getByRole("heading", { level: 2 });
  await expect(resultTitle.locator("mark")).toHaveText(/zyxquartic/i);
  await expect(resultTitle.locator(".katex math")).toHaveCount(2);
  await expect(result.locator("p mark").first()).toHaveText(/zyxquartic/i);
  await expect(katexLinks(page)).toHaveCount(1);
});

test("a topic page and For you show the card's math rendered", async ({ page, login, db }) => {
  const user = await login();
  const topic = await db.topic.create({
    data: { slug: `${WORD}-${user.id}`, name: "Zyxquartic", query: WORD, ownerId: user.id },
  });
  await matchTopic(db, topic.id);
  await db.topicFollow.create({ data: { userId: user.id, topicId: topic.id } });

  await page.goto(`/topics/${topic.slug}`);
  const card = page.getByRole("list", { name: "Papers" }).getByRole("article").first();
  await expect(card.getByRole("heading", { level: 2 }).locator(".katex math")).toHaveCount(2);
  await expect(card.locator("p .katex").first()).toBeVisible();
  await expect(katexLinks(page)).toHaveCount(1);

  await page.goto("/for-you");
  const forYou = page.getByRole("list", { name: "Papers" }).getByRole("article").first();
  await expect(forYou.getByRole("heading", { level: 2 }).locator(".katex math")).toHaveCount(2);
  await expect(katexLinks(page)).toHaveCount(1);
  await expect(
    page.getByRole("button", { name: `Not interested in Zyxquartic lattice packings of E₈ in ℝ⁸ ${id}` }),
  ).toBeVisible();
});
