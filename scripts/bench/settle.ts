// Waits for the server to finish work from the previous load run. autocannon stops sending when its
// time is up, but requests already in flight keep the app and PostgreSQL busy; the next measurement
// would otherwise queue behind them and look slower than it is.
import { pgQuery } from "@/lib/database/pg";

const QUIET_CHECKS = 3;
const LIMIT_MS = 180_000;

/** Returns the seconds it waited. */
export async function settle(databaseUrl: string, log: (line: string) => void) {
  const start = Date.now();
  for (let quiet = 0; quiet < QUIET_CHECKS;) {
    const [row] = await pgQuery<{ active: number }>(
      databaseUrl,
      `SELECT count(*)::int AS active FROM pg_stat_activity
       WHERE datname = current_database() AND backend_type = 'client backend' AND state = 'active'
         AND pid <> pg_backend_pid()`,
    );
    quiet = row?.active ? 0 : quiet + 1;
    if (Date.now() - start > LIMIT_MS) {
      log(`still ${row?.active} queries running after ${LIMIT_MS / 1000} s; measuring anyway`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const waited = (Date.now() - start) / 1000;
  if (waited > 2) log(`waited ${waited.toFixed(0)} s for the previous run's requests to finish`);
  return waited;
}
