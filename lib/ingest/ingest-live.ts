// Ingests papers straight from the sources: an arXiv API search over the last few days (through the
// polite client, one request every 3 s) and Hugging Face's daily papers. Used by `npm run ingest` and the
// cron route. A source that cannot be reached does not stop the other; the run then fails at the end,
// after writing what it got, with one line per failed source.
import type { Db } from "@/lib/database/client";
import { ArxivFetchError, createArxivClient } from "@/lib/ingest/arxiv-client";
import { createHfClient, HfFetchError, utcDate } from "@/lib/ingest/hf-client";
import { createPaperWriter, IngestError, type IngestOptions, type IngestSummary } from "@/lib/ingest/ingest-file";

export type LiveOptions = IngestOptions & {
  /** An arXiv API search_query, e.g. `cat:cs.LG OR cat:cs.CL`; limited to papers submitted in the last `days`. */
  arxivQuery?: string;
  days?: number;
  /** true: Hugging Face's lists for today and yesterday (UTC), whose upvotes still move; or one YYYY-MM-DD day. */
  hfDaily?: boolean | string;
  now?: Date;
  /** For tests: the network is reached only through these. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
};

const DAY_MS = 24 * 60 * 60 * 1000;

function utcStamp(date: Date) {
  return utcDate(date).replaceAll("-", "");
}

/**
 * `(<query>) AND submittedDate:[…]` covering `days` whole UTC days up to and including `now`'s, the same
 * window as arxivQueryForDays but around any search query rather than one category.
 */
export function arxivQueryWithinDays(query: string, days: number, now: Date = new Date()) {
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    throw new RangeError(`days must be a whole number from 1 to 366, got ${days}`);
  }
  const first = new Date(now.getTime() - (days - 1) * DAY_MS);
  return `(${query.trim()}) AND submittedDate:[${utcStamp(first)}0000 TO ${utcStamp(now)}2359]`;
}

function hfDays(hfDaily: LiveOptions["hfDaily"], now: Date) {
  if (typeof hfDaily === "string") return [hfDaily];
  return hfDaily ? [utcDate(new Date(now.getTime() - DAY_MS)), utcDate(now)] : [];
}

export async function ingestLive(db: Db, options: LiveOptions): Promise<IngestSummary> {
  const { arxivQuery, days = 2, hfDaily = false, now = new Date(), fetch, sleep } = options;
  const writer = createPaperWriter(db, options);
  const failures: string[] = [];

  // Hugging Face first: arXiv's copy of a paper then has the last word on its text (a versioned arXiv
  // entry beats an unversioned one), while the upvotes and keywords Hugging Face brought are kept.
  const hf = createHfClient({ fetch, sleep });
  for (const day of hfDays(hfDaily, now)) {
    try {
      const result = await hf.daily(day);
      writer.skip(`Hugging Face ${day} item`, result.issues);
      for (const paper of result.papers) await writer.add(paper);
    } catch (error) {
      if (!(error instanceof HfFetchError)) throw error;
      failures.push(error.message);
    }
  }

  await writer.endSource();

  if (arxivQuery) {
    const client = createArxivClient({ fetch, sleep });
    try {
      for await (const page of client.pages({ searchQuery: arxivQueryWithinDays(arxivQuery, days, now) })) {
        writer.skip("arXiv result", page.issues);
        for (const paper of page.papers) await writer.add(paper);
        writer.progress(page.totalResults ? Math.min(1, (page.start + page.papers.length) / page.totalResults) : 1);
      }
    } catch (error) {
      if (!(error instanceof ArxivFetchError)) throw error;
      failures.push(error.message);
    }
  }

  const summary = await writer.finish();
  if (failures.length > 0) throw new IngestError(failures.join("; "), summary);
  return summary;
}
