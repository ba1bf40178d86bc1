"use server";
// The "Get trending papers in your inbox" box: emails a link that, once used, signs the person in (making
// their account if need be) with the digest on, in the browser's time zone (lib/digest/signup.ts).
import { type ActionResult, publicAction } from "@/lib/actions/safe-action";
import { sendSignInLink } from "@/lib/auth/send-sign-in-link";
import { withDigestSignup } from "@/lib/digest/signup";
import { subscribeSchema } from "@/lib/validations/digest";

export const subscribeToDigestAction = publicAction(
  subscribeSchema,
  async ({ email, timeZone }): Promise<ActionResult<{ email: string }>> =>
    sendSignInLink(email, "/settings/digest?subscribed=1", (request) => withDigestSignup({ timeZone }, request)),
);
