// What search engines and link previews see: per-page Open Graph / X card tags with canonical URLs from
// APP_URL (the e2e servers run with APP_URL = their own origin), a generated image per paper, sitemap.xml,
// robots.txt, and X-Robots-Tag on private paths only.
import { randomBytes } from "node:crypto";
import { newPaperId } from "@/lib/papers/paper-id";
import { readSample } from "@/lib/papers/sample";
import { CURATED_TOPICS } from "@/lib/topics/catalogue";
import { expect, test } from "./fixtures";

const meta = (name: string) => `meta[property="${name}"], meta[name="${name}"]`;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test("a paper page has share tags, a canonical URL and a generated image", async ({ page, db, baseURL, request }) => {
  const id = newPaperId();
  const arxivId = `2502.${String(randomBytes(2).readUInt16BE()).padStart(5, "0")}`;
  // Letters next/og's fonts lack (CJK, emoji) must not stall or break the image.
  const title = `Sharing $E_8$ Widgets with Müller–Łukasiewicz Sheaves 模型 🚀 ${id}`;
  const plainTitle = `Sharing E₈ Widgets with Müller–Łukasiewicz Sheaves 模型 🚀 ${id}`;
  await db.paper.create({
    data: {
      id,
      arxivId,
      title,
      abstract: "We show what a link preview says about a paper. ".repeat(10),
      authors: ["Zoë Ångström", "Alan Turing", "Grace Hopper", "Barbara Liskov"],
      publishedAt: new Date("2025-02-03T00:00:00Z"),
    },
  });
  await page.goto(`/papers/${id}`);
  const url = `${baseURL}/papers/${id}`;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
  await expect(page.locator(meta("og:url"))).toHaveAttribute("content", url);
  await expect(page.locator(meta("og:type"))).toHaveAttribute("content", "article");
  await expect(page.locator(meta("og:title"))).toHaveAttribute("content", plainTitle);
  await expect(page.locator(meta("og:site_name"))).toHaveAttribute("content", "Paperboy");
  const description = await page.locator(meta("og:description")).getAttribute("content");
  expect(description).toMatch(/^Zoë Ångström, Alan Turing, Grace Hopper \+ 1 more\. We show what a link preview/);
  expect(description!.length).toBeLessThan(300);
  await expect(page.locator(meta("twitter:card"))).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator(meta("twitter:title"))).toHaveAttribute("content", plainTitle);
  await expect(page).toHaveTitle(`${plainTitle} · Paperboy`);

  const image = await page.locator(meta("og:image")).getAttribute("content");
  expect(image).toMatch(new RegExp(`^${baseURL}/papers/${id}/opengraph-image`));
  const response = await request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  await expect(page.locator(meta("og:image:width"))).toHaveAttribute("content", "1200");
  await expect(page.locator(meta("og:image:alt"))).toHaveAttribute("content", /title, authors and date/);
});

test("an unknown or malformed paper has no image", async ({ request }) => {
  expect((await request.get(`/papers/${newPaperId()}/opengraph-image`)).status()).toBe(404);
  expect((await request.get(`/papers/..%2F..%2Fetc/opengraph-image`)).status()).toBe(404);
});

test("a curated topic page and the home page have share tags and canonical URLs", async ({ page, baseURL }) => {
  const topic = CURATED_TOPICS[0]!;
  await page.goto(`/topics/${topic.slug}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/topics/${topic.slug}`);
  await expect(page.locator(meta("og:title"))).toHaveAttribute("content", topic.name);
  await expect(page.locator(meta("og:description"))).toHaveAttribute("content", topic.description);
  await expect(page.locator(meta("twitter:card"))).toHaveAttribute("content", "summary");

  // The default list is the site's root, whatever spelled it (Next.js writes it without the slash); another
  // list names itself.
  await page.goto("/?view=trending&page=1");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", baseURL!);
  await expect(page.locator(meta("og:url"))).toHaveAttribute("content", baseURL!);
  await page.goto("/?view=new");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/?view=new`);
});

test("sitemap.xml lists the curated topics and recent papers, never a reader's own topic", async ({
  request,
  db,
  baseURL,
}) => {
  const owner = await db.user.create({ data: { email: `seo-${newPaperId()}@example.com` } });
  const own = await db.topic.create({
    data: { slug: `mine-${newPaperId()}`, name: "Mine", query: "m", ownerId: owner.id },
  });
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = await response.text();
  expect(xml).toContain(`<loc>${baseURL}/</loc>`);
  for (const topic of CURATED_TOPICS) expect(xml).toContain(`<loc>${baseURL}/topics/${topic.slug}</loc>`);
  const [sample] = await readSample();
  expect(xml).toContain(`<loc>${baseURL}/papers/${sample!.id}</loc>`);
  expect(xml).not.toContain(own.slug);
});

test("robots.txt keeps crawlers out of private paths and points at the sitemap", async ({ request, baseURL }) => {
  const robots = await (await request.get("/robots.txt")).text();
  for (const path of ["/settings", "/signin", "/auth/", "/feeds/for-you/", "/dev/", "/unsubscribe/", "/api/"]) {
    expect(robots).toContain(`Disallow: ${path}\n`);
  }
  expect(robots).toContain("Allow: /\n");
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).not.toMatch(/Disallow: \/(papers|topics)?\n/);
});

test("private paths answer with X-Robots-Tag: noindex, public pages without it", async ({ request }) => {
  const topic = CURATED_TOPICS[0]!;
  const [sample] = await readSample();
  for (const path of ["/signin", "/search?q=widgets", "/auth/confirm", `/feeds/for-you/${"0".repeat(43)}`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["x-robots-tag"], path).toBe("noindex");
  }
  for (const path of [
    "/",
    "/?view=new",
    "/topics",
    `/topics/${topic.slug}`,
    `/papers/${sample!.id}`,
    "/about/ranking",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-robots-tag"], path).toBeUndefined();
  }
});
