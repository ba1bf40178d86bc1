// Extra throwaway databases for integration tests that need an empty one (not the migrated copy that
// every test file already gets as DATABASE_URL).
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { pgQuery } from "@/lib/database/pg";
import { withDatabase } from "@/lib/database/provision";

const admin = (sql: string) => pgQuery(inject("adminDatabaseUrl"), sql);

export async function createEmptyDatabase() {
  const name = `paperboy_empty_${randomBytes(4).toString("hex")}`;
  await admin(`CREATE DATABASE "${name}" TEMPLATE template0`);
  return {
    url: withDatabase(inject("adminDatabaseUrl"), name),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
