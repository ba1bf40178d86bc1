import { z } from "zod";
import { pageParamSchema } from "@/lib/validations/pagination";
import { firstValue } from "@/lib/validations/search-params";

export const FEED_VIEWS = ["trending", "new", "top"] as const;
export const TOP_PERIODS = ["day", "week", "month"] as const;
export type FeedView = (typeof FEED_VIEWS)[number];
export type TopPeriod = (typeof TOP_PERIODS)[number];

/** The home page's ?view=&period=&topic=&page=; anything unrecognised falls back to the default. */
export const feedParamsSchema = z.object({
  view: z.preprocess(firstValue, z.enum(FEED_VIEWS).catch("trending")),
  period: z.preprocess(firstValue, z.enum(TOP_PERIODS).catch("week")),
  topic: z.preprocess(
    firstValue,
    z
      .string()
      .max(80)
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .catch(undefined),
  ),
  page: z.preprocess(firstValue, pageParamSchema),
});

export type FeedParams = z.infer<typeof feedParamsSchema>;
