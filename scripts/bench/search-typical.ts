// Typical searches (issue 11): what a reader types — one to three words of a subject the corpus is
// about ("speculative decoding", "kv cache", "quantization") — from 8 connections, each search a
// different query from a different client address. The search-burst step is the opposite case: the
// broadest query as fast as a botnet can send it.
import { type BenchSetup, type GoalStep, singleRequestStep } from "./goal-load";
import { type Random, between, pick, prng } from "./random";
import { n } from "./report";
import { randomIp } from "./search-burst";
import { ms } from "./stats";
import { METHODS, SUBJECTS, TITLE_WORDS, TOPIC_PHRASES } from "./words";

const SEARCH = { connections: 8, warmUpSeconds: 3, perSecond: 200, p95Ms: 100, queries: 500 };

/** Words nobody types into a search box; the database would drop most of them as stop words anyway. */
const FILLER = new Set(["a", "an", "the", "of", "on", "onto", "to", "with", "under", "and", "for", "in"]);
const PHRASES = [...TOPIC_PHRASES.flat(), ...SUBJECTS, ...METHODS, ...TITLE_WORDS];

/** `count` queries of 1–3 consecutive words of the corpus's phrases, lower-case, as people type them. */
export function typicalQueries(random: Random, count: number) {
  return Array.from({ length: count }, () => {
    const words = pick(random, PHRASES)
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => !FILLER.has(word));
    const length = between(random, 1, Math.min(3, words.length));
    const start = between(random, 0, words.length - length);
    return words.slice(start, start + length).join(" ");
  });
}

// React separates adjacent text with <!-- -->: "1,234<!-- --> <!-- -->results<!-- --> for".
const ANSWERED = /\d\+? results? for|No papers match/;

export async function benchSearch(setup: BenchSetup): Promise<GoalStep> {
  const random = prng(SEARCH.queries);
  const queries = typicalQueries(random, SEARCH.queries);
  const { connections, warmUpSeconds } = SEARCH;
  return singleRequestStep(setup, {
    unit: "search",
    units: "searches",
    name: `\`GET /search?q=…\`, ${connections} connections`,
    path: "/search",
    // Each search from its own address, so the per-IP search limit never answers for the search.
    next: () => ({
      path: `/search?q=${encodeURIComponent(pick(random, queries))}`,
      headers: { "x-forwarded-for": randomIp() },
    }),
    verifyBody: (body) => ANSWERED.test(body.replaceAll("<!-- -->", "")),
    connections,
    warmUpSeconds,
    goals: (run) => [
      {
        goal: `≥ ${SEARCH.perSecond} searches/s at ${connections} connections`,
        measured: `${n(run.perSecond)} searches/s`,
        met: run.perSecond >= SEARCH.perSecond,
      },
      { goal: `p95 ≤ ${SEARCH.p95Ms} ms`, measured: `${ms(run.p95)} ms`, met: run.p95 <= SEARCH.p95Ms },
    ],
  });
}
