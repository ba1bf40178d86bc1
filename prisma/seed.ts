// Idempotent seed: the curated topics (synced by slug) and the bundled sample papers that are not there
// yet, matched to topics. Running it again changes nothing.
import type { Db } from "@/lib/database/client";
import { readSample } from "@/lib/papers/sample";
import { matchPapers } from "@/lib/topics/match";
import { syncCuratedTopics } from "@/lib/topics/sync";

export async function seed(db: Db) {
  await syncCuratedTopics(db);
  const sample = await readSample();
  // No dates ship with the sample. createdAt (when Paperboy first saw a paper) is staggered by one
  // second per rank so that "newest first" shows the sample in its trending order.
  const seededAt = Date.now();
  const { count } = await db.paper.createMany({
    data: sample.map((paper) => ({
      id: paper.id,
      title: paper.title,
      abstract: paper.abstract,
      createdAt: new Date(seededAt - paper.rank * 1000),
    })),
    skipDuplicates: true,
  });
  if (count > 0)
    await matchPapers(
      db,
      sample.map((paper) => paper.id),
    );
  return { added: count, total: sample.length };
}
