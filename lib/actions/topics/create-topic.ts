"use server";
// Creates a private keyword topic for the signed-in user, follows it, and matches papers to it.
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { matchTopic } from "@/lib/topics/match";
import { EMPTY_QUERY_MESSAGE, queryHasTerms } from "@/lib/topics/query";
import { ownTopicSlug } from "@/lib/topics/slug";
import { MAX_OWN_TOPICS, topicFieldsSchema } from "@/lib/validations/topics";

export const createTopicAction = userAction(topicFieldsSchema, async ({ name, query }, { user }) => {
  if (!(await queryHasTerms(db, query)))
    return { ok: false, error: EMPTY_QUERY_MESSAGE, fieldErrors: { query: [EMPTY_QUERY_MESSAGE] } };
  if ((await db.topic.count({ where: { ownerId: user.id } })) >= MAX_OWN_TOPICS) {
    return { ok: false, error: `You can have up to ${MAX_OWN_TOPICS} topics of your own. Delete one first.` };
  }
  const topic = await db.$transaction(async (tx) => {
    const created = await tx.topic.create({
      data: { slug: ownTopicSlug(name), name, query, ownerId: user.id, followers: { create: { userId: user.id } } },
      select: { id: true, slug: true },
    });
    await matchTopic(tx, created.id);
    return created;
  });
  return { ok: true, data: { slug: topic.slug } };
});
