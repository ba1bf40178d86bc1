// Extra throwaway databases for integration tests that need an empty one (not the migrated copy that
// every test file already gets as DATABASE_URL).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { withDatabase } from "@/lib/database/provision";

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createEmptyDatabase() {
  const name = `paperboy_empty_${randomBytes(4).toString("hex")}`;
  await admin(`CREATE DATABASE "${name}" TEMPLATE template0`);
  return {
    url: withDatabase(inject("adminDatabaseUrl"), name),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
