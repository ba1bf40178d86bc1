// What the trending, page, upvote and digest benchmarks share within one `npm run bench`: one fresh
// database with the corpus (built once, on first use) and one production server on it (started on first
// use), which mails a counting SMTP sink and lets the bench call its cron routes with `cronSecret`.
// close() stops the server and the sink and throws the database away, whatever happened.
import { randomBytes } from "node:crypto";
import { pgQuery } from "@/lib/database/pg";
import { prepareDatabase } from "@/lib/database/prepare";
import { type Provisioned, provisionTestDatabase } from "@/lib/database/provision";
import { type CorpusOptions, type CorpusStats, buildCorpus } from "./corpus";
import { postmasterPid } from "./cpu";
import type { CpuSources } from "./load";
import { type AppServer, startAppServer } from "./server";
import { type CountingSink, startCountingSink } from "./smtp-sink";

export type Corpus = {
  url: string;
  embedded: boolean;
  postgres: string;
  stats: CorpusStats;
  postmaster: number | null;
};
export type BenchContext = ReturnType<typeof benchContext>;

export function benchContext(options: CorpusOptions) {
  let database: Provisioned | undefined;
  let server: AppServer | undefined;
  let sink: Promise<CountingSink> | undefined;
  const cronSecret = randomBytes(24).toString("base64url");
  let corpus: Promise<Corpus> | undefined;
  let started: Promise<AppServer> | undefined;

  const getCorpus = () =>
    (corpus ??= (async () => {
      database = await provisionTestDatabase();
      await prepareDatabase(database.url, { seedIfEmpty: false });
      options.log(
        `building the corpus in a fresh database (${database.embedded ? "embedded" : "DATABASE_URL's server"})`,
      );
      const stats = await buildCorpus(database.url, options);
      const [version] = await pgQuery<{ server_version: string }>(database.url, "SHOW server_version");
      const postmaster = await postmasterPid(database.url);
      return {
        url: database.url,
        embedded: database.embedded,
        postgres: version?.server_version ?? "?",
        stats,
        postmaster,
      };
    })());

  const getSink = () => (sink ??= startCountingSink());
  const getServer = () =>
    (started ??= getCorpus().then(async ({ url }) => {
      const env = { SMTP_URL: (await getSink()).url, CRON_SECRET: cronSecret };
      return (server = await startAppServer(url, options.log, env));
    }));

  return {
    corpus: getCorpus,
    server: getServer,
    smtpSink: getSink,
    cronSecret,
    async cpuSources(): Promise<CpuSources> {
      return { serverGroup: (await getServer()).processGroup, postmaster: (await getCorpus()).postmaster };
    },
    async close() {
      await server?.stop();
      await (await sink?.catch(() => null))?.close();
      await database?.release();
    },
  };
}
