// What sitemap.xml lists (app/sitemap.ts): the curated topics and the most recent papers, in the New
// list's order. Never a reader's own topic: those are private.
import "server-only";
import { db } from "@/lib/db";

/** Papers listed: the newest are what a crawler has not seen yet; older ones it reaches by links. */
export const SITEMAP_PAPERS = 5_000;

export async function sitemapContent(papers = SITEMAP_PAPERS) {
  const [topics, recent] = await Promise.all([
    db.topic.findMany({ where: { ownerId: null }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.paper.findMany({
      select: { id: true, updatedAt: true },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      take: papers,
    }),
  ]);
  return { topics, papers: recent };
}
