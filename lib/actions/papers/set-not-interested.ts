"use server";
// Marks a paper "Not interested" for the signed-in user (or takes that back): it leaves their lists,
// their private feed and their future digests.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { setNotInterestedSchema } from "@/lib/validations/votes";

export const setNotInterestedAction = userAction(setNotInterestedSchema, async ({ paperId, hidden }, { user }) => {
  const paper = await db.paper.findUnique({ where: { id: paperId }, select: { id: true } });
  if (!paper) return { ok: false, error: "That paper doesn't exist." };
  if (hidden) {
    await db.hiddenPaper.createMany({ data: [{ userId: user.id, paperId }], skipDuplicates: true });
  } else {
    await db.hiddenPaper.deleteMany({ where: { userId: user.id, paperId } });
  }
  revalidatePath("/for-you");
  return { ok: true, data: { hidden } };
});
