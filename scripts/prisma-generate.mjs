// Runs `prisma generate` on machines that cannot download Prisma's schema-engine binary.
// Generating the client never executes the schema engine, but the CLI insists the binary exists,
// so point it at any existing file (this script) unless the caller already chose one.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
