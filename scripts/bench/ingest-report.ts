// The ingest benchmark's section of BENCHMARKS.md.
import type { IngestBenchResult } from "./ingest";
import type { Machine } from "./report";

export const INGEST_GOAL_SECONDS = 60;
const GOAL_CORES = 2;

const n = (value: number) => Math.round(value).toLocaleString("en-US");
const short = (count: number) => (count >= 1000 && count % 1000 === 0 ? `${count / 1000}k` : n(count));

export function ingestSection(result: IngestBenchResult, host: Machine) {
  const heading = `Ingest: ${short(result.entries)} arXiv Atom entries`;
  const goalMet = result.seconds <= INGEST_GOAL_SECONDS;
  const verdict =
    host.cores > GOAL_CORES
      ? `${goalMet ? "met" : "missed"} on ${host.cores} cores, which says little about 2 — pin it with \`taskset -c 0,1\``
      : goalMet
        ? "**met**"
        : "**missed**";
  const database = result.embedded
    ? "the embedded server of `npm run dev` in a fresh throwaway cluster (fsync and synchronous_commit off, as for tests)"
    : "a fresh database on DATABASE_URL's server";
  const markdown = `## ${heading}

Goal: ≤ ${INGEST_GOAL_SECONDS} s on ${GOAL_CORES} cores for 100,000 entries — ${verdict}: **${result.seconds.toFixed(1)} s**.

| figure | value |
| --- | --- |
| entries | ${n(result.entries)} (synthetic arXiv Atom, ${(result.fileBytes / 1e6).toFixed(0)} MB, seed ${result.seed}) |
| total: parse + upsert + topic matching | ${result.seconds.toFixed(1)} s |
| throughput | ${n(result.entriesPerSecond)} entries/s |
| parsing alone (sax + validation, no database) | ${result.parseOnlySeconds.toFixed(1)} s |
| outcome | ${n(result.summary.added)} added, ${n(result.summary.updated)} updated, ${n(result.summary.unchanged)} unchanged, ${n(result.summary.skipped)} skipped |
| rows in \`papers\` | ${n(result.rows.papers)} |
| rows in \`paper_topics\` | ${n(result.rows.paperTopics)} (${n(result.rows.papersWithTopic)} papers in at least one of ${result.rows.topics} topics) |
| peak RSS of the Node process | ${n(result.peakRssMb)} MB |
| batch size | ${n(result.batchSize)} papers per transaction |

Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB memory, ${host.os}; Node ${host.node};
PostgreSQL ${result.postgres}, ${database}. Measured ${host.date}, 1-minute load average ${host.loadAtStart} at
the start${host.loadAtStart > host.cores / 2 ? " (a busy machine: these figures are pessimistic)" : ""}.

What it measures: \`scripts/bench/generate-atom.ts\` writes a deterministic file in the arXiv API's shape
(wrapped titles, ~1,000-character abstracts, 1–8 authors, v1–v3 ids in the fictional 9901/9902 range; about
two in three abstracts name subjects of the curated topics). \`scripts/bench/ingest.ts\` migrates a fresh
database, syncs the curated topics and times \`ingestFile\` on it: the same streaming parse, batched
\`upsertPapers\` and topic matching as \`npm run ingest -- --file\`.
`;
  return { heading, markdown, goalMet };
}
