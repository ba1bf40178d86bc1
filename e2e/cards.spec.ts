import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { newPaperId } from "@/lib/papers/paper-id";
import { expect, test } from "./fixtures";

const hex = () => randomBytes(4).toString("hex");
const arxivIdOf = () => `2502.${String(randomBytes(2).readUInt16BE()).padStart(5, "0")}`;

/** A paper with 2,000 authors, a code repository and Hugging Face signals, in two fresh curated topics. */
async function seedCards(db: Parameters<Parameters<typeof test>[2]>[0]["db"]) {
  const word = `okapi${hex()}`;
  const rich = { id: newPaperId(), arxivId: arxivIdOf(), title: `Striped cards of the ${word}` };
  const bare = { id: newPaperId(), title: `A bare card ${word} ${"Unbrokenwordwithoutanyspaces".repeat(4)}` };
  await db.paper.create({
    data: {
      ...rich,
      abstract: `An abstract about the ${word}.`,
      authors: Array.from({ length: 2000 }, (_, i) => `Author ${i + 1}`),
      githubRepo: "https://github.com/example/okapi",
      hfUpvotes: 12,
      publishedAt: new Date("2025-02-03T00:00:00Z"),
    },
  });
  await db.paper.create({ data: { ...bare, abstract: `Nothing more about the ${word}.` } });
  const [home, other] = await Promise.all(
    ["Home", "Other"].map((name) =>
      db.topic.create({ data: { slug: `cards-${name.toLowerCase()}-${hex()}`, name: `Cards ${name}`, query: word } }),
    ),
  );
  await db.paperTopic.createMany({
    data: [
      { topicId: home!.id, paperId: rich.id },
      { topicId: other!.id, paperId: rich.id },
      { topicId: home!.id, paperId: bare.id },
    ],
  });
  const cleanUp = async () => {
    await db.paper.deleteMany({ where: { id: { in: [rich.id, bare.id] } } });
    await db.topic.deleteMany({ where: { id: { in: [home!.id, other!.id] } } });
  };
  return { word, rich, bare, home: home!, other: other!, cleanUp };
}

async function expectRichCard(page: Page, rich: { arxivId: string; title: string }) {
  const card = page.getByRole("article").filter({ hasText: rich.title });
  await expect(card.getByText("Author 1, Author 2, Author 3 + 1,997 more")).toBeVisible();
  await expect(card.getByText("Published 3 Feb 2025")).toBeVisible();
  // Each link says which paper it belongs to through its description: the card's title.
  const link = async (name: string, href: string) => {
    const element = card.getByRole("link", { name, exact: true });
    await expect(element).toHaveAttribute("href", href);
    await expect(element).toHaveAttribute("rel", "noopener");
    await expect(element).toHaveAccessibleDescription(rich.title);
  };
  await link("arXiv", `https://arxiv.org/abs/${rich.arxivId}`);
  await link("PDF", `https://arxiv.org/pdf/${rich.arxivId}`);
  await link("Code on GitHub", "https://github.com/example/okapi");
  await link("HF (Hugging Face)", `https://huggingface.co/papers/${rich.arxivId}`);
  return card;
}

async function expectNoHorizontalScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.scrollingElement!.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test("a topic page's cards show three authors and the rest counted, chips, links and the date", async ({
  page,
  db,
  login,
}) => {
  const { rich, bare, home, other, cleanUp } = await seedCards(db);
  // A topic made here is not in the cached catalogue (lib/cache/public-routes.ts): a signed-in reader sees
  // it through the per-reader route, which renders the same TopicView and cards.
  await login();
  try {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/topics/${home.slug}`);
    const card = await expectRichCard(page, rich);
    await expectNoHorizontalScroll(page);

    // A paper without authors or links shows neither: no empty line, no dead link.
    const bareCard = page.getByRole("article").filter({ hasText: bare.title });
    await expect(bareCard.getByRole("link")).toHaveCount(2); // its title and its one topic chip
    await expect(bareCard.locator(".paper-card-authors")).toHaveCount(0);
    await expect(bareCard.getByText(/^Added /)).toBeVisible();

    // Every link on the card is a tap target of at least 24 px.
    for (const box of await card
      .getByRole("link")
      .evaluateAll((links) => links.slice(1).map((l) => l.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(box.width).toBeGreaterThanOrEqual(24);
    }

    await card.getByRole("link", { name: other.name, exact: true }).click();
    await expect(page).toHaveURL(`/topics/${other.slug}`);
    await expect(page.getByRole("heading", { name: other.name, level: 1 })).toBeVisible();
  } finally {
    await cleanUp();
  }
});

test("search results are the same cards", async ({ page, db }) => {
  const { word, rich, cleanUp } = await seedCards(db);
  try {
    await page.goto(`/search?q=${word}`);
    await expectRichCard(page, rich);
  } finally {
    await cleanUp();
  }
});

test("Cite copies the BibTeX and Copy link the canonical address", async ({ page, context, db, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { rich, cleanUp } = await seedCards(db);
  await db.paper.update({ where: { id: rich.id }, data: { arxivVersion: 3, primaryCategory: "cs.LG" } });
  try {
    await page.goto(`/papers/${rich.id}?utm_source=test#abstract`);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole("button", { name: "Cite" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    const bibtex = await clipboard();
    expect(bibtex).toMatch(/^@misc\{\w+2025striped,\n/);
    expect(bibtex).toContain(`  eprint = {${rich.arxivId}},\n  archivePrefix = {arXiv},\n  primaryClass = {cs.LG},`);
    expect(bibtex).toContain("author = {Author 1 and Author 2 and ");

    const copyLink = page.getByRole("button", { name: "Copy link" });
    await copyLink.click();
    await expect(copyLink.locator("xpath=..").getByRole("status")).toHaveText("Copied");
    await expect.poll(clipboard).toBe(`${baseURL}/papers/${rich.id}`);

    // The version held, and where arXiv lists them all.
    await expect(page.getByRole("definition").filter({ hasText: "v3" })).toBeVisible();
    await expect(page.getByRole("link", { name: "all versions on arXiv" })).toHaveAttribute(
      "href",
      `https://arxiv.org/abs/${rich.arxivId}`,
    );
  } finally {
    await cleanUp();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the BibTeX is there to read", async ({ page, db }) => {
    const { rich, cleanUp } = await seedCards(db);
    try {
      await page.goto(`/papers/${rich.id}`);
      await page.getByText("BibTeX and link").click();
      await expect(page.locator("pre#bibtex")).toContainText(`eprint = {${rich.arxivId}}`);
    } finally {
      await cleanUp();
    }
  });
});
