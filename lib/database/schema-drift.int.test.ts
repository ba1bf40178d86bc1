import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "@/lib/database/catalog";
import { diffSchemas } from "@/lib/database/schema-engine";
import { createEmptyDatabase } from "@/lib/testing/databases";

const SCHEMA = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));

describe("schema.prisma and the migrations", () => {
  let fromSchema: Awaited<ReturnType<typeof createEmptyDatabase>>;

  beforeAll(async () => {
    // Build a second database straight from schema.prisma, with the SQL Prisma itself would write.
    fromSchema = await createEmptyDatabase();
    const sql = await diffSchemas(fromSchema.url, null, await readFile(SCHEMA, "utf8"));
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(sql);
    await client.end();
  });
  afterAll(() => fromSchema.drop());

  it("build the same tables, columns, constraints and indexes", async () => {
    const migrated = await readCatalog(process.env.DATABASE_URL!);
    const expected = await readCatalog(fromSchema.url);
    expect(Object.keys(expected.columns).length).toBeGreaterThan(0);
    expect(migrated).toEqual(expected);
  });

  it("notice when a column drifts", async () => {
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(`ALTER TABLE "papers" ALTER COLUMN "title" DROP NOT NULL`);
    try {
      const migrated = await readCatalog(process.env.DATABASE_URL!);
      const drifted = await readCatalog(fromSchema.url);
      expect(drifted.columns["papers.title"]).not.toEqual(migrated.columns["papers.title"]);
    } finally {
      await client.query(`ALTER TABLE "papers" ALTER COLUMN "title" SET NOT NULL`);
      await client.end();
    }
  });
});
