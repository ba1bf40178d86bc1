import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "@/lib/database/catalog";
import { pgQuery } from "@/lib/database/pg";
import { diffSchemas } from "@/lib/database/schema-engine";
import { createEmptyDatabase } from "@/lib/testing/databases";

const SCHEMA = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));

/** Constraints schema.prisma has no syntax for, written by hand in a migration: they must be there as written. */
const HAND_WRITTEN_CONSTRAINTS: Record<string, string> = {
  "paper_stats.paper_stats_one_row": "CHECK (id)",
  "topics.topics_own_topic_bounds":
    "CHECK (((owner_id IS NULL) OR ((char_length((name)::text) <= 60) AND (char_length((query)::text) <= 200) AND (numnode(websearch_to_tsquery('english'::regconfig, (query)::text)) <= 64) AND ((description)::text = ''::text) AND (cardinality(categories) = 0)))) NOT VALID",
  "users.users_digest_hour_range": "CHECK (((digest_hour >= 0) AND (digest_hour <= 23)))",
  "users.users_digest_size_range": "CHECK (((digest_size >= 5) AND (digest_size <= 30)))",
  "users.users_digest_weekday_range": "CHECK (((digest_weekday >= 1) AND (digest_weekday <= 7)))",
};

/** Triggers schema.prisma has no syntax for: the counters they keep are only exact if all of them are there. */
const HAND_WRITTEN_TRIGGERS = [
  "papers.papers_count_deleted",
  "papers.papers_count_inserted",
  "papers.papers_count_truncated",
  "upvotes.upvotes_count_deleted",
  "upvotes.upvotes_count_inserted",
  "upvotes.upvotes_count_truncated",
];

describe("schema.prisma and the migrations", () => {
  let fromSchema: Awaited<ReturnType<typeof createEmptyDatabase>>;

  beforeAll(async () => {
    // Build a second database straight from schema.prisma, with the SQL Prisma itself would write.
    fromSchema = await createEmptyDatabase();
    const sql = await diffSchemas(fromSchema.url, null, await readFile(SCHEMA, "utf8"));
    await pgQuery(fromSchema.url, sql);
  });
  afterAll(() => fromSchema.drop());

  it("build the same tables, columns, constraints and indexes", async () => {
    const migrated = await readCatalog(process.env.DATABASE_URL!);
    const expected = await readCatalog(fromSchema.url);
    expect(Object.keys(expected.columns).length).toBeGreaterThan(0);
    for (const [name, definition] of Object.entries(HAND_WRITTEN_CONSTRAINTS)) {
      expect(migrated.constraints[name]).toBe(definition);
      delete migrated.constraints[name];
    }
    expect(migrated).toEqual(expected);
  });

  it("add exactly the hand-written triggers", async () => {
    const rows = await pgQuery<{ name: string }>(
      process.env.DATABASE_URL!,
      `SELECT tgrelid::regclass::text || '.' || tgname AS name FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`,
    );
    expect(rows.map((row) => row.name)).toEqual(HAND_WRITTEN_TRIGGERS);
  });

  it("notice when a column drifts", async () => {
    await pgQuery(fromSchema.url, `ALTER TABLE "papers" ALTER COLUMN "title" DROP NOT NULL`);
    try {
      const migrated = await readCatalog(process.env.DATABASE_URL!);
      const drifted = await readCatalog(fromSchema.url);
      expect(drifted.columns["papers.title"]).not.toEqual(migrated.columns["papers.title"]);
    } finally {
      await pgQuery(fromSchema.url, `ALTER TABLE "papers" ALTER COLUMN "title" SET NOT NULL`);
    }
  });
});
