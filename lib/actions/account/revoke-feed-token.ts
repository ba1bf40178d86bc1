"use server";
// Turns the signed-in user's private feed off: its URL answers 404 from now on. Idempotent.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";

export const revokeFeedTokenAction = userAction(z.undefined(), async (_input, { user }) => {
  await db.user.update({ where: { id: user.id }, data: { feedTokenHash: null } });
  revalidatePath("/settings");
  return { ok: true, data: undefined };
});
