// The one record every ingestion parser emits, and the one set of checks applied to it, so a paper from
// the arXiv API, Hugging Face or a file reaches the importer in the same shape. Parsers never throw on a
// bad entry: they report it as an issue (with its 1-based position in the source) and carry on.
import { z } from "zod";
import { isArxivId } from "@/lib/ingest/arxiv-id";
import { collapseWhitespace } from "@/lib/papers/text";

export type IngestAuthor = { name: string; affiliations: string[] };

export type IngestHf = {
  upvotes: number | null;
  keywords: string[];
  githubRepo: string | null;
  thumbnail: string | null;
};

export type IngestPaper = {
  arxivId: string | null;
  version: number | null;
  title: string;
  abstract: string;
  authors: IngestAuthor[];
  publishedAt: Date | null;
  updatedAt: Date | null;
  primaryCategory: string | null;
  categories: string[];
  absUrl: string | null;
  pdfUrl: string | null;
  comment: string | null;
  journalRef: string | null;
  doi: string | null;
  hf?: IngestHf;
};

/** `position` is the 1-based entry, item or line number in the source, so a person can find it. */
export type IngestIssue = { position: number; reason: string };

export type IngestTotals = { totalResults: number; startIndex: number; itemsPerPage: number };

export type IngestResult = { papers: IngestPaper[]; issues: IngestIssue[]; total?: IngestTotals };

const text = (max: number) =>
  z
    .string()
    .transform(collapseWhitespace)
    .pipe(z.string().min(1, "must not be empty").max(max, `must be at most ${max} characters`));

const optionalText = (max: number) =>
  z
    .string()
    .transform((value) => collapseWhitespace(value) || null)
    .pipe(z.string().max(max, `must be at most ${max} characters`).nullable())
    .nullable();

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const date = z.date({ error: "must be a valid date" });
const category = z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters");

export const ingestPaperSchema = z.object({
  arxivId: z.string().refine(isArxivId, "must be an arXiv id without version").nullable(),
  version: z.number().int().positive().nullable(),
  title: text(1000),
  abstract: text(20_000),
  authors: z.array(z.object({ name: text(300), affiliations: z.array(text(500)).max(50) })).max(10_000),
  publishedAt: date.nullable(),
  updatedAt: date.nullable(),
  primaryCategory: category.nullable(),
  categories: z.array(category).max(50),
  absUrl: httpUrl.nullable(),
  pdfUrl: httpUrl.nullable(),
  comment: optionalText(2000),
  journalRef: optionalText(1000),
  // arXiv puts several DOIs in this field when a paper has them, separated by spaces.
  doi: optionalText(500).refine((doi) => doi === null || doi.startsWith("10."), "must be a DOI (10.…)"),
  hf: z
    .object({
      upvotes: z.number().int().nonnegative().nullable(),
      keywords: z.array(text(200)).max(100),
      githubRepo: httpUrl.nullable(),
      thumbnail: httpUrl.nullable(),
    })
    .optional(),
}) satisfies z.ZodType<IngestPaper>;

/** Turns a zod error into one line a person can act on, e.g. `authors.2.name: must not be empty`. */
export function describeZodError(error: z.ZodError) {
  const first = error.issues[0];
  if (!first) return "is invalid";
  const path = first.path.map(String).join(".");
  return path ? `${path}: ${first.message}` : first.message;
}

export type CheckedPaper = { ok: true; paper: IngestPaper } | { ok: false; issue: IngestIssue };

/** Validates and normalises a candidate paper (whitespace collapsed, empty optional text made null). */
export function checkPaper(candidate: unknown, position: number): CheckedPaper {
  const parsed = ingestPaperSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, paper: parsed.data };
  return { ok: false, issue: { position, reason: describeZodError(parsed.error) } };
}

/** Parses a date string, requiring at least YYYY-MM-DD so that loose formats are not guessed at. */
export function parseIsoDate(value: string | null | undefined) {
  if (value === null || value === undefined || value.trim() === "") return null;
  return /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? new Date(value.trim()) : new Date(NaN);
}
