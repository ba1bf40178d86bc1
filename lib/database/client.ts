// Builds a Prisma client over node-postgres (Prisma's pg driver adapter). The app uses the single
// instance in lib/db.ts; scripts and tests call this with the URL of the database they provisioned.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export type Db = PrismaClient;
