import { childNamed, childrenNamed, parseXml } from "@/lib/feeds/testing/parse-xml";
import { expect, test } from "./fixtures";

test("the trending feeds parse as Atom and RSS with the trending papers", async ({ request }) => {
  const atom = await request.get("/feeds/trending.atom");
  expect(atom.status()).toBe(200);
  expect(atom.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(atom.headers()["cache-control"]).toBe("public, max-age=300");
  expect(childrenNamed(parseXml(await atom.text()), "entry")).toHaveLength(50);

  const rss = await request.get("/feeds/trending.rss");
  expect(rss.status()).toBe(200);
  expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const channel = childNamed(parseXml(await rss.text()), "channel");
  expect(childrenNamed(channel, "item")).toHaveLength(50);
});

test("a curated topic page links to its Atom feed", async ({ page }) => {
  await page.goto("/topics/quantization");
  const link = page.getByRole("link", { name: "Atom feed" });
  await expect(link).toHaveAttribute("href", "/feeds/topics/quantization.atom");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/feeds\/topics\/quantization\.atom$/,
  );
  const feed = await page.request.get("/feeds/topics/quantization.atom");
  expect(childrenNamed(parseXml(await feed.text()), "entry").length).toBeGreaterThan(0);
});

test("a private For you feed: made in Settings, read by URL, replaced, then turned off", async ({
  page,
  login,
  db,
}) => {
  const user = await login();
  const speech = await db.topic.findUniqueOrThrow({ where: { slug: "speech" }, select: { id: true } });
  await db.topicFollow.create({ data: { userId: user.id, topicId: speech.id } });

  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Private feed" });
  await expect(section).toContainText("You have no private feed.");
  await section.getByRole("button", { name: "Create feed URL" }).click();
  const urlBox = section.getByRole("textbox", { name: "Your private feed URL" });
  await expect(urlBox).toHaveValue(/\/feeds\/for-you\/[A-Za-z0-9_-]{43}$/);
  await expect(section).toContainText("can't show you this URL again");
  const first = await urlBox.inputValue();

  const response = await page.request.get(first);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  const entries = childrenNamed(parseXml(await response.text()), "entry");
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) {
    expect(childrenNamed(entry, "category").map((c) => c.attributes.label)).toContain("Speech & audio");
  }

  // After a reload the URL is gone for good (only its hash is stored), but the feed is still on.
  await page.reload();
  await expect(urlBox).toHaveCount(0);
  await expect(section).toContainText("Your private feed is on.");

  await section.getByRole("button", { name: "Make a new URL" }).click();
  await expect(urlBox).toHaveValue(/\/feeds\/for-you\/[A-Za-z0-9_-]{43}$/);
  const second = await urlBox.inputValue();
  expect(second).not.toBe(first);
  expect((await page.request.get(first)).status()).toBe(404);
  expect((await page.request.get(second)).status()).toBe(200);

  await section.getByRole("button", { name: "Turn off" }).click();
  await expect(section.getByRole("button", { name: "Create feed URL" })).toBeVisible();
  await expect(urlBox).toHaveCount(0);
  expect((await page.request.get(second)).status()).toBe(404);
  expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { feedTokenHash: true } })).toEqual({
    feedTokenHash: null,
  });
});
