// The search burst's section of BENCHMARKS.md (scripts/bench/search-burst.ts).
import { MATCH_CAP } from "@/lib/data/search";
import type { Corpus } from "./context";
import type { LoadResult } from "./load";
import type { Machine } from "./report";
import { BURST, type SearchBurstResult } from "./search-burst";
import { ms } from "./stats";
import { machineLine, n, sizeTitle, verdict } from "./trending-report";

/** The goal: with 20 clients searching as fast as they can, the home page stays usable. */
export const SEARCH_GOALS = { homeP95DuringBurstMs: 1000 };

const row = (what: string, result: LoadResult) =>
  `| ${what} | ${n(result.requests)} | ${result.perSecond.toFixed(1)} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} | ${n(result.non2xx + result.errors + result.mismatches)} |`;

export function searchSection(result: SearchBurstResult, corpus: Corpus, host: Machine) {
  const { burst, quietHome, quietSearch } = result;
  const goalMet =
    burst.home.p95 <= SEARCH_GOALS.homeP95DuringBurstMs &&
    burst.home.non2xx + burst.home.errors + burst.home.mismatches === 0;
  const markdown = `## Search burst: ${sizeTitle(corpus)}

Goal: home page p95 ≤ ${n(SEARCH_GOALS.homeP95DuringBurstMs)} ms while ${BURST.searchConnections} clients run broad searches as fast as they can, every answer a
real page — ${verdict(goalMet, host)}: **${ms(burst.home.p95)} ms** (alone: ${ms(quietHome.p95)} ms); the broad search's own p95 during the burst
**${ms(burst.search.p95)} ms**.

The search is \`${result.query}\`, the broadest of a few common words: it matches ${n(result.matches)} of ${n(corpus.stats.papers)} papers.

| SQL alone (one connection, ${BURST.sqlRuns} runs)  | p50 ms | p95 ms | p99 ms |
| --- | --- | --- | --- |
${result.sql.map((t) => `| ${t.name} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.p99)} |`).join("\n")}

| over HTTP (production build, \`npm start\`) | requests | per s | p50 ms | p95 ms | p99 ms | failed |
| --- | --- | --- | --- | --- | --- | --- |
${row(`broad search, ${BURST.searchConnections} connections (burst)`, burst.search)}
${row(`home page, ${BURST.homeConnections} connections, during the burst`, burst.home)}
${row(`home page, ${BURST.homeConnections} connections, alone`, quietHome)}
${row("broad search, 1 connection, alone", quietSearch)}

"Failed" counts non-2xx answers, errors and bodies without results (a rate-limit message would count). Each
search request carries its own made-up client address, as a botnet's would, so the per-IP search limit
(30 a minute) never answers for it: this is the cost of the search itself, which issue 10 bounded by ranking
only the ${n(MATCH_CAP)} newest matches. "Before" is the query it replaced, timed on the same corpus; every run of it
ranks and counts all ${n(result.matches)} matches.

<details><summary>Plan of the bounded search</summary>

\`\`\`
${result.plan}
\`\`\`

</details>

${machineLine(host, corpus)}`;
  return { prefix: "Search burst:", markdown, goalMet };
}
