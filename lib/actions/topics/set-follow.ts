"use server";
// Sets whether the signed-in user follows a topic. Idempotent: following twice is one follow, and
// unfollowing a topic you don't follow is a no-op. Only visible topics (curated, or your own) count.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { setFollowSchema } from "@/lib/validations/topics";

export const setFollowAction = userAction(setFollowSchema, async ({ topicId, following }, { user }) => {
  const topic = await db.topic.findFirst({
    where: { id: topicId, OR: [{ ownerId: null }, { ownerId: user.id }] },
    select: { id: true, slug: true },
  });
  if (!topic) return { ok: false, error: "That topic doesn't exist." };
  if (following) {
    await db.topicFollow.createMany({ data: [{ userId: user.id, topicId: topic.id }], skipDuplicates: true });
  } else {
    await db.topicFollow.deleteMany({ where: { userId: user.id, topicId: topic.id } });
  }
  revalidatePath("/topics");
  revalidatePath(`/topics/${topic.slug}`);
  return { ok: true, data: { following } };
});
