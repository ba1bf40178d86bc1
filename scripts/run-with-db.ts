// `npm run dev` / `npm start`: runs the command after `--` with a ready database. Uses DATABASE_URL
// when set, else starts the embedded PostgreSQL (data in .data/postgres), applies pending migrations,
// seeds an empty database, and stops the embedded server when the command ends or is interrupted.
import { spawn } from "node:child_process";
import { prepareDatabase } from "@/lib/database/prepare";
import { provisionDevDatabase } from "@/lib/database/provision";

const log = (line: string) => console.log(`[paperboy] ${line}`);
const separator = process.argv.indexOf("--");
const [command, ...args] = separator === -1 ? [] : process.argv.slice(separator + 1);
if (!command) {
  console.error("usage: tsx scripts/run-with-db.ts -- <command> [args…]");
  process.exit(2);
}

const database = await provisionDevDatabase(log);
let child: ReturnType<typeof spawn> | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (database.embedded) log("stopping the embedded PostgreSQL");
  await database.release().catch((error: unknown) => console.error(error));
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    // The child usually got the same signal from the terminal; make sure, then wait for it to exit.
    if (child && child.exitCode === null) child.kill(signal);
    else void shutdown(130);
  });
}

try {
  await prepareDatabase(database.url, { log });
} catch (error) {
  console.error(error);
  await shutdown(1);
}

child = spawn(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: database.url } });
child.on("exit", (code, signal) => void shutdown(code ?? (signal ? 128 + 2 : 1)));
