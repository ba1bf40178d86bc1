// Prisma's Auth.js adapter with Paperboy's rules on top:
// - sessions end SESSION_LIFETIME_DAYS after sign-in, however active (Auth.js only slides `expires`);
// - the first time an email link proves a user owns their address, every sign-in made before that proof
//   (OAuth account links, sessions) is dropped: whoever set the account up through GitHub without owning
//   the address loses it to the owner (pre-account hijacking). Accounts GitHub sets up now carry an address
//   GitHub verified (lib/auth/github.ts), which counts as proof (trustGitHubAddress), so only accounts
//   made before that rule lose anything;
// - expired magic-link rows are purged whenever a new link is made (Auth.js deletes only used ones);
// - the digest sign-up bookkeeping on the emailed link's token (lib/digest/signup.ts).
import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import { SESSION_LIFETIME_DAYS } from "@/lib/auth/session-policy";
import { db } from "@/lib/db";
import { digestSignupInProgress, markDigestSignupUsed, recordDigestSignup } from "@/lib/digest/signup";

const LIFETIME_MS = SESSION_LIFETIME_DAYS * 24 * 3600_000;

// The generated client is structurally the Prisma client the adapter expects.
const prismaAdapter = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);

/**
 * The session as Auth.js should see it: past its absolute lifetime it reads as expired, which makes Auth.js
 * delete the row and sign the browser out. (Not by shortening `expires` in the database: Auth.js takes an
 * `expires` less than maxAge away as a session due for refresh, and would write on every request.) Requests
 * read sessions through lib/auth/session.ts, which applies the same lifetime in SQL; this is for Auth.js's
 * own reads (its /api/auth/session endpoint).
 */
function withLifetime<S extends AdapterSession>(session: S & { createdAt?: Date }, now = Date.now()): S {
  const end = (session.createdAt ?? new Date(now)).getTime() + LIFETIME_MS;
  return end <= now ? { ...session, expires: new Date(end) } : session;
}

export const adapter: Adapter = {
  ...prismaAdapter,
  async getSessionAndUser(sessionToken) {
    const found = await prismaAdapter.getSessionAndUser!(sessionToken);
    return found && { user: found.user, session: withLifetime(found.session) };
  },
  async updateUser({ id, ...data }) {
    if (!data.emailVerified) return prismaAdapter.updateUser!({ id, ...data });
    return db.$transaction(async (tx) => {
      // The row lock makes this the one transaction that sees the address unverified.
      const firstProof = await tx.user.updateMany({
        where: { id, emailVerified: null },
        data: { emailVerified: data.emailVerified },
      });
      if (firstProof.count > 0) {
        await tx.account.deleteMany({ where: { userId: id } });
        await tx.session.deleteMany({ where: { userId: id } });
      }
      return (await tx.user.update({ where: { id }, data })) as AdapterUser;
    });
  },
  async createVerificationToken(token) {
    await db.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } });
    const created = await prismaAdapter.createVerificationToken!(token);
    const signup = digestSignupInProgress();
    if (signup) await recordDigestSignup(token.token, token.identifier, token.expires, signup);
    return created;
  },
  async useVerificationToken(params) {
    const used = await prismaAdapter.useVerificationToken!(params);
    if (used) await markDigestSignupUsed(params.token);
    return used;
  },
};

/**
 * A user just linked to GitHub with `email`, the primary address GitHub verified: if that is the user's own
 * address and nothing proved it yet, GitHub's word is the proof. Otherwise the first email link would drop
 * the GitHub link of every honest GitHub user (adapter.updateUser above).
 */
export async function trustGitHubAddress(userId: string, email: string) {
  await db.user.updateMany({ where: { id: userId, email, emailVerified: null }, data: { emailVerified: new Date() } });
}
