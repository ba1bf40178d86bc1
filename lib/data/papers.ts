// Reads of papers for pages and route handlers. Narrow selects: only what the pages show.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { paperIdSchema } from "@/lib/papers/paper-id";

export const PAPERS_PER_PAGE = 20;

const listSelect = { id: true, title: true, abstract: true, publishedAt: true, createdAt: true } as const;

/** Newest first: by publication date when known, else by when Paperboy first saw the paper. */
export async function listPapers(page: number) {
  const [total, papers] = await Promise.all([
    db.paper.count(),
    db.paper.findMany({
      select: listSelect,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PAPERS_PER_PAGE,
      take: PAPERS_PER_PAGE,
    }),
  ]);
  return { papers, total, page, pageCount: Math.max(1, Math.ceil(total / PAPERS_PER_PAGE)) };
}

export type PaperListItem = Awaited<ReturnType<typeof listPapers>>["papers"][number];

/** One paper by public id, or null for an unknown or malformed id (the page turns that into a 404). */
export const getPaper = cache(async (id: string) => {
  if (!paperIdSchema.safeParse(id).success) return null;
  return db.paper.findUnique({
    where: { id },
    select: {
      id: true,
      arxivId: true,
      title: true,
      abstract: true,
      authors: true,
      categories: true,
      publishedAt: true,
      createdAt: true,
      absUrl: true,
      pdfUrl: true,
    },
  });
});
