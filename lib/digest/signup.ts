// Subscribing from the "Get trending papers in your inbox" box: an address, the usual magic link, and once
// that link is used an account with the digest on. The subscription is tied to that one link: its token
// (as Auth.js stores it, hashed) is recorded with the request, marked when the link is used, and applied
// at the sign-in that follows. Anyone can type someone else's address into the box, but only the owner of
// the inbox can use the link, and signing in with any other link turns nothing on.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { db } from "@/lib/db";

type Signup = { timeZone?: string };

const inProgress = new AsyncLocalStorage<Signup>();

/** Runs a sign-in request (Auth.js's signIn) whose link subscribes to the digest. */
export function withDigestSignup<T>(signup: Signup, request: () => Promise<T>) {
  return inProgress.run(signup, request);
}

/** Set while Auth.js makes and mails the link of a digest sign-up (lib/auth.ts asks). */
export function digestSignupInProgress(): Signup | undefined {
  return inProgress.getStore();
}

/** Remembers that the link with this token subscribes its address. */
export async function recordDigestSignup(tokenHash: string, email: string, expires: Date, signup: Signup) {
  await db.$transaction([
    db.digestSignup.deleteMany({ where: { expires: { lt: new Date(Date.now() - 24 * 3600_000) } } }),
    db.digestSignup.create({ data: { tokenHash, email, expires, timeZone: signup.timeZone ?? null } }),
  ]);
}

/** The link with this token was just used: its subscription is applied by the sign-in that follows. */
export async function markDigestSignupUsed(tokenHash: string) {
  await db.digestSignup.updateMany({ where: { tokenHash }, data: { verifiedAt: new Date() } });
}

/** At sign-in with an emailed link: turns the digest on if that link was a subscription. */
export async function applyDigestSignup(userId: string, email: string) {
  const used = await db.digestSignup.findMany({
    where: { email, verifiedAt: { not: null } },
    select: { tokenHash: true, timeZone: true },
  });
  if (used.length === 0) return false;
  const timeZone = used.find((signup) => signup.timeZone)?.timeZone ?? null;
  await db.$transaction([
    db.digestSignup.deleteMany({ where: { tokenHash: { in: used.map((signup) => signup.tokenHash) } } }),
    db.$executeRaw`
      UPDATE users SET digest_enabled = true, time_zone = coalesce(time_zone, ${timeZone}), updated_at = now()
      WHERE id = ${userId}`,
  ]);
  return true;
}
