// Builds a Prisma client over node-postgres (Prisma's pg driver adapter). The app uses the instances in
// lib/db.ts; scripts and tests call this with the URL of the database they provisioned.
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type ClientOptions = {
  /** PostgreSQL's statement_timeout for every connection of the pool; unset, statements may run forever. */
  statementTimeoutMs?: number;
};

export function createPrismaClient(connectionString: string, { statementTimeoutMs }: ClientOptions = {}) {
  const timeout = statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {};
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...timeout }) });
}

export type Db = PrismaClient;

/** PostgreSQL cancelled the statement because it ran past statement_timeout (SQLSTATE 57014). */
export function isStatementTimeout(error: unknown) {
  return error instanceof Error && /canceling statement due to statement timeout/.test(error.message);
}

/**
 * The database could not take the work in time: a statement ran past statement_timeout, or no pooled
 * connection came free for a transaction within its maxWait (Prisma's P2028). Under a burst both mean
 * "too busy", not a bug, and deserve a "try again" rather than an error page.
 */
export function isDatabaseBusy(error: unknown) {
  return isStatementTimeout(error) || (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2028");
}
