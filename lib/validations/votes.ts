import { z } from "zod";
import { paperIdSchema } from "@/lib/papers/paper-id";

export const setUpvoteSchema = z.object({ paperId: paperIdSchema, upvoted: z.boolean() });

export const setNotInterestedSchema = z.object({ paperId: paperIdSchema, hidden: z.boolean() });
