// The shapes of the ids and slugs that reach Paperboy from URLs and server actions. Checked at each route
// and action boundary, so a value that could never name a row (a NUL byte, which PostgreSQL refuses with
// an error; 5,000 characters; `../`) is a 404 or a validation error there, never a failed query (a 500).
import { z } from "zod";

/** Ids PostgreSQL or Prisma made (`cuid(2)`): lower-case letters and digits. */
export const rowIdSchema = z.string().regex(/^[a-z0-9]{1,32}$/, "Not an id");

/** Topic slugs: the curated ones and `ownTopicSlug`'s, lower-case words joined by hyphens. */
export const topicSlugSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Not a topic slug");

export const digestIdSchema = z.uuid();
