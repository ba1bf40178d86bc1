// What `npm run worker` and `npm run digest` need before they load the app's modules: a database
// (DATABASE_URL, else the embedded development one, migrated as `npm run dev` would) and a secret to sign
// unsubscribe links with (development makes one, as `npm run dev` does; production must bring its own).
import "./load-env";
import { developmentAuthSecret } from "@/lib/database/dev-secret";
import { prepareDatabase } from "@/lib/database/prepare";
import { provisionDevDatabase } from "@/lib/database/provision";

export async function digestDatabase(log: (line: string) => void) {
  const database = await provisionDevDatabase(log);
  try {
    if (database.embedded) await prepareDatabase(database.url, { log });
    if (!process.env.AUTH_SECRET && !process.env.UNSUBSCRIBE_SECRET) {
      if (!database.embedded) throw new Error("AUTH_SECRET is not set: it signs the digest's unsubscribe links.");
      process.env.AUTH_SECRET = await developmentAuthSecret();
    }
  } catch (error) {
    await database.release();
    throw error;
  }
  // lib/env.ts reads the environment once, when first imported: after this.
  process.env.DATABASE_URL = database.url;
  return database;
}
