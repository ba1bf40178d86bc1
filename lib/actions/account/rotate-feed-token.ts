"use server";
// Makes a new private feed URL for the signed-in user; the old one, if any, stops working at once.
// Only the token's hash is stored, so this reply is the one time the token itself can be shown.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createFeedToken, forYouFeedUrl } from "@/lib/feeds/token";

export const rotateFeedTokenAction = userAction(z.undefined(), async (_input, { user }) => {
  const { token, hash } = createFeedToken();
  await db.user.update({ where: { id: user.id }, data: { feedTokenHash: hash } });
  revalidatePath("/settings");
  return { ok: true, data: { token, url: forYouFeedUrl(env.APP_URL, token) } };
});
