// The app's Prisma clients. Created on first use rather than at import, so `next build` can load modules
// without a database; cached on globalThis so dev-mode reloads don't open a pool per edit.
//
// Two pools, because requests and background jobs want opposite things from a slow statement. A request
// is better off failing fast: one that runs for seconds holds a connection and a core while the visitor has
// long given up, and a few dozen of them stall the site. A job (vote recount, ingest, digest) scans big
// tables on purpose and must be allowed to finish.
import "server-only";
import { type ClientOptions, createPrismaClient, type Db } from "@/lib/database/client";
import { env, requireDatabaseUrl } from "@/lib/env";

const cache = globalThis as unknown as { paperboyDb?: Db; paperboyBackgroundDb?: Db };

function lazyClient(key: keyof typeof cache, options: ClientOptions): Db {
  const client = () => (cache[key] ??= createPrismaClient(requireDatabaseUrl(), options));
  return new Proxy({} as Db, {
    get(_, property) {
      const instance = client();
      const value: unknown = Reflect.get(instance, property);
      return typeof value === "function" ? value.bind(instance) : value;
    },
  });
}

/** For pages, route handlers and server actions: every statement stops after STATEMENT_TIMEOUT_MS. */
export const db = lazyClient("paperboyDb", { statementTimeoutMs: env.STATEMENT_TIMEOUT_MS });

/** For cron jobs and the digest worker, whose statements may legitimately run long: no timeout. */
export const backgroundDb = lazyClient("paperboyBackgroundDb", {});
