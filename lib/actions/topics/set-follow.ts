"use server";
// Sets whether the signed-in user follows a topic. Idempotent: following twice is one follow, and
// unfollowing a topic you don't follow is a no-op. Only visible topics (curated, or your own) count.
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { setFollowSchema } from "@/lib/validations/topics";

export const setFollowAction = userAction(setFollowSchema, async ({ topicId, following }, { user }) => {
  const topic = await db.topic.findFirst({
    where: { id: topicId, OR: [{ ownerId: null }, { ownerId: user.id }] },
    select: { id: true },
  });
  if (!topic) return { ok: false, error: "That topic doesn't exist." };
  if (following) {
    await db.topicFollow.createMany({ data: [{ userId: user.id, topicId: topic.id }], skipDuplicates: true });
  } else {
    await db.topicFollow.deleteMany({ where: { userId: user.id, topicId: topic.id } });
  }
  // No revalidatePath: the button holds the confirmed state; the cached pages' follower counts catch up
  // within their interval (ADR 005).
  return { ok: true, data: { following } };
});
