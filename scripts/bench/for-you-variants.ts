// "For you" two ways, measured back to back on one server (issue 11, item 5): (a) a page rendered per
// reader (`--rendered`, one request per view) against (b) a static shell plus GET /api/for-you?page=1
// (`--shell`, two requests per view: each autocannon connection sends them in turn, and a view is counted
// when its second answer arrives; its latency is the two answers' sum). Runs alternate a, b, a, b… and
// the medians are reported, since the machine may be shared. Then time to a usable first paint in
// Chromium, no load: when the first list item exists and a frame has been painted after it.
//
//   tsx --import ./scripts/allow-server-only.mjs scripts/bench/for-you-variants.ts [--papers 20000] …
// Both paths must exist in the build (`npx next build` first); BENCHMARKS.md says which commit had both.
import "../load-env";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import autocannon, { type Client } from "autocannon";
import { chromium } from "playwright";
import { z } from "zod";
import { HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import { prepareDatabase } from "@/lib/database/prepare";
import { pgQuery } from "@/lib/database/pg";
import { provisionTestDatabase } from "@/lib/database/provision";
import { buildCorpus } from "./corpus";
import { cpuMeter, postmasterPid } from "./cpu";
import { startAppServer } from "./server";
import { cookieFor, createSessions } from "./sessions";
import { latency, ms } from "./stats";

const argsSchema = z.object({
  papers: z.coerce.number().int().min(100).default(20_000),
  users: z.coerce.number().int().min(100).default(1_000),
  votes: z.coerce.number().int().min(0).default(100_000),
  seed: z.coerce.number().int().min(0).default(1),
  rounds: z.coerce.number().int().min(1).default(3),
  seconds: z.coerce.number().int().min(1).default(20),
  connections: z.coerce.number().int().min(1).default(50),
  paints: z.coerce.number().int().min(1).default(10),
  rendered: z.string().startsWith("/").default("/for-you-rendered"),
  shell: z.string().startsWith("/").default("/for-you"),
});
const args = argsSchema.parse(
  parseArgs({ options: Object.fromEntries(Object.keys(argsSchema.shape).map((k) => [k, { type: "string" }])) }).values,
);
const log = (line: string) => console.error(`[for-you] ${line}`);
const JSON_PATH = "/api/for-you?page=1";
const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
};

type Run = { views: number; perSecond: number; p50: number; p95: number; bad: number; cpu: ReturnType<Meter["stop"]> };
type Meter = ReturnType<typeof cpuMeter>;

/** One closed-loop run: each connection sends `paths` in turn; a view ends with the last of them. */
async function load(url: string, paths: string[], cookie: string, sources: [number, number | null], seconds = 0) {
  const pending = new Map<Client, { step: number; ms: number }>();
  const views: number[] = [];
  const meter = cpuMeter(...sources);
  const instance = autocannon({
    url,
    connections: args.connections,
    duration: seconds || args.seconds,
    timeout: 30,
    headers: { cookie },
    requests: paths.map((path) => ({ path })),
  });
  instance.on("response", (client, _status, _bytes, took) => {
    const sofar = pending.get(client) ?? { step: 0, ms: 0 };
    const next = { step: sofar.step + 1, ms: sofar.ms + took };
    if (next.step < paths.length) pending.set(client, next);
    else {
      pending.delete(client);
      views.push(next.ms);
    }
  });
  const result = await instance;
  const cpu = meter.stop();
  const { p50, p95 } = latency(views);
  const bad = result.non2xx + result.errors + result.timeouts;
  return { views: views.length, perSecond: views.length / cpu.seconds, p50, p95, bad, cpu } satisfies Run;
}

/** Milliseconds from navigation to a painted frame holding the first list item, and to first contentful paint. */
async function paints(url: string, token: string, path: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium" });
  try {
    const context = await browser.newContext();
    const { hostname } = new URL(url);
    await context.addCookies([{ name: HTTP_SESSION_COOKIE, value: token, domain: hostname, path: "/" }]);
    await context.addInitScript(() => {
      const w = window as unknown as { usableAt?: number };
      new MutationObserver((_records, observer) => {
        if (!document.querySelector('ol[aria-label="Papers"] > li')) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (w.usableAt = performance.now())));
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const usable: number[] = [];
    const fcp: number[] = [];
    for (let i = 0; i < args.paints; i++) {
      await page.goto(`${url}${path}`);
      await page.waitForFunction(() => (window as unknown as { usableAt?: number }).usableAt !== undefined);
      const [at, first] = await page.evaluate(() => [
        (window as unknown as { usableAt: number }).usableAt,
        performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      ]);
      usable.push(Math.max(at, first));
      fcp.push(first);
    }
    return { usable: median(usable), fcp: median(fcp) };
  } finally {
    await browser.close();
  }
}

async function main() {
  const database = await provisionTestDatabase();
  let stop = async () => {};
  try {
    await prepareDatabase(database.url, { seedIfEmpty: false });
    await buildCorpus(database.url, {
      papers: args.papers,
      users: args.users,
      votes: args.votes,
      seed: args.seed,
      log,
    });
    const [reader] = await pgQuery<{ user_id: string }>(
      database.url,
      "SELECT user_id FROM topic_follows GROUP BY user_id HAVING count(*) = 3 ORDER BY user_id LIMIT 1",
    );
    if (!reader) throw new Error("no corpus user follows three topics");
    const [token] = await createSessions(database.url, [reader.user_id]);
    const server = await startAppServer(database.url, log);
    stop = server.stop;
    const cookie = cookieFor(token!);
    const sources: [number, number | null] = [server.processGroup, await postmasterPid(database.url)];

    // Each path answers 200 with the reader's list (the shell with its heading), so errors can't pass as fast.
    const json = (await (await fetch(`${server.url}${JSON_PATH}`, { headers: { cookie } })).json()) as {
      papers: { id: string }[];
    };
    const top = json.papers[0]?.id;
    for (const [path, marker] of [
      [args.rendered, `/papers/${top}`],
      [args.shell, "For you"],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, { headers: { cookie }, redirect: "manual" });
      if (response.status !== 200 || !top || !(await response.text()).includes(marker))
        throw new Error(`${path} answered ${response.status} without ${marker}`);
    }

    const variants = { a: [args.rendered], b: [args.shell, JSON_PATH] };
    const runs: Record<"a" | "b", (Run & { load: number })[]> = { a: [], b: [] };
    for (const paths of Object.values(variants)) await load(server.url, paths, cookie, sources, 3); // warm-up
    for (let round = 1; round <= args.rounds; round++) {
      for (const [name, paths] of Object.entries(variants) as ["a" | "b", string[]][]) {
        const run = await load(server.url, paths, cookie, sources);
        runs[name].push({ ...run, load: loadavg()[0]! });
        log(
          `round ${round} ${name}: ${run.perSecond.toFixed(0)} views/s, p50 ${ms(run.p50)} ms, p95 ${ms(run.p95)} ms, ` +
            `node ${run.cpu.node.toFixed(2)} pg ${run.cpu.postgres?.toFixed(2)} harness ${run.cpu.harness.toFixed(2)} cores, ` +
            `bad ${run.bad}, load ${loadavg()[0]!.toFixed(1)}`,
        );
      }
    }
    const firstPaint = { a: [] as number[], b: [] as number[], fcpA: [] as number[], fcpB: [] as number[] };
    for (let round = 1; round <= 2; round++) {
      const a = await paints(server.url, token!, args.rendered);
      const b = await paints(server.url, token!, args.shell);
      firstPaint.a.push(a.usable);
      firstPaint.fcpA.push(a.fcp);
      firstPaint.b.push(b.usable);
      firstPaint.fcpB.push(b.fcp);
      log(
        `paint round ${round}: a usable ${ms(a.usable)} ms (fcp ${ms(a.fcp)}), b usable ${ms(b.usable)} ms (fcp ${ms(b.fcp)})`,
      );
    }

    const row = (name: "a" | "b", label: string, usable: number[], fcp: number[]) => {
      const of = (pick: (run: Run) => number) => median(runs[name].map(pick));
      return (
        `| ${label} | ${runs[name].map((r) => r.perSecond.toFixed(0)).join(", ")} | **${of((r) => r.perSecond).toFixed(0)}** ` +
        `| ${ms(of((r) => r.p50))} | ${ms(of((r) => r.p95))} | ${of((r) => r.cpu.node).toFixed(2)} / ` +
        `${of((r) => r.cpu.postgres ?? NaN).toFixed(2)} / ${of((r) => r.cpu.harness).toFixed(2)} ` +
        `| ${ms(median(fcp))} | ${ms(median(usable))} | ${runs[name].map((r) => r.load.toFixed(1)).join(", ")} |`
      );
    };
    console.log(
      [
        `${args.papers.toLocaleString("en-US")} papers, reader follows 3 topics, ${args.connections} connections × ${args.seconds} s, ` +
          `${args.rounds} rounds (a, b alternating), ${args.paints} Chromium loads × 2 rounds for paint`,
        "",
        "| variant | views/s per run | median views/s | p50 ms / view | p95 ms / view | cores node / pg / autocannon | first contentful paint ms | usable paint ms | load avg (1 min) per run |",
        "|---|---|---|---|---|---|---|---|---|",
        row("a", `(a) rendered per reader, GET ${args.rendered}`, firstPaint.a, firstPaint.fcpA),
        row("b", `(b) static shell GET ${args.shell} + GET ${JSON_PATH}`, firstPaint.b, firstPaint.fcpB),
      ].join("\n"),
    );
  } finally {
    await stop();
    await database.release();
  }
}

await main();
