// The query of GET /api/me: which of the papers and topics on a page the reader's state is wanted for.
// Lists are comma-separated in one parameter each, so a page's request stays one short, cacheable-looking
// URL; bounded, so one request cannot ask about the whole database.
import { z } from "zod";
import { paperIdSchema } from "@/lib/papers/paper-id";
import { topicIdSchema } from "@/lib/validations/topics";

export const MAX_PERSONAL_IDS = 100;

const idList = (noun: string, id: z.ZodString) =>
  z
    .string()
    .default("")
    .transform((list) => (list === "" ? [] : list.split(",")))
    .pipe(z.array(id).max(MAX_PERSONAL_IDS, `Ask about at most ${MAX_PERSONAL_IDS} ${noun}s at once.`))
    .transform((ids) => [...new Set(ids)]);

export const personalQuerySchema = z.object({
  papers: idList("paper", paperIdSchema),
  topics: idList("topic", topicIdSchema),
  own: z.literal("1", "Use own=1 or leave it out.").optional(),
});

/** The first problem with a query, naming the parameter (and which list item) it is about. */
export function personalQueryError(error: z.ZodError) {
  const issue = error.issues[0];
  if (!issue) return "That query isn't valid.";
  const [field, index] = issue.path;
  return typeof index === "number"
    ? `${String(field)}: item ${index + 1}: ${issue.message}`
    : `${String(field)}: ${issue.message}`;
}
