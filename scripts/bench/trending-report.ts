// The sections of BENCHMARKS.md for the trending SQL, the pages under load and the upvote paths. Each
// states its goal and whether this run met it; when a goal is missed, the CPU split names the side
// that ran out. The number formats, verdict and machine line are shared with digest-report.ts.
import type { Corpus } from "./context";
import { type CpuSplit, costPer } from "./cpu";
import type { LoadResult } from "./load";
import type { Machine } from "./report";
import { ms, msOrNa } from "./stats";
import type { TrendingResult } from "./trending";
import { type UpvoteResult, VOTE_LOAD } from "./upvotes";

export const GOALS = { trendingSqlMs: 5, upvoteShareOfRaw: 0.2, cores: 2 };

export const n = (value: number) => Math.round(value).toLocaleString("en-US");
const short = (count: number) =>
  count >= 1e6 && count % 1e6 === 0
    ? `${count / 1e6}M`
    : count >= 1000 && count % 1000 === 0
      ? `${count / 1000}k`
      : n(count);
export const cores = (value: number | null) => (value === null ? "n/a" : value.toFixed(2));
export const sizeTitle = (corpus: Corpus) => `${short(corpus.stats.papers)} papers, ${short(corpus.stats.votes)} votes`;

export function verdict(met: boolean, host: Machine) {
  if (host.cores > GOALS.cores) {
    return `${met ? "met" : "missed"} on ${host.cores} cores, which says little about ${GOALS.cores} — pin it with \`taskset -c 0,1\``;
  }
  return met ? "**met**" : "**missed**";
}

export function machineLine(host: Machine, corpus: Corpus) {
  const database = corpus.embedded
    ? "the embedded server in a fresh throwaway cluster (fsync and synchronous_commit off, as for tests)"
    : "a fresh database on DATABASE_URL's server";
  const busy = host.loadAtStart > host.cores / 2 ? " (a busy machine: these figures are pessimistic)" : "";
  return `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB memory, ${host.os}; Node ${host.node};
PostgreSQL ${corpus.postgres}, ${database}. Measured ${host.date}, 1-minute load average ${host.loadAtStart} at
the start of the run${busy}.`;
}

function corpusParagraph({ stats }: Corpus) {
  const stages = Object.entries(stats.stages)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(", ");
  return `The corpus (\`scripts/bench/corpus.ts\`, seed ${stats.seed}; the three sections below share it): ${n(stats.papers)}
papers with the ingest benchmark's ~1,000-character abstracts and titles drawn Zipf-like from its word lists,
published over the last 120 days; ${n(stats.users)} users following 3–8 of the ${stats.topics} curated topics each (${n(stats.follows)} follows, some topics
far more popular); ${n(stats.paperTopics)} \`paper_topics\` rows from the app's own \`matchTopic\`; ${n(stats.votes)} upvotes,
Zipf-like over papers and favouring recent ones, from voters of uneven activity, never two by one person on one
paper (${n(stats.papersWithVotes)} papers have a vote, the most-voted has ${n(stats.mostVotes)}); \`upvote_count\` set from the rows, then
\`VACUUM ANALYZE\`. Built with bulk SQL in ${Object.values(stats.stages)
    .reduce((a, b) => a + b, 0)
    .toFixed(0)} s: ${stages}.`;
}

export function trendingSection(result: TrendingResult, corpus: Corpus, host: Machine) {
  const [trending, forYou, ...others] = result.timings;
  const goalMet = trending!.p95 <= GOALS.trendingSqlMs && forYou!.p95 <= GOALS.trendingSqlMs;
  const slow = others.filter((t) => t.p95 > GOALS.trendingSqlMs);
  const slowNote = slow.length
    ? ` Other queries the same pages send are slower than that: ${slow.map((t) => `${t.name.toLowerCase()} (p95 ${ms(t.p95)} ms)`).join("; ")}.`
    : "";
  const rows = result.timings.map(
    (t) => `| ${t.name} | ${t.rows} | ${t.runs} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.p99)} |`,
  );
  const markdown = `## Trending SQL: ${sizeTitle(corpus)}

Goal: the Trending and "For you" queries each ≤ ${GOALS.trendingSqlMs} ms (p95) on ${GOALS.cores} cores — ${verdict(goalMet, host)}:
**${ms(trending!.p95)} ms** and **${ms(forYou!.p95)} ms**.${slowNote}

| query (as the app sends it) | rows | runs | p50 ms | p95 ms | p99 ms |
| --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

Each query ran up to 500 times (at most 10 s), one after another on one node-postgres connection as a named
statement, after up to 20 warm-up runs; times are client-side round trips on the same machine. "Similar papers"
ranks only the papers that share a distinctive part of the title (two of its four rarest words, or a rare one):
${n(result.similarCandidates)} of ${n(corpus.stats.papers)} for the top trending paper. "For you" is for \`${result.forYouUser}\`,
who follows five topics. The hand-written SQL is the app's own, built by the \`lib/data\` functions that run it;
Trending is Prisma's \`findMany\` of \`lib/data/feed.ts\`, recorded as Prisma sends it.

${corpusParagraph(corpus)}

${machineLine(host, corpus)}

Trending, page 1 — \`EXPLAIN (ANALYZE, BUFFERS)\`:

\`\`\`text
${result.plans.trending}
\`\`\`

"For you", page 1:

\`\`\`text
${result.plans.forYou}
\`\`\`
`;
  return { prefix: "Trending SQL:", markdown, goalMet };
}

/** A run's CPU split, and what one call costs each side (CPU seconds over calls). */
function cpuRow(name: string, { cpu, perSecond }: LoadResult) {
  const cost = costPer(cpu, perSecond);
  return `| ${name} | ${cores(cpu.node)} | ${cores(cpu.postgres)} | ${cores(cpu.harness)} | ${cores(cpu.other)} | ${msOrNa(cost.node)} / ${msOrNa(cost.postgres)} |`;
}
const CPU_HEADER = `| run | Next.js server | PostgreSQL | load generator (this process) | other processes | CPU ms per call: Next.js / PostgreSQL |
| --- | --- | --- | --- | --- | --- |`;

/** Which side ran out of CPU, in words, from the split of a run at full load. */
function bottleneck(cpu: CpuSplit) {
  if (cpu.postgres === null) return "PostgreSQL's share could not be read (not on this machine)";
  const side = cpu.node >= cpu.postgres ? "the Next.js server" : "PostgreSQL";
  return `${side} used the most CPU (Next.js ${cores(cpu.node)} cores, PostgreSQL ${cores(cpu.postgres)})`;
}

/** Latency cells, or dashes when nothing completed within the run. */
const latencyCells = (run: LoadResult) =>
  run.requests === 0 ? "– | – | –" : `${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)}`;

export function upvotesSection(result: UpvoteResult, corpus: Corpus, host: Machine) {
  const browser = result.actions;
  const goalMet = browser.every((action) => action.ratio >= GOALS.upvoteShareOfRaw);
  const pct = (ratio: number) => `${(ratio * 100).toFixed(ratio < 0.001 ? 2 : ratio < 0.1 ? 1 : 0)}%`;
  const label = (path: string) => path.replace(/\/papers\/\w+/, "/papers/<id>");
  const row = (name: string, run: LoadResult, quiet?: LoadResult) =>
    `| ${name} | ${run.perSecond < 10 ? run.perSecond.toFixed(1) : n(run.perSecond)} | ${pct(run.perSecond / result.raw.perSecond)} | ${latencyCells(run)} | ${quiet ? `${ms(quiet.p50)}` : "–"} | ${n(run.errors + run.non2xx)} | ${n(run.mismatches)} | ${run.meanBytes ? (run.meanBytes / 1000).toFixed(1) : "–"} |`;
  // Calls still in flight when a run ended: slow paths keep the server busy long after the clock stops.
  const stalled = result.actions.filter((a) => a.loaded.drainSeconds >= 5);
  const stalledNote = stalled.length
    ? `\n\n${stalled.map((a) => `"${a.name}": ${a.loaded.requests === 0 ? "none" : `${n(a.loaded.requests)}`} of its calls finished within the ${VOTE_LOAD.seconds} s; those still in flight kept the server busy for another ${n(a.loaded.drainSeconds)} s.`).join(" ")}`
    : "";
  const markdown = `## Upvotes: server action vs raw SQL, ${sizeTitle(corpus)}

Goal: votes set and unset through the server action over HTTP at ≥ ${GOALS.upvoteShareOfRaw * 100}% of the calls/s of the same SQL sent
straight from node-postgres, on ${GOALS.cores} cores — ${verdict(goalMet, host)}: ${browser.map((a) => `**${pct(a.ratio)}** ${a.name.replace("action, ", "")}`).join(", ")} (raw: ${n(result.raw.perSecond)} calls/s).
Bottleneck at full load: ${browser.map((a) => `${a.name.replace("action, ", "")}, ${bottleneck(a.loaded.cpu)}`).join("; ")}.

| path | calls/s | of raw | p50 ms | p95 ms | p99 ms | alone p50 ms | errors + non-2xx | failed calls | response kB |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${row("raw SQL: setUpvote's statement over node-postgres", result.raw)}
${row("setUpvote() through Prisma, in this process", result.prisma)}
${result.actions.map((a) => row(`${a.name} (\`POST ${label(a.path)}\`)`, a.loaded, a.quiet)).join("\n")}${stalledNote}

CPU in cores (of ${host.cores}) during the ${VOTE_LOAD.connections}-connection runs:

${CPU_HEADER}
${cpuRow("raw SQL", result.raw)}
${cpuRow("setUpvote() through Prisma", result.prisma)}
${result.actions.map((a) => cpuRow(a.name, a.loaded)).join("\n")}

What it measures: ${VOTE_LOAD.connections} people at once (distinct users, one connection each) for ${VOTE_LOAD.seconds} s per path, each setting
and then unsetting their vote on the top ${VOTE_LOAD.papers} trending papers in turn, so every call changes a row and
several people vote on one paper at the same moment. Raw SQL runs \`setUpvote\`'s two statements
(\`setUpvoteSql\` in \`lib/votes/set-upvote.ts\`, the same text and values) on one node-postgres connection per person;
the Prisma row calls \`setUpvote\` itself on a client built like the app's (pg pool of 10). The action rows replay
the request Chromium sent when a signed-in reader clicked Upvote on that page: the headers
${result.actions[0]!.headers.map((h) => `\`${h}\``).join(", ")} and a session cookie per person; the body is the
action's arguments as plain JSON (\`${result.actions[0]!.body}\`) with the paper id and \`upvoted\` changed per call. On a
paper page the id is swapped in the path, referer and router state tree too, so each call is someone on that
paper's page. The action revalidates nothing, so Next.js answers with the action's result alone, not the page
re-rendered (the response size shows it). A call fails unless it answers 2xx with \`"ok":true\`. The action is first warmed up for ${VOTE_LOAD.actionWarmUpSeconds} s; each row then
gets ${VOTE_LOAD.warmUpSeconds} s of warm-up, a wait for the previous run's requests to drain, the measured run, and one connection for
${VOTE_LOAD.quietSeconds} s ("alone").
Afterwards ${result.drift} of the ${VOTE_LOAD.papers} papers' \`upvote_count\` differed from their vote rows.

${machineLine(host, corpus)}
`;
  return { prefix: "Upvotes:", markdown, goalMet };
}
