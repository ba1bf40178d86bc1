// `npm run db:seed`: adds the bundled sample papers that are missing. Safe to run any number of times.
import "./load-env";
import { createPrismaClient } from "@/lib/database/client";
import { provisionDevDatabase } from "@/lib/database/provision";
import { seed } from "@/prisma/seed";

const database = await provisionDevDatabase();
const db = createPrismaClient(database.url);
try {
  const { added, total } = await seed(db);
  console.log(`Sample papers: ${added} added, ${total - added} already present.`);
} catch (error) {
  const message = (error as Error).message;
  console.error(message.includes("does not exist") ? `${message}\nRun \`npm run db:migrate\` first.` : message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.release();
}
