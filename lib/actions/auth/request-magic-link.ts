"use server";
// Emails a sign-in link: checks the address, applies the per-address and per-IP limits, then asks Auth.js
// to create the token and send it. The answer is the same whether or not the address has an account.
import { signIn } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { SIGN_IN_LIMITS, signInAddressKey, signInIpKey } from "@/lib/auth/sign-in-limits";
import { type ActionResult, publicAction } from "@/lib/actions/safe-action";
import { env } from "@/lib/env";
import { consumeAll } from "@/lib/rate-limit";
import { requestIp } from "@/lib/request-ip";
import { magicLinkRequestSchema } from "@/lib/validations/auth";

export const requestMagicLinkAction = publicAction(
  magicLinkRequestSchema,
  async ({ email, callbackUrl }): Promise<ActionResult<{ email: string }>> => {
    const limit = await consumeAll([
      [signInAddressKey(email), SIGN_IN_LIMITS.perAddress],
      [signInIpKey(await requestIp()), SIGN_IN_LIMITS.perIp],
    ]);
    if (!limit.allowed) {
      const minutes = Math.max(1, Math.ceil(limit.retryAfterMs / 60_000));
      return {
        ok: false,
        error: `Too many sign-in emails. Please try again later (in about ${minutes} minute${minutes === 1 ? "" : "s"}).`,
      };
    }
    try {
      await signIn("nodemailer", { email, redirectTo: safeCallbackPath(callbackUrl, env.APP_URL), redirect: false });
    } catch (error) {
      console.error("sign-in email failed", error);
      return { ok: false, error: "We couldn't send the email just now. Please try again in a few minutes." };
    }
    return { ok: true, data: { email } };
  },
);
