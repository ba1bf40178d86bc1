// Ingests a file of papers. The format is judged from the content (detectFormat). An arXiv Atom file is
// streamed and written in batches, so a 100k-entry dump never sits in memory as objects; JSON and JSONL
// files are read whole. Bad entries are skipped and reported by position, and the rest still land.
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import type { Db } from "@/lib/database/client";
import { parseArxivAtomStream } from "@/lib/ingest/arxiv-atom";
import { detectFormat, type IngestFormat } from "@/lib/ingest/detect-format";
import { parseHfDaily } from "@/lib/ingest/hf-daily";
import { parseJsonArray, parseJsonl } from "@/lib/ingest/jsonl";
import type { IngestIssue, IngestPaper, IngestResult } from "@/lib/ingest/types";
import { upsertPapers, type UpsertCounts } from "@/lib/ingest/upsert";

/** A skipped entry; `label` says what `position` counts, e.g. `line`, `entry` or `arXiv result`. */
export type SkippedEntry = IngestIssue & { label: string };
/** `parsed` counts entries read, good or bad; `issues` keeps the first 1000 of the `skipped` ones. */
export type IngestSummary = UpsertCounts & { parsed: number; skipped: number; issues: SkippedEntry[]; seconds: number };
export type FileSummary = IngestSummary & { format: IngestFormat };
/** `fraction` is how much of the source was read, when that is known. */
export type IngestProgress = { parsed: number; written: number; skipped: number; fraction: number | null };
export type IngestOptions = { batchSize?: number; onProgress?: (progress: IngestProgress) => void };

/** A failure a person can act on (missing file, unknown format, network): its message is one line. */
export class IngestError extends Error {
  constructor(
    message: string,
    /** What was ingested before the failure, if anything was. */
    readonly summary?: IngestSummary,
  ) {
    super(message);
    this.name = "IngestError";
  }
}

const KEPT_ISSUES = 1000;
const YIELD_EVERY = 16;

/**
 * Collects papers into batches for upsertPapers and tallies the summary. A full batch is written while
 * the parser reads on (Node parses on one core while PostgreSQL writes on another), but the parser never
 * runs more than one batch ahead, so memory stays at two batches whatever the size of the source.
 */
export function createPaperWriter(db: Db, { batchSize = 1000, onProgress }: IngestOptions = {}) {
  const started = performance.now();
  const summary: IngestSummary = { parsed: 0, added: 0, updated: 0, unchanged: 0, skipped: 0, issues: [], seconds: 0 };
  let batch: IngestPaper[] = [];
  let writing = Promise.resolve();
  let written = 0;
  let fraction: number | null = null;
  let failed = false;
  const report = () => onProgress?.({ parsed: summary.parsed, written, skipped: summary.skipped, fraction });

  async function write(papers: IngestPaper[]) {
    const counts = await upsertPapers(db, papers);
    summary.added += counts.added;
    summary.updated += counts.updated;
    summary.unchanged += counts.unchanged;
    written += papers.length;
    report();
  }
  /** Starts writing the batch after the previous one, and resolves when that previous one is written. */
  function flush() {
    const previous = writing;
    const papers = batch;
    batch = [];
    writing = previous.then(() => write(papers));
    // Marked handled here; the error still reaches whoever awaits `writing` next.
    writing.catch(() => (failed = true));
    return previous;
  }
  return {
    async add(paper: IngestPaper) {
      summary.parsed++;
      batch.push(paper);
      if (batch.length >= batchSize) await flush();
      // Parsing runs in long synchronous stretches; a write in flight needs the event loop for each of its
      // round trips (BEGIN, lock, upsert, matching, COMMIT), so let it turn now and then.
      else if (batch.length % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    },
    skip(label: string, issues: IngestIssue[]) {
      summary.parsed += issues.length;
      summary.skipped += issues.length;
      const room = Math.max(0, KEPT_ISSUES - summary.issues.length);
      summary.issues.push(...issues.slice(0, room).map((issue) => ({ label, ...issue })));
    },
    progress(read: number) {
      fraction = read;
      report();
    },
    /**
     * Sends what is collected so far as a batch of its own. Between sources, so that two copies of one
     * paper (arXiv's and Hugging Face's) never meet in one upsertPapers call, which keeps only one of them.
     */
    async endSource() {
      if (batch.length > 0) await flush();
    },
    /** True once a write has failed: the error came from the database, not from the source. */
    failed: () => failed,
    async finish(): Promise<IngestSummary> {
      if (batch.length > 0) void flush();
      await writing;
      summary.seconds = (performance.now() - started) / 1000;
      report();
      return { ...summary, issues: [...summary.issues] };
    },
  };
}

// Enough to see past an XML declaration and comments to the root element (detectFormat looks at 4 KiB).
const HEAD_BYTES = 16 * 1024;
const READ_CHUNK = 1024 * 1024;

/** What a position counts in each format, for messages such as `line 4: not valid JSON`. */
const UNIT: Record<IngestFormat, string> = {
  "arxiv-atom": "entry",
  jsonl: "line",
  "json-array": "item",
  "hf-daily": "item",
};

const PARSE: Record<Exclude<IngestFormat, "arxiv-atom">, (text: string) => IngestResult> = {
  jsonl: parseJsonl,
  "json-array": parseJsonArray,
  "hf-daily": parseHfDaily,
};

export async function ingestFile(db: Db, file: string, options: IngestOptions = {}): Promise<FileSummary> {
  const size = await fileSize(file);
  const head = await readHead(file);
  const looksLikeXml = /^\uFEFF?\s*</.test(head);
  // Atom is detected from the head alone; the JSON formats need the whole text, which they parse anyway.
  const text = looksLikeXml ? null : await readFile(file, "utf8");
  const format = detectFormat(text ?? head);
  if (!format) {
    throw new IngestError(
      `${file}: unknown format (expected an arXiv Atom feed, Hugging Face daily papers JSON, a JSON array or JSON Lines)`,
    );
  }
  const writer = createPaperWriter(db, options);
  if (format === "arxiv-atom") {
    let read = 0;
    async function* chunks() {
      for await (const chunk of createReadStream(file, { highWaterMark: READ_CHUNK })) {
        read += (chunk as Buffer).length;
        writer.progress(size ? read / size : 1);
        yield chunk as Buffer;
      }
    }
    try {
      const result = await parseArxivAtomStream(chunks(), (paper) => writer.add(paper));
      writer.skip(UNIT[format], result.issues);
    } catch (error) {
      if (writer.failed()) throw error;
      // The papers before the break are good; write them, then say where the file broke.
      const summary = await writer.finish();
      const written = summary.added + summary.updated + summary.unchanged;
      throw new IngestError(
        `${file}: ${(error as Error).message} (the ${written} papers before it were ingested)`,
        summary,
      );
    }
  } else {
    let result: IngestResult;
    try {
      result = PARSE[format](text ?? "");
    } catch (error) {
      throw new IngestError(`${file}: ${(error as Error).message}`);
    }
    writer.skip(UNIT[format], result.issues);
    for (const paper of result.papers) await writer.add(paper);
    writer.progress(1);
  }
  return { format, ...(await writer.finish()) };
}

async function fileSize(file: string) {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new IngestError(`${file}: not a file`);
    return info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new IngestError(`${file}: no such file`);
    throw error;
  }
}

async function readHead(file: string) {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}
