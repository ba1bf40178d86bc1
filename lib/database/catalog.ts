// A comparable description of a database's public schema: columns (type, length/precision,
// nullability, default), constraints (primary, unique, foreign keys, checks), indexes and enums.
// Used to prove the hand-applied migrations build exactly the schema that schema.prisma describes.
import { withPgClient } from "@/lib/database/pg";

const QUERIES = {
  columns: `
    SELECT table_name || '.' || column_name AS key,
           concat_ws(' ', udt_name, character_maximum_length, datetime_precision,
                     CASE WHEN is_nullable = 'NO' THEN 'not null' END, 'default ' || column_default) AS value
    FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  constraints: `
    SELECT conrelid::regclass::text || '.' || conname AS key, pg_get_constraintdef(oid) AS value
    FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`,
  indexes: `
    SELECT indexname AS key, indexdef AS value
    FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  enums: `
    SELECT t.typname AS key, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS value
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
    WHERE t.typnamespace = 'public'::regnamespace
    GROUP BY t.typname`,
} as const;

export type Catalog = Record<keyof typeof QUERIES, Record<string, string>>;

export async function readCatalog(databaseUrl: string): Promise<Catalog> {
  return withPgClient(databaseUrl, async (client) => {
    const catalog: Partial<Catalog> = {};
    for (const [section, sql] of Object.entries(QUERIES) as [keyof Catalog, string][]) {
      const { rows } = await client.query<{ key: string; value: string }>(`${sql} ORDER BY 1`);
      catalog[section] = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    }
    return catalog as Catalog;
  });
}
