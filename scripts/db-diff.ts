// `npm run db:diff -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// Prisma would generate to go from the last committed schema.prisma (git HEAD) to the working copy.
// The schema drift test then proves the result matches; read the SQL before committing it.
import "./load-env";
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "@/lib/database/migrate";
import { PROJECT_DIR, provisionTestDatabase } from "@/lib/database/provision";
import { diffSchemas } from "@/lib/database/schema-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:diff -- <name>   (lower-case letters, digits and _)");
  process.exit(2);
}

function committedSchema() {
  try {
    return execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: PROJECT_DIR, encoding: "utf8" });
  } catch {
    return null; // no commit yet: diff from an empty database
  }
}

const current = await readFile(path.join(PROJECT_DIR, "prisma", "schema.prisma"), "utf8");
// The engine wants a live connection to pick its SQL dialect; a throwaway database keeps dev data out of it.
const database = await provisionTestDatabase();
try {
  const sql = (await diffSchemas(database.url, committedSchema(), current)).trim();
  if (!sql || sql === "-- This is an empty migration.") {
    console.log("schema.prisma matches the last commit: no migration needed.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir);
    await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
    console.log(`Wrote ${path.relative(PROJECT_DIR, dir)}/migration.sql:\n\n${sql}`);
  }
} finally {
  await database.release();
}
