// Applies prisma/migrations/*/migration.sql the way `prisma migrate deploy` does, because Prisma's
// schema-engine binary cannot be downloaded on our machines. Rows in `_prisma_migrations` match
// Prisma's (uuid id, sha256 checksum of the file, timestamps, applied_steps_count = 1), and we take
// Prisma's advisory lock, so either tool can take over from the other. Unlike Prisma, each migration
// runs inside a transaction: a failing migration leaves no half-applied schema and no row behind.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";
import { withPgClient } from "@/lib/database/pg";

/** The key `prisma migrate` locks on (pg_advisory_lock(72707369)). */
const PRISMA_LOCK_KEY = 72707369;

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

export type Migration = { name: string; sql: string; checksum: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names
      .filter((name) => existsSync(path.join(dir, name, "migration.sql")))
      .map(async (name) => {
        const bytes = await readFile(path.join(dir, name, "migration.sql"));
        return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
      }),
  );
}

export type MigrateResult = { applied: string[]; warnings: string[] };

export async function migrate(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const migrations = await readMigrations(dir);
  return withPgClient(databaseUrl, async (client) => {
    // Session-level lock: released when the connection closes, whether or not we succeed.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and is recorded as unfinished. ` +
          `Fix the database, then mark it with \`prisma migrate resolve\` before applying more.`,
      );
    }
    const warnings = checkHistory(rows, migrations);
    const done = new Set(rows.filter((r) => r.finished_at !== null).map((r) => r.migration_name));
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => !done.has(m.name))) {
      await applyOne(client, migration);
      applied.push(migration.name);
    }
    return { applied, warnings };
  });
}

async function applyOne(client: pg.Client, migration: Migration) {
  try {
    await client.query("BEGIN");
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Prisma's own complaints about history, as warnings: they don't stop a deploy there either. */
function checkHistory(rows: AppliedRow[], migrations: Migration[]) {
  const local = new Map(migrations.map((m) => [m.name, m]));
  const warnings: string[] = [];
  for (const row of rows.filter((r) => r.finished_at !== null)) {
    const file = local.get(row.migration_name);
    if (!file) warnings.push(`${row.migration_name} is applied to the database but missing from ${MIGRATIONS_DIR}`);
    else if (file.checksum !== row.checksum)
      warnings.push(`${row.migration_name} was edited after it was applied (checksum differs)`);
  }
  return warnings;
}

// Prisma's own definition of its bookkeeping table.
const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;
