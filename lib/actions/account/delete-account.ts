"use server";
// Deletes the signed-in user and everything that belongs to them (sessions, linked accounts and, through
// foreign keys with ON DELETE CASCADE, whatever later features attach to the user), then signs out.
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/safe-action";
import { clearSessionCookie } from "@/lib/auth/session";
import { signInAddressKey } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db";
import { deleteAccountSchema } from "@/lib/validations/auth";

export const deleteAccountAction = userAction(deleteAccountSchema, async (_input, { user }) => {
  // Rows keyed by the address rather than the user id go too: pending links and rate-limit counters.
  const address = user.email ?? "";
  await db.$transaction([
    db.verificationToken.deleteMany({ where: { identifier: address } }),
    db.rateLimitHit.deleteMany({ where: { key: signInAddressKey(address) } }),
    db.user.delete({ where: { id: user.id } }),
  ]);
  await clearSessionCookie();
  redirect("/?deleted=1");
});
