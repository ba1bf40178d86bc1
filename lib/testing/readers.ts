// Digest readers for integration tests: users with the digest on, by default due at any time of day
// (send hour 00:00 UTC), following the curated topics named.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/database/client";

export type ReaderOptions = {
  email?: string;
  timeZone?: string;
  hour?: number;
  frequency?: "daily" | "weekly";
  weekday?: number;
  size?: number;
  follows?: string[];
};

export const readerEmail = (label = "reader") => `${label}-${randomBytes(5).toString("hex")}@example.com`;

export async function createReader(db: Db, options: ReaderOptions = {}) {
  const topics = options.follows?.length
    ? await db.topic.findMany({ where: { slug: { in: options.follows } }, select: { id: true } })
    : [];
  return db.user.create({
    data: {
      email: options.email ?? readerEmail(),
      emailVerified: new Date(),
      digestEnabled: true,
      timeZone: options.timeZone ?? "UTC",
      digestHour: options.hour ?? 0,
      digestFrequency: options.frequency ?? "daily",
      digestWeekday: options.weekday ?? 1,
      digestSize: options.size ?? 10,
      follows: { create: topics.map((topic) => ({ topicId: topic.id })) },
    },
    select: { id: true, email: true },
  });
}
