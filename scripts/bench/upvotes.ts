// The upvote benchmark: the one-statement vote (lib/votes/set-upvote.ts) straight through node-postgres
// and through the real server action over HTTP as a browser sends it, in the same run on the same
// database. An action's request names the page it was posted from, and Next.js re-renders that page if
// the action revalidates it; ours does not, which the two rows (clicked on the home page, clicked on a
// paper page) keep honest: a re-render would show as a gap between them and as a large response.
import type { Client } from "autocannon";
import pg from "pg";
import { createPrismaClient } from "@/lib/database/client";
import { withPgClient } from "@/lib/database/pg";
import { setUpvote, setUpvoteSql } from "@/lib/votes/set-upvote";
import { type ActionTemplate, captureUpvoteAction } from "./capture-action";
import { cpuMeter } from "./cpu";
import { type CpuSources, type LoadResult, runLoad, settle, summarize } from "./load";
import { hotPaperIds } from "./queries";
import { cookieFor, createSessions, createUsers } from "./sessions";

const VOTE_LOAD = {
  connections: 50,
  seconds: 15,
  warmUpSeconds: 3,
  actionWarmUpSeconds: 10,
  quietSeconds: 5,
  papers: 100,
};
const OK = '"ok":true';

/** Where the browser clicks. */
const PATHS = [
  { name: "action, clicked on the home page", page: () => "/" },
  { name: "action, clicked on a paper page", page: (top: string) => `/papers/${top}` },
];

type ActionRun = {
  name: string;
  path: string;
  loaded: LoadResult;
  quiet: LoadResult;
  ratio: number;
  headers: string[];
  body: string;
};
export type UpvoteResult = {
  raw: LoadResult;
  prisma: LoadResult;
  actions: ActionRun[];
  /** Papers whose upvote_count differs from their vote rows afterwards: must be 0. */
  drift: number;
};

export async function benchUpvotes(
  databaseUrl: string,
  serverUrl: string,
  sources: CpuSources,
  log: (line: string) => void,
): Promise<UpvoteResult> {
  const targets = await hotPaperIds(databaseUrl, VOTE_LOAD.papers);
  log(`raw SQL: ${VOTE_LOAD.connections} connections for ${VOTE_LOAD.seconds} s`);
  const rawVoters = await createUsers(databaseUrl, "bench-raw-voter", VOTE_LOAD.connections);
  const raw = await pgVotes({ url: databaseUrl, voters: rawVoters, targets, postmaster: sources.postmaster });
  log(`raw SQL: ${raw.perSecond.toFixed(0)} calls/s`);
  const prismaVoters = await createUsers(databaseUrl, "bench-prisma-voter", VOTE_LOAD.connections);
  const prisma = await prismaVotes({ url: databaseUrl, voters: prismaVoters, targets, postmaster: sources.postmaster });
  log(`setUpvote through Prisma: ${prisma.perSecond.toFixed(0)} calls/s`);

  const prepared: Awaited<ReturnType<typeof prepareAction>>[] = [];
  for (const [index, path] of PATHS.entries())
    prepared.push(await prepareAction(databaseUrl, serverUrl, index, path, targets));
  // One warm-up of the action's own code first: the server has served pages but never this action, and V8
  // is still optimising it for the first seconds; without this, whichever row ran first looked slowest.
  const run: Run = { databaseUrl, serverUrl, sources, log, targets };
  log(`warming the action up for ${VOTE_LOAD.actionWarmUpSeconds} s`);
  const warmers = { request: prepared[0]!.request, cookies: await newVoters(databaseUrl, "bench-warm-voter") };
  await runActionLoad(run, warmers, VOTE_LOAD.connections, VOTE_LOAD.actionWarmUpSeconds);

  const actions: ActionRun[] = [];
  for (const action of prepared) {
    const { name, request, headers, body } = action;
    await runActionLoad(run, action, VOTE_LOAD.connections, VOTE_LOAD.warmUpSeconds);
    log(`${name}: ${VOTE_LOAD.connections} connections for ${VOTE_LOAD.seconds} s`);
    const loaded = await runActionLoad(run, action, VOTE_LOAD.connections, VOTE_LOAD.seconds);
    const quiet = await runActionLoad(run, action, 1, VOTE_LOAD.quietSeconds);
    log(
      `${name}: ${loaded.perSecond.toFixed(1)} calls/s, p95 ${loaded.p95.toFixed(0)} ms; alone p50 ${quiet.p50.toFixed(0)} ms`,
    );
    const path = request(targets[0]!, true).path;
    const ratio = loaded.perSecond / raw.perSecond;
    actions.push({ name, path, loaded, quiet, ratio, headers, body });
  }

  const [{ drift } = { drift: -1 }] = await withPgClient(
    databaseUrl,
    async (client) =>
      (
        await client.query<{ drift: number }>(
          `SELECT count(*)::int AS drift FROM papers p
         WHERE p.id = ANY($1) AND p.upvote_count <> (SELECT count(*) FROM upvotes u WHERE u.paper_id = p.id)`,
          [targets],
        )
      ).rows,
  );
  return { raw, prisma, actions, drift };
}

/** People with a session each who have not voted yet, as cookies. */
async function newVoters(databaseUrl: string, prefix: string, count = VOTE_LOAD.connections) {
  const users = await createUsers(databaseUrl, prefix, count);
  return (await createSessions(databaseUrl, users)).map(cookieFor);
}

/** Captures the browser's request for one path and checks that replaying it works. */
async function prepareAction(
  databaseUrl: string,
  serverUrl: string,
  index: number,
  { name, page }: (typeof PATHS)[number],
  targets: string[],
) {
  // Fresh people per path, so no call finds a vote left over from another run.
  const [capturer] = await createSessions(databaseUrl, await createUsers(databaseUrl, `bench-capture-${index}`, 1));
  const captured = await captureUpvoteAction(serverUrl, page(targets[0]!), capturer!);
  const request: ActionTemplate["request"] = captured.request;
  const cookies = await newVoters(databaseUrl, `bench-voter-${index}`);
  await replayOnce(serverUrl, request, cookies[0]!, targets[1]!);
  return { name, request, cookies, headers: Object.keys(captured.headers).sort(), body: captured.body };
}

type Run = {
  databaseUrl: string;
  serverUrl: string;
  sources: CpuSources;
  log: (line: string) => void;
  targets: string[];
};

/** One autocannon run of the action, then a wait until the requests still in flight have drained. */
async function runActionLoad(
  run: Run,
  action: { request: ActionTemplate["request"]; cookies: string[] },
  connections: number,
  seconds: number,
) {
  const options = {
    url: run.serverUrl,
    connections,
    duration: seconds,
    setupClient: voteClients(action.request, action.cookies, run.targets),
    verifyBody: (body: string) => body.includes(OK),
  };
  const result = await runLoad(options, run.sources);
  return { ...result, drainSeconds: await settle(run.databaseUrl, run.log) };
}

/** One set and one unset before the load: a template that stopped working fails loudly, not as 0 calls/s. */
async function replayOnce(serverUrl: string, request: ActionTemplate["request"], cookie: string, paperId: string) {
  for (const upvoted of [true, false]) {
    const { path, headers, body } = request(paperId, upvoted);
    const response = await fetch(`${serverUrl}${path}`, { method: "POST", headers: { ...headers, cookie }, body });
    const text = await response.text();
    if (response.status !== 200 || !text.includes(OK)) {
      throw new Error(`the replayed upvote failed: ${response.status} ${text.slice(0, 300)}`);
    }
  }
}

/** Gives each autocannon connection its own person (cookie) and its own walk through the papers. */
function voteClients(request: ActionTemplate["request"], cookies: string[], targets: string[]) {
  let connections = 0;
  return (client: Client) => {
    const c = connections++;
    let i = 0;
    client.setRequests([
      {
        setupRequest: (base) => {
          const { paperId, upvoted } = voteAt(targets, c, i++);
          const next = request(paperId, upvoted);
          return {
            ...base,
            method: "POST",
            ...next,
            headers: { ...next.headers, cookie: cookies[c % cookies.length]! },
          };
        },
      },
    ]);
  };
}

/** Connection c's i-th call: set, then unset, on the next trending paper; connections start apart. */
const voteAt = (targets: string[], c: number, i: number) => ({
  paperId: targets[(c * 2 + Math.floor(i / 2)) % targets.length]!,
  upvoted: i % 2 === 0,
});

// The baselines, with no HTTP and no Next.js in the way: setUpvote's statement (setUpvoteSql) straight
// from node-postgres, one connection per person (what the database can do), and setUpvote itself through
// a Prisma client like the app's, pool of 10 (what the app's data layer can do).
type Baseline = { url: string; voters: string[]; targets: string[]; postmaster: number | null };
type Vote = (person: number, paperId: string, upvoted: boolean) => Promise<boolean>;

async function pgVotes(baseline: Baseline) {
  const clients = await Promise.all(
    baseline.voters.map(async () => {
      const client = new pg.Client({ connectionString: baseline.url });
      await client.connect();
      return client;
    }),
  );
  try {
    return await votingLoop(baseline, async (c, paperId, upvoted) => {
      // setUpvote's own statement, named so it is parsed once per connection like Prisma's.
      const vote = setUpvoteSql(baseline.voters[c]!, paperId, upvoted);
      const { rows } = await clients[c]!.query({ name: "vote", text: vote.text, values: vote.values });
      return rows[0]?.count != null;
    });
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

async function prismaVotes(baseline: Baseline) {
  const db = createPrismaClient(baseline.url);
  try {
    await db.$queryRaw`SELECT 1`; // connect before the clock starts
    return await votingLoop(
      baseline,
      async (c, paperId, upvoted) => (await setUpvote(db, baseline.voters[c]!, paperId, upvoted)) !== null,
    );
  } finally {
    await db.$disconnect();
  }
}

/** Each person issues the next call as soon as the previous one returns. */
async function votingLoop({ voters, targets, postmaster }: Baseline, vote: Vote): Promise<LoadResult> {
  const samples: number[] = [];
  let errors = 0;
  let mismatches = 0;
  const meter = cpuMeter(null, postmaster);
  const deadline = performance.now() + VOTE_LOAD.seconds * 1000;
  await Promise.all(
    voters.map(async (_, c) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const { paperId, upvoted } = voteAt(targets, c, i);
        const start = performance.now();
        try {
          if (!(await vote(c, paperId, upvoted))) mismatches++; // the paper vanished: nothing was answered
        } catch {
          errors++;
        }
        samples.push(performance.now() - start);
      }
    }),
  );
  return summarize(voters.length, samples, 0, meter.stop(), { non2xx: 0, errors, mismatches, statusCodes: {} });
}
