// `npm run dev` / `npm start`: runs the command after `--` with a ready database. Uses DATABASE_URL
// when set, else starts the embedded PostgreSQL (data in .data/postgres), applies pending migrations,
// seeds an empty database, and stops the embedded server when the command ends or is interrupted.
import "./load-env";
import { type ChildProcess, spawn } from "node:child_process";
import { constants } from "node:os";
import { developmentAuthSecret } from "@/lib/database/dev-secret";
import { prepareDatabase } from "@/lib/database/prepare";
import { provisionDevDatabase } from "@/lib/database/provision";

const log = (line: string) => console.log(`[paperboy] ${line}`);
const separator = process.argv.indexOf("--");
const [command, ...args] = separator === -1 ? [] : process.argv.slice(separator + 1);
if (!command) {
  console.error("usage: tsx scripts/run-with-db.ts -- <command> [args…]");
  process.exit(2);
}

// Auth.js signs tokens with AUTH_SECRET. Development gets one made for it; production must bring its own.
const development = args[0] === "dev";
if (!development && !process.env.AUTH_SECRET) {
  console.error("AUTH_SECRET is not set. Production needs its own: export AUTH_SECRET=$(openssl rand -base64 32)");
  process.exit(1);
}

const database = await provisionDevDatabase(log);
const running: { child?: ChildProcess } = {};
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
    const { child } = running;
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

const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: database.url };
env.AUTH_SECRET ||= await developmentAuthSecret();
if (!development && !env.SMTP_URL) log("warning: SMTP_URL is not set, so sign-in emails cannot be sent");

running.child = spawn(command, args, { stdio: "inherit", env });
running.child.on("exit", (code, signal) => void shutdown(code ?? 128 + (signal ? constants.signals[signal] : 1)));
