// The corpus the trending, page and upvote benchmarks share: N papers, users who follow topics, and
// votes, written straight into PostgreSQL with bulk statements (unnest, generate_series), never row by row
// through Prisma, so 100k papers and 1M votes take a minute or two instead of hours. Deterministic for
// a seed (dates count back from the start of the current UTC day).
import pg from "pg";
import { createPrismaClient } from "@/lib/database/client";
import { withPgClient } from "@/lib/database/pg";
import { matchTopic } from "@/lib/topics/match";
import { type PaperRow, ageInDays, startOfUtcDay, syntheticPaper } from "./corpus-papers";
import { type Random, between, prng, shuffled } from "./random";
import { voteCounts, voters } from "./vote-plan";

export type CorpusOptions = { papers: number; users: number; votes: number; seed: number; log: (line: string) => void };
export type CorpusStats = {
  papers: number;
  users: number;
  votes: number;
  follows: number;
  topics: number;
  paperTopics: number;
  papersWithVotes: number;
  mostVotes: number;
  seed: number;
  /** Seconds per stage, in order. */
  stages: Record<string, number>;
};

const PARALLEL = 2; // one writer per core: generating text in Node overlaps with PostgreSQL indexing it
const PAPER_BATCH = 1000;
const VOTE_BATCH = 50_000;
const FOLLOWS = { min: 3, max: 8, zipf: 0.8 };
const userId = (index: number) => `bench-user-${String(index + 1).padStart(6, "0")}`;

export async function buildCorpus(
  url: string,
  { papers, users, votes, seed, log }: CorpusOptions,
): Promise<CorpusStats> {
  const random = prng(seed);
  const anchor = startOfUtcDay();
  const stages: Record<string, number> = {};
  const stage = async <T>(name: string, run: () => Promise<T>) => {
    const start = performance.now();
    const value = await run();
    stages[name] = (performance.now() - start) / 1000;
    log(`corpus: ${name} in ${stages[name].toFixed(1)} s`);
    return value;
  };

  const ids: string[] = [];
  const published = new Float64Array(papers);
  const ages = new Float64Array(papers);
  await stage(`${papers.toLocaleString("en-US")} papers`, () =>
    drain(url, paperBatches(random, papers, seed, anchor), (client, batch) => {
      for (const paper of batch) {
        published[ids.length] = paper.publishedAt;
        ages[ids.length] = ageInDays(paper, anchor);
        ids.push(paper.id);
      }
      return insertPapers(client, batch);
    }),
  );
  await stage(`${users.toLocaleString("en-US")} users`, () =>
    withPgClient(url, (client) =>
      client.query(
        `INSERT INTO users (id, name, email, email_verified, created_at, updated_at)
         SELECT 'bench-user-' || lpad(g::text, 6, '0'), 'Reader ' || g, 'reader-' || g || '@example.com', now(), now(), now()
         FROM generate_series(1, $1::int) g`,
        [users],
      ),
    ),
  );
  const topicIds = await stage("paper_topics (matchTopic per curated topic)", () => matchAllTopics(url));
  const follows = await stage("topic follows", () => insertFollows(url, random, users, topicIds));
  await stage(`${votes.toLocaleString("en-US")} upvotes`, () => {
    const pairs = voters(random, voteCounts(random, ages, users, votes), users);
    return drain(url, voteBatches(random, pairs, ids, published, anchor), (client, batch) =>
      client.query(
        `INSERT INTO upvotes (user_id, paper_id, created_at)
         SELECT u, p, to_timestamp(t / 1000) FROM unnest($1::text[], $2::text[], $3::float8[]) AS v(u, p, t)`,
        batch,
      ),
    );
  });
  await stage("upvote_count from the vote rows", () =>
    withPgClient(url, (client) =>
      client.query(`UPDATE papers p SET upvote_count = v.n
        FROM (SELECT paper_id, count(*)::int AS n FROM upvotes GROUP BY paper_id) v WHERE p.id = v.paper_id`),
    ),
  );
  // The bulk inserts ran with triggers off (session_replication_role = replica), so the paper total the
  // triggers keep (paper_stats) is set here, as the recount cron would repair it.
  await withPgClient(url, (client) => client.query("UPDATE paper_stats SET papers = (SELECT count(*) FROM papers)"));
  await stage("VACUUM ANALYZE", () => withPgClient(url, (client) => client.query("VACUUM ANALYZE")));

  const [row] = await withPgClient(url, async (client) => {
    const { rows } = await client.query<{ paperTopics: number; papersWithVotes: number; mostVotes: number }>(
      `SELECT (SELECT count(*)::int FROM paper_topics) AS "paperTopics",
              (SELECT count(*)::int FROM papers WHERE upvote_count > 0) AS "papersWithVotes",
              (SELECT max(upvote_count)::int FROM papers) AS "mostVotes"`,
    );
    return rows;
  });
  return { papers, users, votes, follows, topics: topicIds.length, ...row!, seed, stages };
}

function* paperBatches(random: Random, papers: number, seed: number, anchor: number) {
  for (let start = 0; start < papers; start += PAPER_BATCH) {
    const size = Math.min(PAPER_BATCH, papers - start);
    yield Array.from({ length: size }, (_, i) => syntheticPaper(random, start + i, seed, anchor));
  }
}

function insertPapers(client: pg.Client, batch: PaperRow[]) {
  // Array columns travel as delimited strings: unnest() cannot return an array per row.
  return client.query(
    `INSERT INTO papers (id, arxiv_id, arxiv_version, title, abstract, authors, published_at, revised_at,
       primary_category, categories, created_at, updated_at)
     SELECT id, arxiv_id, 1, title, abstract, string_to_array(authors, '|'), to_timestamp(published / 1000),
       to_timestamp(published / 1000), primary_category, string_to_array(categories, ' '),
       to_timestamp(created / 1000), to_timestamp(created / 1000)
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[], $8::text[],
       $9::float8[]) AS t(id, arxiv_id, title, abstract, authors, published, primary_category, categories, created)`,
    [
      batch.map((p) => p.id),
      batch.map((p) => p.arxivId),
      batch.map((p) => p.title),
      batch.map((p) => p.abstract),
      batch.map((p) => p.authors.join("|")),
      batch.map((p) => p.publishedAt),
      batch.map((p) => p.primaryCategory),
      batch.map((p) => p.categories.join(" ")),
      batch.map((p) => p.createdAt),
    ],
  );
}

/** The app's own matching (lib/topics/match.ts), once per curated topic, now that the papers exist. */
async function matchAllTopics(url: string) {
  const db = createPrismaClient(url);
  try {
    const topics = await db.topic.findMany({
      where: { ownerId: null },
      select: { id: true },
      orderBy: { slug: "asc" },
    });
    for (const { id } of topics) await matchTopic(db, id);
    return topics.map((t) => t.id);
  } finally {
    await db.$disconnect();
  }
}

/** Each user follows 3–8 topics; some topics are far more popular than others. */
async function insertFollows(url: string, random: Random, users: number, topicIds: string[]) {
  const popularity = shuffled(random, topicIds.length);
  const weights = topicIds.map((_, t) => 1 / (popularity[t]! + 1) ** FOLLOWS.zipf);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const user: string[] = [];
  const topic: string[] = [];
  for (let u = 0; u < users; u++) {
    const chosen = new Set<number>();
    const wanted = Math.min(topicIds.length, between(random, FOLLOWS.min, FOLLOWS.max));
    while (chosen.size < wanted) {
      let target = random() * total;
      let t = 0;
      while (t < weights.length - 1 && (target -= weights[t]!) > 0) t++;
      chosen.add(t);
    }
    for (const t of chosen) {
      user.push(userId(u));
      topic.push(topicIds[t]!);
    }
  }
  await withPgClient(url, (client) =>
    client.query(`INSERT INTO topic_follows (user_id, topic_id) SELECT * FROM unnest($1::text[], $2::text[])`, [
      user,
      topic,
    ]),
  );
  return user.length;
}

/** Vote rows as column arrays; a vote lands after its paper appeared, most of them soon after. */
function* voteBatches(
  random: Random,
  pairs: { paper: Uint32Array; user: Uint32Array },
  ids: string[],
  published: Float64Array,
  anchor: number,
) {
  for (let start = 0; start < pairs.paper.length; start += VOTE_BATCH) {
    const users: string[] = [];
    const papers: string[] = [];
    const times: number[] = [];
    for (let i = start; i < Math.min(start + VOTE_BATCH, pairs.paper.length); i++) {
      const p = pairs.paper[i]!;
      users.push(userId(pairs.user[i]!));
      papers.push(ids[p]!);
      times.push(Math.round(published[p]! + (anchor - published[p]!) * random() ** 3));
    }
    yield [users, papers, times];
  }
}

/**
 * Feeds batches to PARALLEL connections. Foreign keys are skipped where the role allows it (the rows are
 * valid by construction), which saves a lookup and a row lock per vote. That also skips every other
 * trigger: buildCorpus sets what they would have kept (paper_stats) afterwards.
 */
async function drain<T>(url: string, batches: Iterable<T>, write: (client: pg.Client, batch: T) => Promise<unknown>) {
  const iterator = batches[Symbol.iterator]();
  const worker = () =>
    withPgClient(url, async (client) => {
      await client.query("SET session_replication_role = replica").catch(() => {});
      for (let next = iterator.next(); !next.done; next = iterator.next()) await write(client, next.value);
    });
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}
