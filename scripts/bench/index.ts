// `npm run bench`: the performance benchmarks, one step each, with their figures written to
// BENCHMARKS.md and .tmp/bench/. A new benchmark is one more entry in STEPS. Not part of `npm test`.
// Every step but ingest shares one corpus, and those over HTTP one production server (context.ts).
import "../load-env";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { type BenchContext, type Corpus, benchContext } from "./context";
import { benchDigests } from "./digest";
import { digestSection } from "./digest-report";
import { BENCH_DIR, benchIngest } from "./ingest";
import { ingestSection } from "./ingest-report";
import { FOR_YOU_DESIGNS } from "./for-you-view";
import { benchForYouView } from "./for-you";
import type { BenchSetup } from "./goal-load";
import { type GoalStep, goalSection } from "./goal-report";
import { benchPersonal } from "./personal";
import { benchHome, benchPaperPage } from "./public-pages";
import { machine, writeJson, writeSection } from "./report";
import { benchSearchBurst } from "./search-burst";
import { searchSection } from "./search-report";
import { benchSearch } from "./search-typical";
import { benchTrendingSql } from "./trending";
import { trendingSection, upvotesSection } from "./trending-report";
import { benchUpvotes } from "./upvotes";

const argsSchema = z.object({
  papers: z.coerce.number().int().min(1).max(5_000_000).default(100_000),
  users: z.coerce.number().int().min(100).max(1_000_000).default(10_000),
  votes: z.coerce.number().int().min(0).max(100_000_000).default(1_000_000),
  "batch-size": z.coerce.number().int().min(1).max(10_000).default(1000),
  seed: z.coerce.number().int().min(0).default(1),
  only: z.string().optional(),
  seconds: z.coerce.number().int().min(1).max(600).default(20),
  "for-you": z.enum(FOR_YOU_DESIGNS).default("shell"),
});
type Args = z.infer<typeof argsSchema>;
type Step = { name: string; run: (args: Args, context: BenchContext) => Promise<void> };

const log = (line: string) => console.error(`[bench] ${line}`);

type Section = { prefix: string; markdown: string; goalMet: boolean };

/** Writes a corpus step's section of BENCHMARKS.md and its raw figures. */
async function publish(name: string, section: Section, corpus: Corpus, result: object) {
  await writeSection(section.prefix, section.markdown);
  const { stats, postgres, embedded } = corpus;
  const data = { corpus: stats, postgres, embedded, ...result, goalMet: section.goalMet, machine: machine() };
  await writeJson(path.join(BENCH_DIR, `${name}.json`), data);
}

/** The server, its database and the run length, for the steps of issue 11's goals. */
async function setupOf(args: Args, context: BenchContext): Promise<BenchSetup> {
  const corpus = await context.corpus();
  const server = await context.server();
  return {
    serverUrl: server.url,
    databaseUrl: corpus.url,
    sources: await context.cpuSources(),
    log,
    seconds: args.seconds,
  };
}

/** A step measured against one of issue 11's goals: run it, then write its section and figures. */
const goalStep = (name: string, bench: (setup: BenchSetup, args: Args) => Promise<GoalStep>): Step => ({
  name,
  run: async (args, context) => {
    const step = await bench(await setupOf(args, context), args);
    const corpus = await context.corpus();
    await publish(name, goalSection(step, corpus, machine()), corpus, step);
  },
});

const STEPS: Step[] = [
  {
    name: "ingest",
    run: async (args) => {
      const result = await benchIngest({ papers: args.papers, batchSize: args["batch-size"], seed: args.seed, log });
      const host = machine();
      const { heading, markdown, goalMet } = ingestSection(result, host);
      await writeSection("Ingest:", markdown);
      await writeJson(path.join(BENCH_DIR, "ingest.json"), { ...result, machine: host, goalMet });
      log(`${heading}: ${result.seconds.toFixed(1)} s, ${Math.round(result.entriesPerSecond)} entries/s`);
    },
  },
  {
    name: "trending",
    run: async (_args, context) => {
      const corpus = await context.corpus();
      const result = await benchTrendingSql(corpus.url, log);
      await publish("trending", trendingSection(result, corpus, machine()), corpus, result);
    },
  },
  goalStep("home-static", benchHome),
  goalStep("paper-page", benchPaperPage),
  goalStep("personal", benchPersonal),
  goalStep("for-you-view", (setup, args) => benchForYouView(setup, args["for-you"])),
  goalStep("search", benchSearch),
  {
    name: "search-burst",
    run: async (_args, context) => {
      const corpus = await context.corpus();
      const server = await context.server();
      const result = await benchSearchBurst(corpus.url, server.url, await context.cpuSources(), log);
      await publish("search-burst", searchSection(result, corpus, machine()), corpus, result);
    },
  },
  {
    name: "upvotes",
    run: async (_args, context) => {
      const corpus = await context.corpus();
      const server = await context.server();
      const result = await benchUpvotes(corpus.url, server.url, await context.cpuSources(), log);
      await publish("upvotes", upvotesSection(result, corpus, machine()), corpus, result);
    },
  },
  {
    name: "digest",
    run: async (_args, context) => {
      const corpus = await context.corpus();
      const server = await context.server();
      const setup = {
        databaseUrl: corpus.url,
        serverUrl: server.url,
        cronSecret: context.cronSecret,
        sink: await context.smtpSink(),
        sources: await context.cpuSources(),
      };
      const result = await benchDigests(setup, log);
      await publish("digest", digestSection(result, corpus, machine()), corpus, result);
    },
  },
];

const { values } = parseArgs({
  options: {
    papers: { type: "string" },
    users: { type: "string" },
    votes: { type: "string" },
    "batch-size": { type: "string" },
    seed: { type: "string" },
    only: { type: "string" },
    seconds: { type: "string" },
    "for-you": { type: "string" },
  },
});
const parsed = argsSchema.safeParse(values);
const wanted = parsed.success && parsed.data.only ? parsed.data.only.split(",").map((name) => name.trim()) : null;
const unknown = wanted?.find((name) => !STEPS.some((step) => step.name === name));
if (!parsed.success || unknown) {
  const problem = parsed.success ? `--only: no benchmark named ${unknown}` : parsed.error.issues[0]?.message;
  console.error(
    `error: ${problem}\nusage: npm run bench -- [--papers <n>] [--users <n>] [--votes <n>] [--batch-size <n>] [--seed <n>]\n` +
      `                       [--seconds <n>] [--for-you ${FOR_YOU_DESIGNS.join("|")}] [--only ${STEPS.map((step) => step.name).join("|")}[,…]]`,
  );
  process.exit(2);
}

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
