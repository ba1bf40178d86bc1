// Creating a user's own topic, with the MAX_OWN_TOPICS cap enforced atomically: parallel creates cannot
// together go past it, whatever the timing.
import type { Db } from "@/lib/database/client";
import { matchOwnTopic } from "@/lib/topics/match";
import { ownTopicSlug } from "@/lib/topics/slug";
import { MAX_OWN_TOPICS } from "@/lib/validations/topics";

class OverTheCap extends Error {}

// A burst of creates from one user (a script replaying the action) queues for the pool's connections;
// waiting longer than Prisma's 2 s default for one beats failing with an error page.
const TRANSACTION = { maxWait: 10_000, timeout: 10_000 };

/** The new topic (followed by its owner, with its papers matched), or null if the user already has enough. */
export async function createOwnTopic(db: Db, userId: string, { name, query }: { name: string; query: string }) {
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.topic.create({
        data: { slug: ownTopicSlug(name), name, query, ownerId: userId, followers: { create: { userId } } },
        select: { id: true, slug: true },
      });
      await matchOwnTopic(tx, created.id, query);
      // The real check, last, under a per-user lock held until commit: each create counts after the one
      // before it committed (READ COMMITTED gives every statement a fresh snapshot), its own row included.
      // Taken at the end, the lock serialises only the count and the commit, not the matching.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`own-topics:${userId}`}, 0))`;
      if ((await tx.topic.count({ where: { ownerId: userId } })) > MAX_OWN_TOPICS) throw new OverTheCap();
      return created;
    }, TRANSACTION);
  } catch (error) {
    if (error instanceof OverTheCap) return null;
    throw error;
  }
}
