// `npm run ingest`: papers from a file, the arXiv API or Hugging Face's daily list into the database
// (DATABASE_URL, else the embedded development one). A thin wrapper: the work is in lib/ingest/ingest-*.ts.
import "./load-env";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient, type Db } from "@/lib/database/client";
import { provisionDevDatabase } from "@/lib/database/provision";
import { env } from "@/lib/env";
import { utcDate } from "@/lib/ingest/hf-client";
import { IngestError, type IngestOptions, ingestFile } from "@/lib/ingest/ingest-file";
import { ingestLive } from "@/lib/ingest/ingest-live";
import { createProgressReporter, formatSummary } from "@/lib/ingest/progress";

const USAGE = `Usage: npm run ingest -- --file <path>
       npm run ingest -- [--arxiv "<search query>" [--days <n>]] [--hf-daily [YYYY-MM-DD]]

  --file <path>            an arXiv Atom feed (streamed), Hugging Face daily papers JSON, a JSON array or
                           JSON Lines; the format is read from the content
  --arxiv "<query>"        the arXiv API, e.g. "cat:cs.LG OR cat:cs.CL", submitted in the last --days
  --days <n>               1–30 days back, today included (default INGEST_ARXIV_DAYS: ${env.INGEST_ARXIV_DAYS})
  --hf-daily [YYYY-MM-DD]  Hugging Face's daily papers for that UTC day (default today)
  --batch-size <n>         papers per database transaction (default 1000)
  -h, --help               show this help

Writes to DATABASE_URL, else the embedded development database. Invalid entries are skipped and listed.`;

const argsSchema = z
  .object({
    help: z.boolean().default(false),
    file: z.string().min(1, "--file needs a path").optional(),
    arxiv: z.string().trim().min(1, "--arxiv needs a search query").optional(),
    days: z.coerce.number().int().min(1).max(30, "--days: at most 30").optional(),
    "hf-daily": z
      .string()
      .regex(/^(today|\d{4}-\d{2}-\d{2})$/, "--hf-daily takes a date as YYYY-MM-DD")
      .transform((day) => (day === "today" ? utcDate(new Date()) : day))
      .optional(),
    "batch-size": z.coerce.number().int().min(1).max(10_000).default(1000),
  })
  .refine((a) => a.help || !a.file !== !(a.arxiv || a["hf-daily"]), "give either --file, or --arxiv and/or --hf-daily")
  .refine((a) => a.days === undefined || a.arxiv, "--days goes with --arxiv");

function parseCli(argv: string[]) {
  // --hf-daily's date is optional, which parseArgs cannot express: a bare flag means today.
  const normalised = argv.map((arg, i) =>
    arg === "--hf-daily" && !/^\d/.test(argv[i + 1] ?? "") ? "--hf-daily=today" : arg,
  );
  const options = {
    help: { type: "boolean", short: "h" },
    file: { type: "string" },
    arxiv: { type: "string" },
    days: { type: "string" },
    "hf-daily": { type: "string" },
    "batch-size": { type: "string" },
  } as const;
  const parsed = argsSchema.safeParse(parseArgs({ args: normalised, options, strict: true }).values);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? "invalid arguments");
  return parsed.data;
}

class UsageError extends Error {}

async function checkTables(db: Db) {
  try {
    if ((await db.topic.count()) === 0) {
      console.error("note: there are no topics yet, so papers are not matched to any; `npm run dev` adds them");
    }
  } catch (error) {
    if (!String(error).includes("does not exist")) throw error;
    throw new IngestError("the database has no Paperboy tables yet: run `npm run db:migrate` (or `npm run dev`) first");
  }
}

async function main() {
  const args = parseCli(process.argv.slice(2));
  if (args.help) return console.log(USAGE);
  if (args.file && !existsSync(args.file)) throw new IngestError(`${args.file}: no such file`);

  const database = await provisionDevDatabase();
  const db = createPrismaClient(database.url);
  const reporter = createProgressReporter();
  const options: IngestOptions = { batchSize: args["batch-size"], onProgress: reporter.update };
  // Ctrl-C: committed batches stay (ingesting again skips them); the open one rolls back.
  process.once("SIGINT", () => {
    reporter.done();
    console.error("interrupted");
    void Promise.allSettled([db.$disconnect(), database.release()]).then(() => process.exit(130));
  });
  try {
    await checkTables(db);
    const summary = args.file
      ? await ingestFile(db, args.file, options)
      : await ingestLive(db, { ...options, arxivQuery: args.arxiv, days: args.days, hfDaily: args["hf-daily"] });
    reporter.done();
    console.log(formatSummary(summary).join("\n"));
  } catch (error) {
    reporter.done();
    if (error instanceof IngestError && error.summary?.parsed) console.log(formatSummary(error.summary).join("\n"));
    throw error;
  } finally {
    await db.$disconnect();
    await database.release();
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    console.error(`error: ${(error as Error).message}\nRun \`npm run ingest -- --help\` for usage.`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof IngestError ? `error: ${error.message}` : error);
    process.exitCode = 1;
  }
}
