// Auth.js (next-auth v5) configuration: emailed magic links (Nodemailer provider) and GitHub OAuth when
// configured, database sessions through the Prisma adapter. Links go to a confirmation page rather than
// signing in on GET, so mail scanners that prefetch links cannot use them up (see app/auth/confirm).
import "server-only";
import { redirect } from "next/navigation";
import NextAuth from "next-auth";
import GitHub from "next-auth/providers/github";
import Nodemailer from "next-auth/providers/nodemailer";
import SignInEmail, { signInSubject } from "@/emails/sign-in";
import { adapter, trustGitHubAddress } from "@/lib/auth/adapter";
import { safeCallbackPath, signInHref } from "@/lib/auth/callback-url";
import { fetchGitHubProfile, githubSignInRefusal } from "@/lib/auth/github";
import { MAGIC_LINK_MINUTES } from "@/lib/auth/magic-link";
import { type SessionUser, currentSession } from "@/lib/auth/session";
import { SESSION_DAYS, SESSION_UPDATE_AGE_DAYS } from "@/lib/auth/session-policy";
import { applyDigestSignup, digestSignupInProgress } from "@/lib/digest/signup";
import { sendEmail } from "@/lib/email";
import { env, githubAuth } from "@/lib/env";
import { normalizeEmail } from "@/lib/validations/email";

export { SESSION_LIFETIME_DAYS } from "@/lib/auth/session-policy";
export type { SessionUser } from "@/lib/auth/session";

const DAY_SECONDS = 24 * 60 * 60;

// Auth.js's own auth() is not exported: requests read the session through lib/auth/session.ts (getUser
// below). Auth.js keeps signing in and out, and its callbacks.
export const { handlers, signIn, signOut } = NextAuth({
  adapter,
  session: {
    strategy: "database",
    maxAge: SESSION_DAYS * DAY_SECONDS,
    updateAge: SESSION_UPDATE_AGE_DAYS * DAY_SECONDS,
  },
  trustHost: true,
  // Secure (and __Secure- prefixed) cookies follow the public URL, not the scheme a TLS-terminating proxy
  // reports: Auth.js would otherwise go by X-Forwarded-Proto, which a proxy may not send.
  useSecureCookies: env.APP_URL.startsWith("https:"),
  pages: { signIn: "/signin", verifyRequest: "/signin", error: "/auth/error", newUser: "/welcome" },
  providers: [
    Nodemailer({
      maxAge: MAGIC_LINK_MINUTES * 60,
      // Unused: mail goes through lib/email.ts. Auth.js only insists that a server is configured.
      server: { host: "localhost", port: 25 },
      from: env.MAIL_FROM,
      normalizeIdentifier(identifier) {
        const result = normalizeEmail(identifier);
        if (!result.ok) throw new Error(result.error);
        return result.email;
      },
      async sendVerificationRequest({ identifier, url }) {
        const purpose = digestSignupInProgress() ? "digest" : "sign-in";
        const host = new URL(env.APP_URL).host;
        await sendEmail({
          to: identifier,
          subject: signInSubject(host, purpose),
          react: SignInEmail({
            url: confirmationUrl(url, purpose),
            host,
            expiresInMinutes: MAGIC_LINK_MINUTES,
            purpose,
          }),
        });
      },
    }),
    // No allowDangerousEmailAccountLinking: a GitHub account whose email matches an existing user is refused
    // (OAuthAccountNotLinked) rather than silently attached to that user.
    // Only an address GitHub verified (lib/auth/github.ts).
    ...(githubAuth ? [GitHub({ ...githubAuth, userinfo: { request: fetchGitHubProfile } })] : []),
  ],
  callbacks: {
    signIn: ({ account, profile }) => githubSignInRefusal(account?.provider, profile) ?? true,
    redirect: ({ url }) => new URL(safeCallbackPath(url, env.APP_URL), env.APP_URL).toString(),
  },
  events: {
    // GitHub hands over only a verified address (lib/auth/github.ts).
    async linkAccount({ user, account, profile }) {
      if (account.provider === "github" && user.id && profile.email) await trustGitHubAddress(user.id, profile.email);
    },
    // A used subscription link turns the digest on (after the account exists, for a first sign-in).
    async signIn({ user, account }) {
      if (account?.provider === "nodemailer" && user.id && user.email) await applyDigestSignup(user.id, user.email);
    },
  },
});

/**
 * Auth.js's callback URL (GET /api/auth/callback/nodemailer?token=…&email=…&callbackUrl=…) rewritten to our
 * confirmation page with the same parameters; only that page's POST reaches the callback.
 */
function confirmationUrl(callbackUrl: string, purpose: "sign-in" | "digest") {
  const { searchParams } = new URL(callbackUrl);
  // Only the wording of the confirmation page: what the link does was recorded with its token.
  if (purpose === "digest") searchParams.set("purpose", "digest");
  return `${env.APP_URL}/auth/confirm?${searchParams.toString()}`;
}

/** The signed-in user of this request, or null (one SQL statement, memoised per request). */
export async function getUser(): Promise<SessionUser | null> {
  return (await currentSession())?.user ?? null;
}

/** For pages that need an account: the user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getUser();
  if (!user) redirect(signInHref(returnTo));
  return user;
}
