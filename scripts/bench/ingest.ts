// The ingest benchmark: a synthetic arXiv Atom file of N entries through the same code path as
// `npm run ingest -- --file` (stream, parse, upsert, topic matching) into a fresh, migrated database with
// the curated topics. Parsing is also timed alone, so the database's share of the time is visible.
import { createReadStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "@/lib/database/client";
import { pgQuery } from "@/lib/database/pg";
import { prepareDatabase } from "@/lib/database/prepare";
import { provisionTestDatabase } from "@/lib/database/provision";
import { parseArxivAtomStream } from "@/lib/ingest/arxiv-atom";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { createProgressReporter } from "@/lib/ingest/progress";
import { writeSyntheticAtom } from "./generate-atom";
import { BENCH_DIR } from "./report";

type IngestBenchOptions = { papers: number; batchSize: number; seed: number; log: (line: string) => void };

export type IngestBenchResult = {
  entries: number;
  fileBytes: number;
  batchSize: number;
  seed: number;
  seconds: number;
  entriesPerSecond: number;
  parseOnlySeconds: number;
  summary: { added: number; updated: number; unchanged: number; skipped: number };
  rows: { papers: number; paperTopics: number; papersWithTopic: number; topics: number };
  peakRssMb: number;
  postgres: string;
  embedded: boolean;
};

const timed = async <T>(run: () => Promise<T>) => {
  const start = performance.now();
  const value = await run();
  return { value, seconds: (performance.now() - start) / 1000 };
};

export async function benchIngest({ papers, batchSize, seed, log }: IngestBenchOptions): Promise<IngestBenchResult> {
  await mkdir(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, `arxiv-${papers}-seed${seed}.xml`);
  const generated = await timed(() => writeSyntheticAtom(file, papers, seed));
  log(`generated ${file} (${(generated.value / 1e6).toFixed(0)} MB) in ${generated.seconds.toFixed(1)} s`);

  const parseOnly = await timed(() =>
    parseArxivAtomStream(createReadStream(file, { highWaterMark: 1 << 20 }), () => {}),
  );
  log(`parsing alone: ${parseOnly.seconds.toFixed(1)} s`);

  const database = await provisionTestDatabase();
  try {
    await prepareDatabase(database.url, { seedIfEmpty: false });
    const db = createPrismaClient(database.url);
    try {
      log(`ingesting ${papers.toLocaleString("en-US")} entries into a fresh database…`);
      const reporter = createProgressReporter();
      const ingested = await timed(() => ingestFile(db, file, { batchSize, onProgress: reporter.update }));
      reporter.done();
      const [counts] = await pgQuery<IngestBenchResult["rows"]>(
        database.url,
        `SELECT (SELECT count(*)::int FROM papers) AS "papers",
                (SELECT count(*)::int FROM paper_topics) AS "paperTopics",
                (SELECT count(DISTINCT paper_id)::int FROM paper_topics) AS "papersWithTopic",
                (SELECT count(*)::int FROM topics) AS "topics"`,
      );
      const [version] = await pgQuery<{ server_version: string }>(database.url, "SHOW server_version");
      const { added, updated, unchanged, skipped } = ingested.value;
      return {
        entries: ingested.value.parsed,
        fileBytes: (await stat(file)).size,
        batchSize,
        seed,
        seconds: ingested.seconds,
        entriesPerSecond: ingested.value.parsed / ingested.seconds,
        parseOnlySeconds: parseOnly.seconds,
        summary: { added, updated, unchanged, skipped },
        rows: counts!,
        // maxRSS is in KiB: the peak of this Node process (PostgreSQL's own memory is not included).
        peakRssMb: process.resourceUsage().maxRSS / 1024,
        postgres: version?.server_version ?? "unknown",
        embedded: database.embedded,
      };
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.release();
  }
}
