// Auth.js (next-auth v5) configuration: emailed magic links (Nodemailer provider) and GitHub OAuth when
// configured, database sessions through the Prisma adapter. Links go to a confirmation page rather than
// signing in on GET, so mail scanners that prefetch links cannot use them up (see app/auth/confirm).
import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Route } from "next";
import { redirect } from "next/navigation";
import NextAuth from "next-auth";
import GitHub from "next-auth/providers/github";
import Nodemailer from "next-auth/providers/nodemailer";
import { cache } from "react";
import SignInEmail, { signInSubject } from "@/emails/sign-in";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email";
import { env, githubAuth } from "@/lib/env";
import { normalizeEmail } from "@/lib/validations/email";

export const MAGIC_LINK_MINUTES = 10;
export const SESSION_DAYS = 30;

export const {
  handlers,
  auth: uncachedAuth,
  signIn,
  signOut,
} = NextAuth({
  // The generated client is structurally the Prisma client the adapter expects.
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  session: { strategy: "database", maxAge: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  trustHost: true,
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
        const link = confirmationUrl(url);
        await sendEmail({
          to: identifier,
          subject: signInSubject(new URL(env.APP_URL).host),
          react: SignInEmail({ url: link, host: new URL(env.APP_URL).host, expiresInMinutes: MAGIC_LINK_MINUTES }),
        });
      },
    }),
    // No allowDangerousEmailAccountLinking: a GitHub account whose email matches an existing user is refused
    // (OAuthAccountNotLinked) rather than silently attached to that user.
    ...(githubAuth ? [GitHub(githubAuth)] : []),
  ],
  callbacks: {
    redirect: ({ url }) => new URL(safeCallbackPath(url, env.APP_URL), env.APP_URL).toString(),
    session: ({ session, user }) => ({ ...session, user: { ...session.user, id: user.id } }),
  },
});

/**
 * Auth.js's callback URL (GET /api/auth/callback/nodemailer?token=…&email=…&callbackUrl=…) rewritten to our
 * confirmation page with the same parameters; only that page's POST reaches the callback.
 */
function confirmationUrl(callbackUrl: string) {
  const { searchParams } = new URL(callbackUrl);
  return `${env.APP_URL}/auth/confirm?${searchParams.toString()}`;
}

/** The signed-in user for this request (one database read per request), or null. */
export const auth = cache(uncachedAuth);

export type SessionUser = { id: string; email: string | null; name: string | null };

export const getUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, email: user.email ?? null, name: user.name ?? null };
});

/** For pages that need an account: the user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getUser();
  if (!user) redirect(`/signin?${new URLSearchParams({ callbackUrl: returnTo })}` as Route);
  return user;
}
