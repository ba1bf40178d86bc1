import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchGitHubProfile, githubSignInRefusal, verifiedPrimaryEmail, withVerifiedEmail } from "@/lib/auth/github";

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

describe("fetchGitHubProfile", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** GitHub's API as the user's token sees it, answered here rather than over the network. */
  function gitHub(answers: Record<string, unknown>) {
    const seen: { url: string; authorization: string | null }[] = [];
    vi.stubGlobal("fetch", async (url: URL, init: RequestInit) => {
      seen.push({ url: url.href, authorization: new Headers(init.headers).get("authorization") });
      const body = answers[url.pathname];
      return body === undefined ? new Response("{}", { status: 404 }) : Response.json(body);
    });
    return seen;
  }
  const call = () =>
    fetchGitHubProfile({
      tokens: { access_token: "gho_token" },
      provider: { userinfo: { url: new URL("https://api.github.com/user") } },
    });

  it("reads the address list with the user's token, whatever the public profile says", async () => {
    const seen = gitHub({
      "/user": { id: 7, login: "mallory", email: "victim@example.com" },
      "/user/emails": [entry("victim@example.com", true, false)],
    });
    expect(await call()).toEqual({ id: 7, login: "mallory", email: null });
    expect(seen).toEqual([
      { url: "https://api.github.com/user", authorization: "Bearer gho_token" },
      { url: "https://api.github.com/user/emails", authorization: "Bearer gho_token" },
    ]);
  });

  it("fails the sign-in when GitHub does not answer", async () => {
    gitHub({ "/user": { id: 7, login: "ann" } });
    await expect(call()).rejects.toThrow(/404/);
  });
});
