// Each step's one generated table in BENCHMARKS.md and its goals, from the step's result (report.ts
// writes them). Goals stay verdicts here, not timed tests: a figure depends on the machine.
import { costPer } from "./cpu";
import { type DigestBenchResult, RAW_IN_FLIGHT } from "./digest";
import type { IngestBenchResult } from "./ingest";
import type { GoalStep, LoadResult } from "./load";
import { type Report, cores, n, pct } from "./report";
import { BURST, type SearchBurstResult } from "./search-burst";
import { ms } from "./stats";
import type { TrendingResult } from "./trending";
import type { UpvoteResult } from "./upvotes";

const GOALS = {
  ingestSeconds: 60,
  trendingSqlMs: 5,
  homeP95DuringBurstMs: 1000,
  upvoteShareOfRaw: 0.2,
  digestSeconds: 60,
  digestShareOfRaw: 0.7,
};

const rate = (perSecond: number) => (perSecond < 10 ? perSecond.toFixed(1) : n(perSecond));
const failed = (run: Pick<LoadResult, "non2xx" | "errors" | "mismatches">) => run.non2xx + run.errors + run.mismatches;
const latencyCells = (run: LoadResult) =>
  run.requests === 0 ? ["–", "–", "–"] : [ms(run.p50), ms(run.p95), ms(run.p99)];
/** Where the CPU went (cores), and what one request cost each process (CPU ms): the figure to shrink. */
function cpuCells({ cpu, perSecond }: LoadResult) {
  const cost = costPer(cpu, perSecond);
  return [
    [cpu.node, cpu.postgres, cpu.harness, cpu.other].map(cores).join(" / "),
    [cost.node, cost.postgres, cost.harness].map(ms).join(" / "),
  ];
}
const CPU_HEADER = [
  "CPU cores: Next.js / PostgreSQL / load generator / other",
  "CPU ms per call: Next.js / PostgreSQL / load generator",
];

export function ingestReport(result: IngestBenchResult): Report {
  const { summary, rows } = result;
  return {
    goals: [
      {
        goal: `≤ ${GOALS.ingestSeconds} s for 100,000 entries`,
        measured: `${result.seconds.toFixed(1)} s`,
        met: result.seconds <= GOALS.ingestSeconds,
      },
    ],
    header: ["figure", "value"],
    rows: [
      [
        "entries",
        `${n(result.entries)} (synthetic arXiv Atom, ${(result.fileBytes / 1e6).toFixed(0)} MB, seed ${result.seed})`,
      ],
      ["total: parse + upsert + topic matching", `${result.seconds.toFixed(1)} s`],
      ["throughput", `${n(result.entriesPerSecond)} entries/s`],
      ["parsing alone (sax + validation, no database)", `${result.parseOnlySeconds.toFixed(1)} s`],
      [
        "outcome",
        `${n(summary.added)} added, ${n(summary.updated)} updated, ${n(summary.unchanged)} unchanged, ${n(summary.skipped)} skipped`,
      ],
      ["rows in `papers`", n(rows.papers)],
      [
        "rows in `paper_topics`",
        `${n(rows.paperTopics)} (${n(rows.papersWithTopic)} papers in at least one of ${rows.topics} topics)`,
      ],
      ["peak RSS of the Node process", `${n(result.peakRssMb)} MB`],
      ["batch size", `${n(result.batchSize)} papers per transaction`],
    ],
  };
}

export function trendingReport(result: TrendingResult): Report {
  const [trending, forYou] = result.timings;
  return {
    goals: [
      {
        goal: `Trending and "For you" queries each ≤ ${GOALS.trendingSqlMs} ms (p95)`,
        measured: `${ms(trending!.p95)} ms and ${ms(forYou!.p95)} ms`,
        met: trending!.p95 <= GOALS.trendingSqlMs && forYou!.p95 <= GOALS.trendingSqlMs,
      },
    ],
    header: ["query (as the app sends it)", "rows", "runs", "p50 ms", "p95 ms", "p99 ms"],
    rows: result.timings.map((t) => [t.name, String(t.rows), String(t.runs), ms(t.p50), ms(t.p95), ms(t.p99)]),
    notes: [
      `Similar papers ranked ${n(result.similarCandidates)} candidates for the top trending paper; "For you" is for \`${result.forYouUser}\`.`,
    ],
  };
}

/** Issue 11's steps: per run its rate, latency, failures and CPU, and per request of a view its own row. */
export function goalReport(step: GoalStep): Report {
  const failures = step.runs.reduce((sum, { run }) => sum + failed(run), 0);
  const statuses = (codes: Record<string, number>) =>
    Object.entries(codes)
      .map(([code, count]) => `${code}: ${n(count)}`)
      .join(", ");
  const rows = step.runs.flatMap(({ name, run, parts = [] }) => [
    [name, rate(run.perSecond), ...latencyCells(run), n(failed(run)), ...cpuCells(run)],
    ...parts.map((part) => [
      `↳ \`${part.path}\` (${statuses(part.statusCodes)})`,
      rate(part.requests / run.seconds),
      ms(part.p50),
      ms(part.p95),
      ...Array<string>(4).fill("–"),
    ]),
  ]);
  const problem = step.absent.length
    ? `endpoint absent (${step.absent.map((path) => `\`${path}\``).join(", ")} answered 404)`
    : failures
      ? `missed: ${n(failures)} ${step.unit}s failed`
      : undefined;
  return {
    goals: step.goals,
    problem,
    header: [
      "run",
      `${step.units}/s`,
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "failed",
      ...CPU_HEADER.map((h) => h.replace("call", step.unit)),
    ],
    rows,
  };
}

export function searchBurstReport(result: SearchBurstResult): Report {
  const { burst, quietHome, quietSearch } = result;
  const http = (what: string, run: LoadResult) => [
    what,
    n(run.requests),
    run.perSecond.toFixed(1),
    ...latencyCells(run),
    n(failed(run)),
  ];
  const { searchConnections: busy, homeConnections: home } = BURST;
  return {
    goals: [
      {
        goal: `home page p95 ≤ ${n(GOALS.homeP95DuringBurstMs)} ms while ${busy} clients search \`${result.query}\` (${n(result.matches)} matches)`,
        measured: `${ms(burst.home.p95)} ms (alone ${ms(quietHome.p95)} ms; the search's own p95 ${ms(burst.search.p95)} ms)`,
        met: burst.home.p95 <= GOALS.homeP95DuringBurstMs && failed(burst.home) === 0,
      },
    ],
    header: ["run", "requests", "per s", "p50 ms", "p95 ms", "p99 ms", "failed"],
    rows: [
      ...result.sql.map((t) => [`SQL alone, ${t.name}`, n(t.runs), "–", ms(t.p50), ms(t.p95), ms(t.p99), "–"]),
      http(`broad search, ${busy} connections (burst)`, burst.search),
      http(`home page, ${home} connections, during the burst`, burst.home),
      http(`home page, ${home} connections, alone`, quietHome),
      http("broad search, 1 connection, alone", quietSearch),
    ],
  };
}

export function upvotesReport(result: UpvoteResult): Report {
  const row = (name: string, run: LoadResult, quiet?: LoadResult) => [
    name,
    rate(run.perSecond),
    pct(run.perSecond / result.raw.perSecond),
    ...latencyCells(run),
    quiet ? ms(quiet.p50) : "–",
    n(failed(run)),
    run.meanBytes ? (run.meanBytes / 1000).toFixed(1) : "–",
    ...cpuCells(run),
  ];
  const label = (path: string) => path.replace(/\/papers\/\w+/, "/papers/<id>");
  // Calls still in flight when a run ended keep the server busy long after the clock stops.
  const stalled = result.actions.filter((a) => a.loaded.drainSeconds >= 5);
  return {
    goals: result.actions.map((action) => ({
      goal: `${action.name}: ≥ ${pct(GOALS.upvoteShareOfRaw)} of raw SQL's calls/s`,
      measured: pct(action.ratio),
      met: action.ratio >= GOALS.upvoteShareOfRaw,
    })),
    header: [
      "path",
      "calls/s",
      "of raw",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "alone p50 ms",
      "failed",
      "response kB",
      ...CPU_HEADER,
    ],
    rows: [
      row("raw SQL: setUpvote's statement over node-postgres", result.raw),
      row("setUpvote() through Prisma, in this process", result.prisma),
      ...result.actions.map((a) => row(`${a.name} (\`POST ${label(a.path)}\`)`, a.loaded, a.quiet)),
    ],
    notes: [
      `Afterwards ${result.drift} of the papers' \`upvote_count\` differed from their vote rows.`,
      ...stalled.map(
        (a) => `"${a.name}": calls in flight kept the server busy ${n(a.loaded.drainSeconds)} s after the run.`,
      ),
    ],
  };
}

export function digestReport(result: DigestBenchResult): Report {
  const { cron, raw, breakdown } = result;
  const perDigest = (used: number | null) =>
    used === null ? null : (used * cron.seconds * 1000) / Math.max(1, cron.sent);
  const sinkless = (value: number | null, sink: number) => (value === null ? null : Math.max(0, value - sink));
  const stage = (name: keyof typeof breakdown.stages) => {
    const total = breakdown.stages[name];
    return `${ms(total.wallMs / total.runs)} wall / ${ms(total.cpuMs / total.runs)} Node CPU`;
  };
  const rss = cron.peakRss;
  return {
    goals: [
      {
        goal: `all ${n(result.readers)} digests in ≤ ${GOALS.digestSeconds} s`,
        measured: `${cron.seconds.toFixed(1)} s`,
        met: cron.seconds <= GOALS.digestSeconds,
      },
      {
        goal: `≥ ${pct(GOALS.digestShareOfRaw)} of raw nodemailer's send rate`,
        measured: `${pct(result.ratio)} (${n(cron.perSecond)} digests/s against ${n(raw.perSecond)} messages/s)`,
        met: result.ratio >= GOALS.digestShareOfRaw,
      },
    ],
    header: ["figure", "value"],
    rows: [
      [
        "digests",
        `${n(cron.sent)} sent of ${n(cron.due)} due, ${n(cron.skipped)} skipped, ${n(cron.failed)} failed; the sink accepted ${n(cron.accepted)}`,
      ],
      [
        "time for all, first cron call to `left: 0`",
        `${cron.seconds.toFixed(1)} s in ${cron.calls.length} call(s) (${cron.calls.map((c) => `${c.seconds.toFixed(1)} s`).join(", ")})`,
      ],
      [
        "raw nodemailer: the same transport and sink, one pre-rendered digest",
        `${n(raw.perSecond)} messages/s (${n(raw.messages)} of ${raw.messageKb.toFixed(1)} kB, ${RAW_IN_FLIGHT} in flight)`,
      ],
      [
        "peak RSS of the server",
        `${n(rss.largestMb)} MB in its largest process; ${n(rss.totalMb)} MB for all ${rss.processes}${rss.sinceReset ? "" : " (not reset before the run)"}`,
      ],
      [
        "digests taken from the queue at once (`DIGEST_CONCURRENCY`)",
        `${result.concurrency}, in batches of ${result.batchSize}`,
      ],
      [
        "CPU cores, raw: sink / sender / other",
        [raw.sinkCores, raw.cpu.harness, sinkless(raw.cpu.other, raw.sinkCores)].map(cores).join(" / "),
      ],
      [
        "CPU cores, end to end: Next.js / PostgreSQL / sink / bench / other",
        [cron.cpu.node, cron.cpu.postgres, cron.sinkCores, cron.cpu.harness, sinkless(cron.cpu.other, cron.sinkCores)]
          .map(cores)
          .join(" / "),
      ],
      [
        "CPU ms per digest, end to end: Next.js / PostgreSQL / sink",
        [cron.cpu.node, cron.cpu.postgres, cron.sinkCores].map((c) => ms(perDigest(c))).join(" / "),
      ],
      ["CPU ms per message, raw sender", ms((raw.cpu.harness * 1000) / raw.perSecond)],
      ...(["candidates SQL", "selection", "compose", "HTML render", "SMTP send", "whole delivery"] as const).map(
        (name) => [
          `sample of ${n(breakdown.readers)}, ms per digest: ${name === "whole delivery" ? "`deliverDigests`" : name}`,
          stage(name),
        ],
      ),
      [
        "sample, PostgreSQL CPU ms per digest: steps apart / `deliverDigests`",
        `${ms(breakdown.postgresMs.steps)} / ${ms(breakdown.postgresMs.delivery)}${breakdown.notSent ? `; ${n(breakdown.notSent)} not sent` : ""}`,
      ],
    ],
  };
}
