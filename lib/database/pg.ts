// One short-lived node-postgres connection, for the database tooling (migrations, provisioning,
// tests) that works below Prisma. App code uses the Prisma client in lib/db.ts instead.
import pg from "pg";

export async function withPgClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Runs one statement and returns its rows. */
export function pgQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string, values?: unknown[]) {
  return withPgClient(url, async (client) => (await client.query<T>(sql, values)).rows);
}
