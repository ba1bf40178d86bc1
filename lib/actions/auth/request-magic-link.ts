"use server";
// Emails a sign-in link (lib/auth/send-sign-in-link.ts: limits, then Auth.js), coming back to callbackUrl.
import { type ActionResult, publicAction } from "@/lib/actions/safe-action";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { sendSignInLink } from "@/lib/auth/send-sign-in-link";
import { env } from "@/lib/env";
import { magicLinkRequestSchema } from "@/lib/validations/auth";

export const requestMagicLinkAction = publicAction(
  magicLinkRequestSchema,
  async ({ email, callbackUrl }): Promise<ActionResult<{ email: string }>> =>
    sendSignInLink(email, safeCallbackPath(callbackUrl, env.APP_URL)),
);
