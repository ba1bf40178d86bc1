import { z } from "zod";
import { hasControlCharacters } from "@/lib/validations/control-characters";
import { rowIdSchema } from "@/lib/validations/ids";
import { countWords } from "@/lib/validations/keywords";

export const TOPIC_NAME_MAX = 60;
export const TOPIC_QUERY_MAX = 200;
export const TOPIC_QUERY_MAX_WORDS = 16;
export const MAX_OWN_TOPICS = 50;

/** A keyword query in web-search syntax. Any text is safe (it only ever reaches SQL as a parameter and
 *  websearch_to_tsquery accepts anything); the limits keep it meaningful and cheap to match, and the
 *  database holds private topics to the same bounds (the topics_own_topic_bounds CHECK). */
export const topicQuerySchema = z
  .string()
  .trim()
  .min(2, "Enter a few keywords, like “4-bit quantization”.")
  .max(TOPIC_QUERY_MAX, `Keep the query under ${TOPIC_QUERY_MAX} characters.`)
  .refine((query) => !hasControlCharacters(query), "The query can't contain control characters.")
  .refine(
    (query) => countWords(query) <= TOPIC_QUERY_MAX_WORDS,
    `Use at most ${TOPIC_QUERY_MAX_WORDS} keywords (“or” counts as one).`,
  );

export const topicFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Give the topic a name of at least 2 characters.")
    .max(TOPIC_NAME_MAX, `Keep the name under ${TOPIC_NAME_MAX} characters.`)
    .refine((name) => !hasControlCharacters(name), "The name can't contain control characters."),
  query: topicQuerySchema,
});

export const topicIdSchema = rowIdSchema;

export const setFollowSchema = z.object({ topicId: topicIdSchema, following: z.boolean() });
export const updateTopicSchema = topicFieldsSchema.extend({ topicId: topicIdSchema });
export const deleteTopicSchema = z.object({ topicId: topicIdSchema });
