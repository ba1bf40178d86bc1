// Test fixtures. Each test owns its data: `login` creates a fresh user with a real database session
// (the same rows Auth.js writes) and puts its cookie in the browser. Every test comes from 127.0.0.1: the
// shared servers get sign-in limits no test suite reaches (e2e/global-setup.ts), and the tests of the
// limits themselves start servers of their own (e2e/security/net.ts).
import { randomBytes } from "node:crypto";
import { test as base, expect } from "@playwright/test";
import { HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import { createPrismaClient, type Db } from "@/lib/database/client";

export { expect };

function localDatabaseUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the browser tests through npm test");
  const host = new URL(url).hostname;
  // Tests create and delete rows freely: never let them near a database on another machine.
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`Refusing to run e2e against ${host}`);
  return url;
}

export const uniqueEmail = (label = "reader") => `${label}-${randomBytes(5).toString("hex")}@example.com`;

type Fixtures = {
  db: Db;
  login: (options?: { name?: string }) => Promise<{ id: string; email: string; sessionToken: string }>;
};

/** A fresh user with a real database session (the rows Auth.js writes); its cookie is HTTP_SESSION_COOKIE. */
export async function createReader(db: Db, { name }: { name?: string } = {}) {
  const email = uniqueEmail();
  const sessionToken = randomBytes(32).toString("hex");
  const user = await db.user.create({
    data: {
      email,
      name: name ?? null,
      emailVerified: new Date(),
      sessions: { create: { sessionToken, expires: new Date(Date.now() + 24 * 3600_000) } },
    },
  });
  return { id: user.id, email, sessionToken };
}

export const test = base.extend<Fixtures, { workerDb: Db }>({
  workerDb: [
    async ({}, use) => {
      const db = createPrismaClient(localDatabaseUrl());
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  db: async ({ workerDb }, use) => use(workerDb),
  login: async ({ db, context, baseURL }, use) => {
    await use(async ({ name } = {}) => {
      const reader = await createReader(db, { name });
      await context.addCookies([
        { name: HTTP_SESSION_COOKIE, value: reader.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" },
      ]);
      return reader;
    });
  },
});
