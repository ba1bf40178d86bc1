"use server";
// Renames or re-queries one of the signed-in user's own topics, and re-matches its papers.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { matchOwnTopic } from "@/lib/topics/match";
import { EMPTY_QUERY_MESSAGE, queryHasTerms } from "@/lib/topics/query";
import { refuseTopicWrite } from "@/lib/topics/write-limit";
import { updateTopicSchema } from "@/lib/validations/topics";

export const updateTopicAction = userAction(updateTopicSchema, async ({ topicId, name, query }, { user }) => {
  if (!(await queryHasTerms(query)))
    return { ok: false, error: EMPTY_QUERY_MESSAGE, fieldErrors: { query: [EMPTY_QUERY_MESSAGE] } };
  const refused = await refuseTopicWrite(user.id);
  if (refused) return { ok: false, error: refused };
  const topic = await db.$transaction(async (tx) => {
    // Ownership is part of the where clause: someone else's topic id simply matches nothing.
    const { count } = await tx.topic.updateMany({ where: { id: topicId, ownerId: user.id }, data: { name, query } });
    if (count === 0) return null;
    await matchOwnTopic(tx, topicId, query);
    return tx.topic.findUniqueOrThrow({ where: { id: topicId }, select: { slug: true } });
  });
  if (!topic) return { ok: false, error: "That topic doesn't exist." };
  revalidatePath(`/topics/${topic.slug}`);
  return { ok: true, data: { slug: topic.slug } };
});
