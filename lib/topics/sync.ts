// Brings the curated catalogue (lib/topics/catalogue.ts) into the database: new topics are created,
// changed ones updated and re-matched, unchanged ones left alone. Idempotent; runs at boot and in seed.
import type { Db } from "@/lib/database/client";
import { CURATED_TOPICS, type CuratedTopic } from "@/lib/topics/catalogue";
import { matchTopic } from "@/lib/topics/match";

export async function syncCuratedTopics(db: Db, catalogue: CuratedTopic[] = CURATED_TOPICS) {
  const existing = await db.topic.findMany({
    where: { slug: { in: catalogue.map((t) => t.slug) } },
    select: { id: true, slug: true, name: true, description: true, query: true, categories: true, ownerId: true },
  });
  const bySlug = new Map(existing.map((t) => [t.slug, t]));
  let created = 0;
  let updated = 0;
  for (const topic of catalogue) {
    const data = {
      name: topic.name,
      description: topic.description,
      query: topic.query,
      categories: topic.categories ?? [],
    };
    const current = bySlug.get(topic.slug);
    if (current && current.ownerId !== null) {
      throw new Error(`The curated slug "${topic.slug}" is taken by a user's topic`);
    }
    const same =
      current &&
      current.name === data.name &&
      current.description === data.description &&
      current.query === data.query &&
      current.categories.join(",") === data.categories.join(",");
    if (same) continue;
    await db.$transaction(async (tx) => {
      const { id } = current
        ? await tx.topic.update({ where: { id: current.id }, data, select: { id: true } })
        : await tx.topic.create({ data: { slug: topic.slug, ...data }, select: { id: true } });
      // Only the query or categories change what matches; a new description needs no re-match.
      if (!current || current.query !== data.query || current.categories.join(",") !== data.categories.join(",")) {
        await matchTopic(tx, id);
      }
    });
    if (current) updated++;
    else created++;
  }
  return { created, updated, unchanged: catalogue.length - created - updated };
}
