"use server";
// Saves the browser's time zone for a reader who has none yet (on the welcome page, after sign-up). A zone
// chosen in Settings is never overwritten by this.
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { setTimeZoneSchema } from "@/lib/validations/digest";

export const setTimeZoneAction = userAction(setTimeZoneSchema, async ({ timeZone }, { user }) => {
  if (timeZone) await db.user.updateMany({ where: { id: user.id, timeZone: null }, data: { timeZone } });
  return { ok: true, data: undefined };
});
