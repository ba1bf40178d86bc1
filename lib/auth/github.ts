// GitHub sign-in trusts only an address GitHub itself has verified. Auth.js's GitHub provider takes the
// profile's public email, or else the primary one from /user/emails, without looking at `verified`: anyone
// could then add a victim's address to a GitHub account, sign in here first, and own the account the victim
// later reaches by email link (pre-account hijacking). So the profile's email is replaced by the primary,
// verified address from /user/emails, or null, and the sign-in callback refuses a profile without one.
import { z } from "zod";

export const GITHUB_EMAIL_UNVERIFIED = "GitHubEmailUnverified";

const emailsSchema = z.array(z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }));

/** The account's primary address if GitHub has verified it; anything else (or a malformed answer) is null. */
export function verifiedPrimaryEmail(emails: unknown): string | null {
  const parsed = emailsSchema.safeParse(emails);
  if (!parsed.success) return null;
  return parsed.data.find((entry) => entry.primary && entry.verified)?.email ?? null;
}

/** GitHub's /user profile with `email` set to what /user/emails vouches for, never the public email. */
export function withVerifiedEmail<P extends object>(profile: P, emails: unknown): P & { email: string | null } {
  return { ...profile, email: verifiedPrimaryEmail(emails) };
}

/** For Auth.js's signIn callback: where to send a GitHub sign-in without a verified address, else null. */
export function githubSignInRefusal(provider: string | undefined, profile: { email?: unknown } | undefined) {
  if (provider !== "github") return null;
  return typeof profile?.email === "string" && profile.email ? null : `/auth/error?error=${GITHUB_EMAIL_UNVERIFIED}`;
}

type Tokens = { access_token?: string };

/** Auth.js `userinfo.request` for GitHub: the profile and the address list, read with the user's token. */
export async function fetchGitHubProfile({
  tokens,
  provider,
}: {
  tokens: Tokens;
  provider: { userinfo?: { url: URL } };
}) {
  const user = provider.userinfo?.url ?? new URL("https://api.github.com/user");
  const get = async (url: URL) => {
    const headers = { Authorization: `Bearer ${tokens.access_token}`, "User-Agent": "paperboy" };
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`GitHub answered ${response.status} for ${url.pathname}`);
    return (await response.json()) as unknown;
  };
  const [profile, emails] = await Promise.all([get(user), get(new URL(`${user.href}/emails`))]);
  return withVerifiedEmail(profile as Record<string, unknown>, emails);
}
