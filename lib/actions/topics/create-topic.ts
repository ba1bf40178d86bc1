"use server";
// Creates a private keyword topic for the signed-in user, follows it, and matches papers to it.
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { BUSY_MESSAGE, unlessBusy } from "@/lib/load-limits";
import { createOwnTopic } from "@/lib/topics/create-own-topic";
import { EMPTY_QUERY_MESSAGE, queryHasTerms } from "@/lib/topics/query";
import { refuseTopicWrite } from "@/lib/topics/write-limit";
import { MAX_OWN_TOPICS, topicFieldsSchema } from "@/lib/validations/topics";

const AT_THE_CAP = `You can have up to ${MAX_OWN_TOPICS} topics of your own. Delete one first.`;

export const createTopicAction = userAction(topicFieldsSchema, async ({ name, query }, { user }) => {
  if (!(await queryHasTerms(query)))
    return { ok: false, error: EMPTY_QUERY_MESSAGE, fieldErrors: { query: [EMPTY_QUERY_MESSAGE] } };
  // A first look, so the common refusal costs no work and no rate-limit slot; createOwnTopic decides.
  if ((await db.topic.count({ where: { ownerId: user.id } })) >= MAX_OWN_TOPICS)
    return { ok: false, error: AT_THE_CAP };
  const refused = await refuseTopicWrite(user.id);
  if (refused) return { ok: false, error: refused };
  const topic = await unlessBusy(
    () => createOwnTopic(db, user.id, { name, query }),
    () => "busy" as const,
  );
  if (topic === "busy") return { ok: false, error: BUSY_MESSAGE };
  if (!topic) return { ok: false, error: AT_THE_CAP };
  return { ok: true, data: { slug: topic.slug } };
});
