// `npm run bench`: the performance benchmarks, one step each, with their figures written to
// BENCHMARKS.md and .tmp/bench/. A new benchmark is one more entry in STEPS. Not part of `npm test`.
// Every step but ingest shares one corpus, and those over HTTP one production server (context.ts).
import "../load-env";
import { mkdir } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { type BenchContext, type Corpus, benchContext } from "./context";
import { benchDigests } from "./digest";
import { benchForYouView } from "./for-you";
import { benchIngest } from "./ingest";
import type { BenchSetup, GoalStep } from "./load";
import { benchHome, benchPaperPage, benchPersonal, benchSearch } from "./pages";
import { BENCH_DIR, type Report, goalLines, publish } from "./report";
import { benchSearchBurst } from "./search-burst";
import { digestReport, goalReport, ingestReport, searchBurstReport, trendingReport, upvotesReport } from "./tables";
import { benchTrendingSql } from "./trending";
import { benchUpvotes } from "./upvotes";

const argsSchema = z.object({
  papers: z.coerce.number().int().min(1).max(5_000_000).default(100_000),
  users: z.coerce.number().int().min(100).max(1_000_000).default(10_000),
  votes: z.coerce.number().int().min(0).max(100_000_000).default(1_000_000),
  "batch-size": z.coerce.number().int().min(1).max(10_000).default(1000),
  seed: z.coerce.number().int().min(0).default(1),
  only: z.string().optional(),
  seconds: z.coerce.number().int().min(1).max(600).default(20),
});
type Args = z.infer<typeof argsSchema>;
type Step = { name: string; run: (args: Args, context: BenchContext) => Promise<void> };

const log = (line: string) => console.error(`[bench] ${line}`);

const short = (count: number) =>
  count >= 1e6 && count % 1e6 === 0
    ? `${count / 1e6}M`
    : count >= 1000 && count % 1000 === 0
      ? `${count / 1000}k`
      : String(count);
const database = (embedded: boolean, version: string) =>
  `PostgreSQL ${version} (${embedded ? "embedded, fsync off as for tests" : "DATABASE_URL's server"})`;
const scaleOf = ({ stats, embedded, postgres }: Corpus) =>
  `${short(stats.papers)} papers, ${short(stats.votes)} votes, ${short(stats.users)} users, ${database(embedded, postgres)}`;

/** Runs a corpus step, then writes its table and JSON (with the corpus it ran on) and logs its goals. */
const corpusStep = <T extends object>(
  name: string,
  bench: (setup: BenchSetup, args: Args, context: BenchContext) => Promise<T>,
  report: (result: T) => Report,
  { http = true } = {},
): Step => ({
  name,
  run: async (args, context) => {
    const corpus = await context.corpus();
    // Only the steps over HTTP start the server (and build the app if there is no build).
    const server = http ? await context.server() : null;
    const setup = {
      serverUrl: server?.url ?? "",
      databaseUrl: corpus.url,
      sources: http ? await context.cpuSources() : { serverGroup: null, postmaster: corpus.postmaster },
      log,
      seconds: args.seconds,
    };
    const result = await bench(setup, args, context);
    const table = report(result);
    goalLines(table).forEach(log);
    await publish(name, table, scaleOf(corpus), {
      corpus: corpus.stats,
      postgres: corpus.postgres,
      embedded: corpus.embedded,
      ...result,
    });
  },
});
const goalStep = (name: string, bench: (setup: BenchSetup) => Promise<GoalStep>) => corpusStep(name, bench, goalReport);

const STEPS: Step[] = [
  {
    name: "ingest",
    run: async (args) => {
      const result = await benchIngest({ papers: args.papers, batchSize: args["batch-size"], seed: args.seed, log });
      const table = ingestReport(result);
      goalLines(table).forEach(log);
      await publish(
        "ingest",
        table,
        `${short(result.entries)} entries, ${database(result.embedded, result.postgres)}`,
        result,
      );
    },
  },
  corpusStep("trending", (setup) => benchTrendingSql(setup.databaseUrl, log), trendingReport, { http: false }),
  goalStep("home-static", benchHome),
  goalStep("paper-page", benchPaperPage),
  goalStep("personal", benchPersonal),
  goalStep("for-you-view", benchForYouView),
  goalStep("search", benchSearch),
  corpusStep("search-burst", (s) => benchSearchBurst(s.databaseUrl, s.serverUrl, s.sources, log), searchBurstReport),
  corpusStep("upvotes", (s) => benchUpvotes(s.databaseUrl, s.serverUrl, s.sources, log), upvotesReport),
  corpusStep(
    "digest",
    async (s, _args, context) =>
      benchDigests({ ...s, cronSecret: context.cronSecret, sink: await context.smtpSink() }, log),
    digestReport,
  ),
];

const usage =
  `usage: npm run bench -- [--papers <n>] [--users <n>] [--votes <n>] [--batch-size <n>] [--seed <n>]\n` +
  `                       [--seconds <n>] [--only ${STEPS.map((step) => step.name).join("|")}[,…]]`;
function fail(problem: string | undefined): never {
  console.error(`error: ${problem}\n${usage}`);
  process.exit(2);
}
const options = Object.fromEntries(Object.keys(argsSchema.shape).map((name) => [name, { type: "string" as const }]));
let values: Record<string, string | boolean | undefined> = {};
try {
  ({ values } = parseArgs({ options: { ...options, help: { type: "boolean" } } }));
} catch (error) {
  fail((error as Error).message); // an unknown option or a missing value
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  const [issue] = parsed.error.issues;
  fail(`--${issue?.path.join(".")}: ${issue?.message}`);
}
const wanted = parsed.data.only ? parsed.data.only.split(",").map((name) => name.trim()) : null;
const unknown = wanted?.find((name) => !STEPS.some((step) => step.name === name));
if (unknown) fail(`--only: no benchmark named ${unknown}`);

const { papers, users, votes, seed } = parsed.data;
const context = benchContext({ papers, users, votes, seed, log });
// Ctrl-C must not leave a server or a throwaway PostgreSQL behind.
process.once("SIGINT", () => void context.close().finally(() => process.exit(130)));
await mkdir(BENCH_DIR, { recursive: true });
try {
  for (const step of STEPS.filter((s) => !wanted || wanted.includes(s.name))) {
    log(`— ${step.name}`);
    const start = performance.now();
    await step.run(parsed.data, context);
    log(`${step.name} took ${((performance.now() - start) / 1000).toFixed(0)} s`);
  }
} finally {
  await context.close();
}
log("figures written to BENCHMARKS.md and .tmp/bench/");
