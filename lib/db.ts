// The app's one Prisma client. Created on first use rather than at import, so `next build` can load
// modules without a database; cached on globalThis so dev-mode reloads don't open a pool per edit.
import "server-only";
import { createPrismaClient, type Db } from "@/lib/database/client";
import { requireDatabaseUrl } from "@/lib/env";

const cache = globalThis as unknown as { paperboyDb?: Db };

function client(): Db {
  return (cache.paperboyDb ??= createPrismaClient(requireDatabaseUrl()));
}

export const db = new Proxy({} as Db, {
  get(_, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
