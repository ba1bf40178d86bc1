// Scripts see the same .env files that Next.js loads (.env, .env.local, .env.development, …), so a
// DATABASE_URL set there is honoured before we decide whether to start the embedded server.
import nextEnv from "@next/env";
import { PROJECT_DIR } from "@/lib/database/provision";

nextEnv.loadEnvConfig(PROJECT_DIR, process.argv.includes("dev"), { info: () => {}, error: console.error });
