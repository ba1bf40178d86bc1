// Files of papers: JSON Lines (one object per line) or one JSON array. Accepts the bundled sample's
// `{ rank, title, abstract }` lines and objects using IngestPaper's own field names, with authors as plain
// names or `{ name, affiliations }`. Positions are line numbers for JSONL and 1-based indexes for arrays.
import { z } from "zod";
import { arxivAbsUrl, arxivPdfUrl, parseArxivId } from "@/lib/ingest/arxiv-id";
import {
  type CheckedPaper,
  checkPaper,
  describeZodError,
  type IngestIssue,
  type IngestPaper,
  type IngestResult,
  parseIsoDate,
} from "@/lib/ingest/types";
import { arxivUrl } from "@/lib/papers/paper-links";

const required = z.string({ error: (issue) => (issue.input === undefined ? "is missing" : "must be a string") });
const optional = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

// A plain string is a name; preprocessing (rather than a union) keeps zod's messages about the object.
const author = z.preprocess(
  (value) => (typeof value === "string" ? { name: value } : value),
  z.object({ name: required, affiliations: z.array(z.string()).default([]) }),
);

const paperRecord = z.object(
  {
    arxivId: optional,
    version: z.number().int().positive().nullish(),
    title: required,
    abstract: required,
    authors: z.array(author).default([]),
    publishedAt: optional,
    updatedAt: optional,
    primaryCategory: optional,
    categories: z.array(z.string()).default([]),
    absUrl: optional,
    pdfUrl: optional,
    comment: optional,
    journalRef: optional,
    doi: optional,
  },
  { error: "must be a JSON object" },
);

function recordToPaper(raw: unknown, position: number): CheckedPaper {
  const parsed = paperRecord.safeParse(raw);
  if (!parsed.success) return { ok: false, issue: { position, reason: describeZodError(parsed.error) } };
  const { arxivId: rawId, version, publishedAt, updatedAt, ...record } = parsed.data;
  const arxiv = rawId ? parseArxivId(rawId) : null;
  if (rawId && !arxiv) return { ok: false, issue: { position, reason: `arxivId: not an arXiv id (${rawId})` } };
  const arxivVersion = version ?? arxiv?.version ?? null;
  return checkPaper(
    {
      ...record,
      arxivId: arxiv?.id ?? null,
      version: arxivVersion,
      publishedAt: parseIsoDate(publishedAt),
      updatedAt: parseIsoDate(updatedAt),
      // Links follow from the id when there is one; a file's own links are kept only when they are arXiv's.
      absUrl: arxiv ? arxivAbsUrl(arxiv.id, arxivVersion) : arxivUrl(record.absUrl),
      pdfUrl: arxiv ? arxivPdfUrl(arxiv.id, arxivVersion) : arxivUrl(record.pdfUrl),
    },
    position,
  );
}

function collect(entries: Iterable<{ raw: unknown; position: number } | IngestIssue>): IngestResult {
  const result: { papers: IngestPaper[]; issues: IngestIssue[] } = { papers: [], issues: [] };
  for (const entry of entries) {
    const checked: CheckedPaper =
      "reason" in entry ? { ok: false, issue: entry } : recordToPaper(entry.raw, entry.position);
    if (checked.ok) result.papers.push(checked.paper);
    else result.issues.push(checked.issue);
  }
  return result;
}

function* jsonLines(text: string) {
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    try {
      yield { raw: JSON.parse(line) as unknown, position: index + 1 };
    } catch {
      yield { position: index + 1, reason: "not valid JSON" };
    }
  }
}

/** Parses JSON Lines; blank lines are skipped and a bad line is an issue naming its line number. */
export function parseJsonl(text: string): IngestResult {
  return collect(jsonLines(text.replace(/^\uFEFF/, "")));
}

/** Parses a JSON array of papers. Throws only if the text is not a JSON array at all. */
export function parseJsonArray(text: string): IngestResult {
  let items: unknown;
  try {
    items = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new Error("Papers file: not valid JSON");
  }
  if (!Array.isArray(items)) throw new Error("Papers file: expected a JSON array of papers");
  return collect(items.map((raw: unknown, index) => ({ raw, position: index + 1 })));
}
