"use server";
// "Turn on the daily digest" in one click: the digest on with the reader's saved schedule (new accounts:
// daily at 08:00), in the browser's time zone if none is saved yet.
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { scheduleLabel } from "@/lib/digest/compose";
import { DEFAULT_TIME_ZONE } from "@/lib/digest/time-zone";
import { turnOnDigestSchema } from "@/lib/validations/digest";

export const turnOnDigestAction = userAction(turnOnDigestSchema, async ({ timeZone }, { user }) => {
  const current = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { timeZone: true } });
  const updated = await db.user.update({
    where: { id: user.id },
    data: { digestEnabled: true, timeZone: current.timeZone ?? timeZone ?? DEFAULT_TIME_ZONE },
    select: { timeZone: true, digestFrequency: true, digestWeekday: true, digestHour: true },
  });
  // No revalidation: the page keeps its button, which says what happened; the next page shows the new state.
  const schedule = scheduleLabel({
    timeZone: updated.timeZone ?? DEFAULT_TIME_ZONE,
    frequency: updated.digestFrequency,
    weekday: updated.digestWeekday,
    hour: updated.digestHour,
  });
  return { ok: true, data: { schedule } };
});
