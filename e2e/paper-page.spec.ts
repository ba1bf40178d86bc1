import { randomBytes } from "node:crypto";
import { newPaperId } from "@/lib/papers/paper-id";
import { readSample } from "@/lib/papers/sample";
import { expect, test } from "./fixtures";

test("a sample paper lists similar papers, and they open", async ({ page }) => {
  const galore = (await readSample()).find((p) => p.title.startsWith("GaLore:"))!;
  await page.goto(`/papers/${galore.id}`);

  const similar = page.getByRole("region", { name: "Similar papers" });
  const links = similar.getByRole("link");
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeLessThanOrEqual(5);
  await expect(similar.getByRole("link", { name: galore.title })).toHaveCount(0);

  const title = (await links.first().textContent())!;
  const href = (await links.first().getAttribute("href"))!;
  expect(href).toMatch(/^\/papers\/[0-9a-z]{12}$/);
  expect(href).not.toBe(`/papers/${galore.id}`);
  await links.first().click();
  await expect(page).toHaveURL(href);
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
});

test("a paper from arXiv shows its authors, categories, links and details", async ({ page, db }) => {
  const id = newPaperId();
  const arxivId = `2501.${String(randomBytes(2).readUInt16BE()).padStart(5, "0")}`;
  await db.paper.create({
    data: {
      id,
      arxivId,
      title: "Orthogonal Widgets for Paper Page Tests",
      abstract: "We test that a paper page shows everything arXiv tells us about a paper.",
      authors: ["Ada Lovelace", "Alan Turing"],
      authorAffiliations: [["Analytical Engines Ltd", "Royal Society"], []],
      primaryCategory: "cs.LG",
      categories: ["cs.CL", "cs.LG"],
      absUrl: `https://arxiv.org/abs/${arxivId}`,
      pdfUrl: `https://arxiv.org/pdf/${arxivId}`,
      doi: "10.1000/widgets.42",
      comment: "12 pages, 3 figures",
      journalRef: "Journal of Widgets 7 (2025) 1-12",
      publishedAt: new Date("2025-01-15T00:00:00Z"),
    },
  });
  try {
    await page.goto(`/papers/${id}`);
    await expect(
      page.getByRole("heading", { name: "Orthogonal Widgets for Paper Page Tests", level: 1 }),
    ).toBeVisible();

    const authors = page.getByRole("list", { name: "Authors" }).getByRole("listitem");
    await expect(authors).toHaveText(["Ada Lovelace (Analytical Engines Ltd; Royal Society),", "Alan Turing"]);
    await expect(page.getByRole("list", { name: "Categories" }).getByRole("listitem")).toHaveText(["cs.LG", "cs.CL"]);
    await expect(page.getByText("Published 15 Jan 2025")).toBeVisible();

    await expect(page.getByRole("link", { name: "arXiv", exact: true })).toHaveAttribute(
      "href",
      `https://arxiv.org/abs/${arxivId}`,
    );
    await expect(page.getByRole("link", { name: "PDF" })).toHaveAttribute("href", `https://arxiv.org/pdf/${arxivId}`);
    await expect(page.getByRole("link", { name: "10.1000/widgets.42" })).toHaveAttribute(
      "href",
      "https://doi.org/10.1000/widgets.42",
    );
    await expect(page.getByRole("definition").filter({ hasText: arxivId })).toBeVisible();
    await expect(page.getByText("Journal of Widgets 7 (2025) 1-12")).toBeVisible();
    await expect(page.getByText("12 pages, 3 figures")).toBeVisible();
  } finally {
    await db.paper.delete({ where: { id } });
  }
});
