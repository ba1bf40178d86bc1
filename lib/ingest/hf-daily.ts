// Hugging Face daily papers (huggingface.co/api/daily_papers) as IngestPapers. Every item is an arXiv
// paper (`paper.id` is its id without version) plus Hugging Face's own signals: upvotes, AI keywords,
// a GitHub repository and a thumbnail. Most fields beyond id, title and summary are often missing.
import { z } from "zod";
import { arxivAbsUrl, arxivPdfUrl, isArxivId } from "@/lib/ingest/arxiv-id";
import { checkPaper, describeZodError, type IngestPaper, type IngestResult, parseIsoDate } from "@/lib/ingest/types";

const optionalUrl = z
  .string()
  .nullish()
  .transform((url) => url?.trim() || null);

const hfItem = z.object({
  paper: z.object({
    id: z.string().refine(isArxivId, "must be an arXiv id without version"),
    title: z.string().optional(),
    summary: z.string().optional(),
    authors: z.array(z.object({ name: z.string() })).default([]),
    publishedAt: z.string().nullish(),
    upvotes: z.number().nullish(),
    ai_keywords: z.array(z.string()).nullish(),
    githubRepo: optionalUrl,
  }),
  // The listing repeats title and summary at the top level; the paper's own copy wins.
  title: z.string().optional(),
  summary: z.string().optional(),
  thumbnail: optionalUrl,
});

type HfItem = z.infer<typeof hfItem>;

function toCandidate({ paper, ...item }: HfItem) {
  return {
    arxivId: paper.id,
    version: null,
    title: paper.title ?? item.title ?? "",
    abstract: paper.summary ?? item.summary ?? "",
    authors: paper.authors.map(({ name }) => ({ name, affiliations: [] })),
    publishedAt: parseIsoDate(paper.publishedAt),
    updatedAt: null,
    primaryCategory: null,
    categories: [],
    absUrl: arxivAbsUrl(paper.id),
    pdfUrl: arxivPdfUrl(paper.id),
    comment: null,
    journalRef: null,
    doi: null,
    hf: {
      upvotes: paper.upvotes ?? null,
      keywords: paper.ai_keywords ?? [],
      githubRepo: paper.githubRepo,
      thumbnail: item.thumbnail,
    },
  };
}

/** Parses a daily papers response. Throws only if the text is not a JSON array at all. */
export function parseHfDaily(json: string): IngestResult {
  let items: unknown;
  try {
    items = JSON.parse(json);
  } catch {
    throw new Error("Hugging Face daily papers: not valid JSON");
  }
  if (!Array.isArray(items)) throw new Error("Hugging Face daily papers: expected a JSON array of items");
  const result: { papers: IngestPaper[]; issues: IngestResult["issues"] } = { papers: [], issues: [] };
  items.forEach((raw, index) => {
    const position = index + 1;
    const item = hfItem.safeParse(raw);
    if (!item.success) {
      result.issues.push({ position, reason: describeZodError(item.error) });
      return;
    }
    const checked = checkPaper(toCandidate(item.data), position);
    if (checked.ok) result.papers.push(checked.paper);
    else result.issues.push(checked.issue);
  });
  return result;
}
