// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded dev database) and
// installs or upgrades the job queue's own schema (pg-boss).
import "./load-env";
import { migrate } from "@/lib/database/migrate";
import { provisionDevDatabase } from "@/lib/database/provision";
import { installJobQueue } from "@/lib/digest/queue";

const database = await provisionDevDatabase();
try {
  const { applied, warnings } = await migrate(database.url);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  console.log(applied.length ? `Applied ${applied.length}: ${applied.join(", ")}` : "No pending migrations.");
  await installJobQueue(database.url);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.release();
}
