"use server";
// Changes the signed-in user's display name (empty clears it).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { profileSchema } from "@/lib/validations/auth";

export const updateProfileAction = userAction(profileSchema, async ({ name }, { user }) => {
  await db.user.update({ where: { id: user.id }, data: { name: name || null } });
  revalidatePath("/", "layout");
  return { ok: true, data: { name } };
});
