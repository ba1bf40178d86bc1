import { z } from "zod";
import { rowIdSchema } from "@/lib/validations/ids";

export const TOPIC_QUERY_MAX = 200;
export const MAX_OWN_TOPICS = 50;

const noControl = (value: string) => !/[\u0000-\u001f\u007f]/.test(value);

/** A keyword query in web-search syntax. Any text is safe (it only ever reaches SQL as a parameter and
 *  websearch_to_tsquery accepts anything); the limits keep it meaningful and cheap. */
export const topicQuerySchema = z
  .string()
  .trim()
  .min(2, "Enter a few keywords, like “4-bit quantization”.")
  .max(TOPIC_QUERY_MAX, `Keep the query under ${TOPIC_QUERY_MAX} characters.`)
  .refine(noControl, "The query can't contain control characters.");

export const topicFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Give the topic a name of at least 2 characters.")
    .max(60, "Keep the name under 60 characters.")
    .refine(noControl, "The name can't contain control characters."),
  query: topicQuerySchema,
});

export const topicIdSchema = rowIdSchema;

export const setFollowSchema = z.object({ topicId: topicIdSchema, following: z.boolean() });
export const updateTopicSchema = topicFieldsSchema.extend({ topicId: topicIdSchema });
export const deleteTopicSchema = z.object({ topicId: topicIdSchema });
