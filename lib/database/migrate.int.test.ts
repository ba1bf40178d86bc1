import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate, readMigrations } from "@/lib/database/migrate";
import { pgQuery } from "@/lib/database/pg";
import { createEmptyDatabase } from "@/lib/testing/databases";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((fn) => fn()));
});

async function emptyDatabase() {
  const database = await createEmptyDatabase();
  cleanups.push(database.drop);
  return database.url;
}

const query = pgQuery;

type Row = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  applied_steps_count: number;
  id: string;
};

async function migrationsDir(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "paperboy-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("migrate", () => {
  it("applies every migration in order and records it the way Prisma does", async () => {
    const url = await emptyDatabase();
    const local = await readMigrations();
    const { applied } = await migrate(url);
    expect(applied).toEqual(local.map((m) => m.name));

    const rows = await query<Row>(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const row of rows) {
      const file = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("applies nothing the second time", async () => {
    const url = await emptyDatabase();
    await migrate(url);
    expect(await migrate(url)).toEqual({ applied: [], warnings: [] });
  });

  it("lets only one of two concurrent runs apply each migration", async () => {
    const url = await emptyDatabase();
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    expect([...a.applied, ...b.applied].sort()).toEqual((await readMigrations()).map((m) => m.name));
    const rows = await query<Row>(url, `SELECT * FROM "_prisma_migrations"`);
    expect(rows).toHaveLength((await readMigrations()).length);
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsDir({
      "20260101000000_good": `CREATE TABLE "a" (id int);`,
      "20260102000000_bad": `CREATE TABLE "b" (id int);\nSELECT * FROM "no_such_table";`,
    });
    await expect(migrate(url, dir)).rejects.toThrow(/20260102000000_bad failed and was rolled back.*no_such_table/);
    const tables = await query<{ t: string }>(
      url,
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    expect(tables.map((r) => r.t)).toEqual(["_prisma_migrations", "a"]);
    const rows = await query<Row>(url, `SELECT * FROM "_prisma_migrations"`);
    expect(rows.map((r) => r.migration_name)).toEqual(["20260101000000_good"]);
  });

  it("warns when an applied migration was edited afterwards", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsDir({ "20260101000000_one": `CREATE TABLE "a" (id int);` });
    await migrate(url, dir);
    await writeFile(path.join(dir, "20260101000000_one", "migration.sql"), `CREATE TABLE "a" (id bigint);`);
    const { applied, warnings } = await migrate(url, dir);
    expect(applied).toEqual([]);
    expect(warnings).toEqual(["20260101000000_one was edited after it was applied (checksum differs)"]);
  });

  it("refuses to continue past a migration Prisma recorded as failed", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsDir({ "20260101000000_one": `CREATE TABLE "a" (id int);` });
    await migrate(url, dir);
    await query(
      url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'y', '20260101000001_broken')`,
    );
    await expect(migrate(url, dir)).rejects.toThrow(/20260101000001_broken failed earlier/);
  });
});
