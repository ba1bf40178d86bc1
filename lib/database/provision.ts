// Finds Paperboy a database. With DATABASE_URL set we use that server; without it we run the embedded
// PostgreSQL (lib/database/embedded.ts). Development keeps its data in .data/postgres; every test run
// gets a fresh database of its own that is thrown away afterwards, never the development one.
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { removeCluster, startEmbeddedPostgres } from "@/lib/database/embedded";
import { withPgClient } from "@/lib/database/pg";

export const PROJECT_DIR = fileURLToPath(new URL("../..", import.meta.url));
/** Where the embedded development cluster lives; PAPERBOY_DATA_DIR moves it (tests use a temp dir). */
export const devDataDir = () => process.env.PAPERBOY_DATA_DIR || path.join(PROJECT_DIR, ".data", "postgres");
const DEV_DATABASE = "paperboy";

export type Provisioned = { url: string; embedded: boolean; release: () => Promise<void> };
type Log = (line: string) => void;

/** The development database: DATABASE_URL when set, else the embedded server's `paperboy` database. */
export async function provisionDevDatabase(log: Log = () => {}): Promise<Provisioned> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, embedded: false, release: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: devDataDir(), log });
  try {
    await createDatabaseIfMissing(server.url("postgres"), DEV_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url(DEV_DATABASE), embedded: true, release: server.stop };
}

/**
 * A new, empty database for one test run. On a given server (DATABASE_URL) it is a freshly created
 * `paperboy_test_*` database, dropped on release; otherwise a throwaway embedded cluster in a temp dir.
 */
export async function provisionTestDatabase(log: Log = () => {}): Promise<Provisioned> {
  const name = `paperboy_test_${randomBytes(4).toString("hex")}`;
  const given = process.env.DATABASE_URL;
  if (given) {
    const admin = withDatabase(given, "postgres");
    await createDatabaseIfMissing(admin, name);
    return { url: withDatabase(given, name), embedded: false, release: () => dropDatabase(admin, name) };
  }
  const scratch = await mkdtemp(path.join(tmpdir(), "paperboy-test-"));
  await chmod(scratch, 0o755); // as root, the server runs as `postgres` and must reach its data dir
  const dataDir = path.join(scratch, "data");
  const server = await startEmbeddedPostgres({ dataDir, fast: true, log });
  await createDatabaseIfMissing(server.url("postgres"), name);
  return {
    url: server.url(name),
    embedded: true,
    release: async () => {
      await server.stop();
      await removeCluster(scratch);
    },
  };
}

export function withDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function createDatabaseIfMissing(adminUrl: string, name: string) {
  await withPgClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  });
}

async function dropDatabase(adminUrl: string, name: string) {
  await withPgClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}
