"use server";
// Signs the user out on every device: deletes all their session rows (a stolen or forgotten cookie stops
// working on its next request), then sends this browser to sign in.
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/actions/safe-action";
import { clearSessionCookie } from "@/lib/auth/session";
import { db } from "@/lib/db";

const signOutEverywhere = userAction(z.object({}), async (_input, { user }) => {
  await db.session.deleteMany({ where: { userId: user.id } });
  await clearSessionCookie();
  return { ok: true, data: undefined };
});

/** A plain form action, so it works without script. Refused only without a session: nothing to sign out. */
export async function signOutEverywhereAction(formData: FormData) {
  await signOutEverywhere(formData);
  redirect("/signin");
}
