"use server";
// Saves the signed-in reader's digest preferences (Settings → Digest).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { digestPreferencesSchema } from "@/lib/validations/digest";

export const updateDigestPreferencesAction = userAction(digestPreferencesSchema, async (prefs, { user }) => {
  await db.user.update({
    where: { id: user.id },
    data: {
      digestEnabled: prefs.enabled,
      digestFrequency: prefs.frequency,
      digestWeekday: prefs.weekday,
      digestHour: prefs.hour,
      timeZone: prefs.timeZone,
      digestSize: prefs.size,
    },
  });
  // This page only: the public pages are cached for everyone (ADR 005) and learn the reader's digest
  // state from /api/me on their next view.
  revalidatePath("/settings/digest");
  return { ok: true, data: prefs };
});
