"use server";
// After mail to the reader's address bounced (SMTP 5xx), nothing more is sent until they confirm here
// that the address works again.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";

export const resumeDigestAction = userAction(z.undefined(), async (_input, { user }) => {
  await db.user.update({
    where: { id: user.id },
    data: { digestSuppressedAt: null, digestSuppressedReason: null },
  });
  revalidatePath("/settings/digest");
  return { ok: true, data: undefined };
});
