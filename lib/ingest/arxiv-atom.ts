// The arXiv API's Atom feed (export.arxiv.org/api/query) as IngestPapers. parseArxivAtom takes one
// response; parseArxivAtomStream reads bulk files of any size chunk by chunk and waits for each paper's
// handler before reading on, so a slow importer holds back the file instead of piling up papers.
import { type AtomEntry, createAtomReader } from "@/lib/ingest/arxiv-atom-reader";
import { arxivAbsUrl, arxivPdfUrl, parseArxivId } from "@/lib/ingest/arxiv-id";
import {
  type CheckedPaper,
  checkPaper,
  type IngestIssue,
  type IngestPaper,
  type IngestResult,
  parseIsoDate,
} from "@/lib/ingest/types";
import { collapseWhitespace } from "@/lib/papers/text";

/** `entries` counts every <entry>, good or bad; `apiError` is set when arXiv answered with its error entry. */
export type AtomResult = IngestResult & { entries: number; apiError?: string };

export type AtomStreamResult = Omit<AtomResult, "papers">;

// Large chunks are fed in slices so that one huge string still yields papers a few at a time.
const SLICE = 64 * 1024;

function apiErrorOf(entry: AtomEntry) {
  const title = collapseWhitespace(entry.title ?? "");
  const isError = entry.id?.includes("/api/errors") || (title === "Error" && !parseArxivId(entry.id ?? ""));
  return isError ? `arXiv API error: ${collapseWhitespace(entry.summary ?? "") || "no details given"}` : null;
}

function toPaper(entry: AtomEntry, position: number): CheckedPaper {
  const parsedId = entry.id ? parseArxivId(entry.id) : null;
  if (!parsedId) {
    const reason = entry.id ? `id: not an arXiv id (${collapseWhitespace(entry.id)})` : "id: missing";
    return { ok: false, issue: { position, reason } };
  }
  const altLink = entry.links.find((link) => link.rel === "alternate")?.href;
  // Some responses give the id without version; the abs link still carries it.
  const version = parsedId.version ?? (altLink ? (parseArxivId(altLink)?.version ?? null) : null);
  const primary = entry.primaryCategory ? [entry.primaryCategory] : [];
  return checkPaper(
    {
      arxivId: parsedId.id,
      version,
      title: entry.title ?? "",
      abstract: entry.summary ?? "",
      authors: entry.authors,
      publishedAt: parseIsoDate(entry.published),
      updatedAt: parseIsoDate(entry.updated),
      primaryCategory: entry.primaryCategory,
      categories: [...new Set([...primary, ...entry.categories])],
      // Built from the id, never taken from the feed: https, and on arXiv whatever the entry's links say.
      absUrl: arxivAbsUrl(parsedId.id, version),
      pdfUrl: arxivPdfUrl(parsedId.id, version),
      comment: entry.comment,
      journalRef: entry.journalRef,
      doi: entry.doi,
    },
    position,
  );
}

function createCollector() {
  const result: AtomStreamResult = { issues: [] as IngestIssue[], entries: 0 };
  return {
    result,
    /** Returns the entry's paper, or null after recording why there is none. */
    accept(entry: AtomEntry): { paper: IngestPaper; position: number } | null {
      const position = ++result.entries;
      const apiError = apiErrorOf(entry);
      if (apiError) {
        result.apiError = apiError;
        result.issues.push({ position, reason: apiError });
        return null;
      }
      const checked = toPaper(entry, position);
      if (checked.ok) return { paper: checked.paper, position };
      result.issues.push(checked.issue);
      return null;
    },
  };
}

/** Parses one API response. Throws only if the document is not a well-formed Atom feed. */
export function parseArxivAtom(xml: string): AtomResult {
  const reader = createAtomReader();
  const collector = createCollector();
  const papers: IngestPaper[] = [];
  for (const entry of [...reader.write(xml), ...reader.close()]) {
    const accepted = collector.accept(entry);
    if (accepted) papers.push(accepted.paper);
  }
  return { papers, ...collector.result, total: reader.totals() };
}

/** Streams a feed of any size; `onPaper` gets each valid paper with its 1-based entry position. */
export async function parseArxivAtomStream(
  source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  onPaper: (paper: IngestPaper, position: number) => void | Promise<void>,
): Promise<AtomStreamResult> {
  const reader = createAtomReader();
  const collector = createCollector();
  const decoder = new TextDecoder("utf-8");
  const deliver = async (entries: AtomEntry[]) => {
    for (const entry of entries) {
      const accepted = collector.accept(entry);
      if (accepted) await onPaper(accepted.paper, accepted.position);
    }
  };
  for await (const chunk of source) {
    // stream: true keeps a multi-byte character split across two chunks intact.
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    for (let at = 0; at < text.length; at += SLICE) await deliver(reader.write(text.slice(at, at + SLICE)));
  }
  await deliver(reader.write(decoder.decode()));
  await deliver(reader.close());
  return { ...collector.result, total: reader.totals() };
}
