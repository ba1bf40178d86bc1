import { describe, expect, it } from "vitest";
import { githubSignInRefusal, verifiedPrimaryEmail, withVerifiedEmail } from "@/lib/auth/github";

const entry = (email: string, primary: boolean, verified: boolean) => ({ email, primary, verified, visibility: null });

describe("GitHub addresses", () => {
  it("takes the primary address when GitHub verified it", () => {
    const emails = [entry("old@example.com", false, true), entry("me@example.com", true, true)];
    expect(verifiedPrimaryEmail(emails)).toBe("me@example.com");
  });

  it("refuses an unverified primary, even when another address is verified", () => {
    expect(verifiedPrimaryEmail([entry("victim@example.com", true, false), entry("me@example.com", false, true)])).toBe(
      null,
    );
  });

  it("refuses a missing or malformed list", () => {
    for (const emails of [[], undefined, null, { message: "Requires authentication" }, [{ email: "a@b.c" }]]) {
      expect(verifiedPrimaryEmail(emails), JSON.stringify(emails)).toBe(null);
    }
  });

  it("replaces the profile's public email, which GitHub does not verify", () => {
    const profile = { id: 1, login: "mallory", email: "victim@example.com" };
    expect(withVerifiedEmail(profile, [entry("victim@example.com", true, false)])).toEqual({ ...profile, email: null });
    expect(withVerifiedEmail(profile, [entry("mallory@example.com", true, true)]).email).toBe("mallory@example.com");
  });
});

describe("githubSignInRefusal", () => {
  it("sends a GitHub profile without a verified address to the error page", () => {
    expect(githubSignInRefusal("github", { email: null })).toBe("/auth/error?error=GitHubEmailUnverified");
    expect(githubSignInRefusal("github", undefined)).toBe("/auth/error?error=GitHubEmailUnverified");
  });

  it("lets a verified GitHub address and other providers through", () => {
    expect(githubSignInRefusal("github", { email: "me@example.com" })).toBe(null);
    expect(githubSignInRefusal("nodemailer", undefined)).toBe(null);
  });
});
