// Brings a database up to date at boot: pending migrations, the job queue's schema (pg-boss), the curated
// topic catalogue, then the sample papers if it has none.
import { createPrismaClient } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { installJobQueue } from "@/lib/digest/queue";
import { syncCuratedTopics } from "@/lib/topics/sync";
import { seed } from "@/prisma/seed";

type Log = (line: string) => void;

export async function prepareDatabase(url: string, { seedIfEmpty = true, log = (() => {}) as Log } = {}) {
  const { applied, warnings } = await migrate(url);
  for (const warning of warnings) log(`warning: ${warning}`);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  await installJobQueue(url);
  const db = createPrismaClient(url);
  try {
    const topics = await syncCuratedTopics(db);
    if (topics.created || topics.updated) log(`curated topics: ${topics.created} added, ${topics.updated} updated`);
    if (seedIfEmpty && (await db.paper.count()) === 0) {
      const { added } = await seed(db);
      log(`seeded ${added} sample papers`);
    }
  } finally {
    await db.$disconnect();
  }
}
