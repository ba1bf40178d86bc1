// Idempotent seed: inserts the bundled sample papers that are not there yet and changes nothing else.
import type { Db } from "@/lib/database/client";
import { readSample } from "@/lib/papers/sample";

export async function seed(db: Db) {
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
  return { added: count, total: sample.length };
}
