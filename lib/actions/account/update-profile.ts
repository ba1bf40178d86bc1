"use server";
// Changes the signed-in user's display name (empty clears it).
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { profileSchema } from "@/lib/validations/auth";

export const updateProfileAction = userAction(profileSchema, async ({ name }, { user }) => {
  await db.user.update({ where: { id: user.id }, data: { name: name || null } });
  // No revalidatePath: public pages are cached for everyone (ADR 005); the form updates the header itself.
  return { ok: true, data: { name } };
});
