// Integration tests run against real PostgreSQL: a fresh server (or a fresh database on DATABASE_URL's
// server) for the run, holding a migrated template that each test file copies into a database of its own.
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/database/migrate";
import { provisionTestDatabase, withDatabase } from "@/lib/database/provision";
import { installJobQueue } from "@/lib/digest/queue";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await provisionTestDatabase();
  await migrate(database.url);
  await installJobQueue(database.url);
  project.provide("templateDatabaseUrl", database.url);
  project.provide("adminDatabaseUrl", withDatabase(database.url, "postgres"));
  return () => database.release();
}
