// Emailing a sign-in link, as the sign-in form and the digest's subscribe box both do: the per-address,
// per-IP and site-wide limits first, then Auth.js makes the token and sends it. The answer is the same whether or not the
// address has an account.
import "server-only";
import type { ActionResult } from "@/lib/actions/safe-action";
import { signIn } from "@/lib/auth";
import { SIGN_IN_LIMITS, SIGN_IN_SITE_KEY, signInAddressKey, signInIpKey } from "@/lib/auth/sign-in-limits";
import { formatMinutes } from "@/lib/format";
import { consumeAll } from "@/lib/rate-limit";
import { requestIp } from "@/lib/request-ip";

/** `send` wraps Auth.js's request, e.g. to mark it a digest subscription (lib/digest/signup.ts). */
export async function sendSignInLink(
  email: string,
  redirectTo: string,
  send: (request: () => Promise<unknown>) => Promise<unknown> = (request) => request(),
): Promise<ActionResult<{ email: string }>> {
  const limit = await consumeAll([
    [signInAddressKey(email), SIGN_IN_LIMITS.perAddress],
    [signInIpKey(await requestIp()), SIGN_IN_LIMITS.perIp],
    [SIGN_IN_SITE_KEY, SIGN_IN_LIMITS.siteWide],
  ]);
  if (!limit.allowed) {
    const minutes = Math.max(1, Math.ceil(limit.retryAfterMs / 60_000));
    const later = `Please try again later (in about ${formatMinutes(minutes)}).`;
    // The site-wide ceiling is nothing this visitor did: say so, rather than blame them.
    const busy = limit.full.includes(SIGN_IN_SITE_KEY);
    return {
      ok: false,
      error: busy
        ? `Paperboy is sending too many sign-in emails right now, so it has paused them. ${later}`
        : `Too many sign-in emails. ${later}`,
    };
  }
  try {
    await send(() => signIn("nodemailer", { email, redirectTo, redirect: false }));
  } catch (error) {
    console.error("sign-in email failed", error);
    return { ok: false, error: "We couldn't send the email just now. Please try again in a few minutes." };
  }
  return { ok: true, data: { email } };
}
