// Runs before each integration test file: gives the file its own copy of the migrated template
// database (CREATE DATABASE … TEMPLATE is a fast file copy), exposed as DATABASE_URL before the file's
// imports read it, and drops it afterwards. Files can run in parallel without seeing each other's rows.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { pgQuery } from "@/lib/database/pg";
import { withDatabase } from "@/lib/database/provision";

const admin = inject("adminDatabaseUrl");
const template = new URL(inject("templateDatabaseUrl")).pathname.slice(1);
const name = `${template}_${randomBytes(4).toString("hex")}`;

const adminQuery = (sql: string) => pgQuery(admin, sql);

await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
process.env.DATABASE_URL = withDatabase(admin, name);
// Signs the digest's unsubscribe links; `npm test` passes its own, a bare `vitest` run gets one here.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");

afterAll(async () => {
  const { db, backgroundDb } = await import("@/lib/db");
  const { closeJobQueue } = await import("@/lib/digest/queue");
  await Promise.all([db.$disconnect(), backgroundDb.$disconnect(), closeJobQueue()]);
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});
