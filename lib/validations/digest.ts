// What readers may set for their digest (Settings → Digest), and what the subscribe box accepts. The
// database checks the same ranges (see the digest migration).
import { z } from "zod";
import { canonicalTimeZone } from "@/lib/digest/time-zone";
import { emailSchema } from "@/lib/validations/email";

export const DIGEST_SIZE = { min: 5, max: 30, default: 10 } as const;
export const DIGEST_FREQUENCIES = ["daily", "weekly"] as const;
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export const timeZoneSchema = z
  .string()
  .trim()
  .transform((name, ctx) => {
    const zone = canonicalTimeZone(name);
    if (!zone) {
      ctx.addIssue({ code: "custom", message: "Pick a time zone from the list." });
      return z.NEVER;
    }
    return zone;
  });

/** Form fields arrive as strings; numbers are coerced and bounded. */
const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);

export const digestPreferencesSchema = z.object({
  enabled: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  frequency: z.enum(DIGEST_FREQUENCIES, { error: "Choose daily or weekly." }),
  weekday: wholeNumber(1, 7, "Choose a day of the week."),
  hour: wholeNumber(0, 23, "Choose an hour between 00:00 and 23:00."),
  timeZone: timeZoneSchema,
  size: wholeNumber(
    DIGEST_SIZE.min,
    DIGEST_SIZE.max,
    `A digest holds between ${DIGEST_SIZE.min} and ${DIGEST_SIZE.max} papers.`,
  ),
});
export type DigestPreferences = z.infer<typeof digestPreferencesSchema>;

/** The browser's zone, sent along when it is known; an unknown or missing one is simply not used. */
const browserTimeZone = z.preprocess(
  (value) => (typeof value === "string" ? (canonicalTimeZone(value.trim()) ?? undefined) : undefined),
  z.string().optional(),
);

export const subscribeSchema = z.object({ email: emailSchema, timeZone: browserTimeZone });
export const turnOnDigestSchema = z.object({ timeZone: browserTimeZone });
export const setTimeZoneSchema = z.object({ timeZone: browserTimeZone });
