// The baselines for the upvote benchmark, with no HTTP and no Next.js in the way: setUpvote's two statements
// (setUpvoteSql) straight from node-postgres (one connection per person: what the database can do), and setUpvote
// itself through a Prisma client like the app's (pool of 10: what the app's data layer can do). Each
// person issues the next call as soon as the previous one returns.
import pg from "pg";
import { createPrismaClient } from "@/lib/database/client";
import { setUpvote, setUpvoteSql } from "@/lib/votes/set-upvote";
import { cpuMeter } from "./cpu";
import { type LoadResult, summarize } from "./load";

/** Connection c's i-th call: set, then unset, on the next trending paper; connections start apart. */
export const voteAt = (targets: string[], c: number, i: number) => ({
  paperId: targets[(c * 2 + Math.floor(i / 2)) % targets.length]!,
  upvoted: i % 2 === 0,
});

type Vote = (person: number, paperId: string, upvoted: boolean) => Promise<boolean>;

export async function pgVotes(
  url: string,
  voters: string[],
  targets: string[],
  seconds: number,
  postmaster: number | null,
) {
  const clients = await Promise.all(
    voters.map(async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  try {
    return await votingLoop(
      async (c, paperId, upvoted) => {
        // setUpvote's own statement, named so it is parsed once per connection like Prisma's.
        const vote = setUpvoteSql(voters[c]!, paperId, upvoted);
        const { rows } = await clients[c]!.query({ name: "vote", text: vote.text, values: vote.values });
        return rows[0]?.count != null;
      },
      voters.length,
      targets,
      seconds,
      postmaster,
    );
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

export async function prismaVotes(
  url: string,
  voters: string[],
  targets: string[],
  seconds: number,
  postmaster: number | null,
) {
  const db = createPrismaClient(url);
  try {
    await db.$queryRaw`SELECT 1`; // connect before the clock starts
    return await votingLoop(
      async (c, paperId, upvoted) => (await setUpvote(db, voters[c]!, paperId, upvoted)) !== null,
      voters.length,
      targets,
      seconds,
      postmaster,
    );
  } finally {
    await db.$disconnect();
  }
}

async function votingLoop(
  vote: Vote,
  people: number,
  targets: string[],
  seconds: number,
  postmaster: number | null,
): Promise<LoadResult> {
  const samples: number[] = [];
  let errors = 0;
  let mismatches = 0;
  const meter = cpuMeter(null, postmaster);
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: people }, async (_, c) => {
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
  return summarize(people, samples, 0, meter.stop(), { non2xx: 0, errors, mismatches, statusCodes: {} });
}
