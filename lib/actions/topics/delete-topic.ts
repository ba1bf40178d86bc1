"use server";
// Deletes one of the signed-in user's own topics (its follows and paper matches go with it).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { deleteTopicSchema } from "@/lib/validations/topics";

export const deleteTopicAction = userAction(deleteTopicSchema, async ({ topicId }, { user }) => {
  const { count } = await db.topic.deleteMany({ where: { id: topicId, ownerId: user.id } });
  if (count === 0) return { ok: false, error: "That topic doesn't exist." };
  revalidatePath("/topics");
  return { ok: true, data: undefined };
});
