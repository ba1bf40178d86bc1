import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { adapter, trustGitHubAddress } from "@/lib/auth/adapter";
import { SESSION_LIFETIME_DAYS } from "@/lib/auth/session-policy";
import { db } from "@/lib/db";

const DAY = 24 * 3600_000;
const token = () => randomBytes(16).toString("hex");
const email = () => `${token()}@example.com`;

/** A user set up through GitHub (address not proven to us), signed in twice, as a hijacker would leave it. */
async function githubUser(emailVerified: Date | null = null) {
  return db.user.create({
    data: {
      email: email(),
      emailVerified,
      accounts: { create: { type: "oauth", provider: "github", providerAccountId: token() } },
      sessions: {
        create: [1, 2].map(() => ({ sessionToken: token(), expires: new Date(Date.now() + DAY) })),
      },
    },
  });
}

describe("the first email-link proof of an address", () => {
  it("drops the GitHub links and sessions made before it", async () => {
    const user = await githubUser();
    const verifiedAt = new Date();
    const updated = await adapter.updateUser!({ id: user.id, emailVerified: verifiedAt });
    expect(updated.emailVerified).toEqual(verifiedAt);
    expect(await db.account.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps them once the address was proven before", async () => {
    const user = await githubUser(new Date(Date.now() - DAY));
    await adapter.updateUser!({ id: user.id, emailVerified: new Date() });
    expect(await db.account.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
  });

  it("counts GitHub's verified address as proof, so an honest GitHub user keeps GitHub sign-in", async () => {
    const user = await githubUser();
    await trustGitHubAddress(user.id, user.email!);
    await adapter.updateUser!({ id: user.id, emailVerified: new Date() });
    expect(await db.account.count({ where: { userId: user.id } })).toBe(1);
  });

  it("takes GitHub's word only for the user's own address", async () => {
    const user = await githubUser();
    await trustGitHubAddress(user.id, "someone-else@example.com");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull();
  });

  it("drops nothing on other profile updates", async () => {
    const user = await githubUser();
    await adapter.updateUser!({ id: user.id, name: "Ann" });
    expect(await db.account.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
  });

  it("happens once when two links are used at the same moment, and a session made after it stays", async () => {
    const user = await githubUser();
    await Promise.all([1, 2].map(() => adapter.updateUser!({ id: user.id, emailVerified: new Date() })));
    await adapter.createSession!({ sessionToken: token(), userId: user.id, expires: new Date(Date.now() + DAY) });
    await adapter.updateUser!({ id: user.id, emailVerified: new Date() });
    expect(await db.account.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("sessions", () => {
  async function sessionCreated(daysAgo: number) {
    const user = await db.user.create({ data: { email: email() } });
    const sessionToken = token();
    // Active all along: its sliding expiry is still weeks away.
    await db.session.create({
      data: {
        sessionToken,
        userId: user.id,
        expires: new Date(Date.now() + 20 * DAY),
        createdAt: new Date(Date.now() - daysAgo * DAY),
      },
    });
    return (await adapter.getSessionAndUser!(sessionToken))!.session;
  }

  it(`read as expired ${SESSION_LIFETIME_DAYS} days after sign-in, however active`, async () => {
    expect((await sessionCreated(SESSION_LIFETIME_DAYS + 1)).expires.getTime()).toBeLessThan(Date.now());
  });

  it("keep their sliding expiry before that", async () => {
    expect((await sessionCreated(SESSION_LIFETIME_DAYS - 1)).expires.getTime()).toBeGreaterThan(Date.now() + 19 * DAY);
  });

  it("record when they were made", async () => {
    const user = await db.user.create({ data: { email: email() } });
    const before = Date.now();
    const sessionToken = token();
    await adapter.createSession!({ sessionToken, userId: user.id, expires: new Date(Date.now() + DAY) });
    const row = await db.session.findUniqueOrThrow({ where: { sessionToken } });
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe("magic-link rows", () => {
  it("expired ones are purged when a new link is made; live ones stay", async () => {
    const expired = { identifier: email(), token: token(), expires: new Date(Date.now() - 1000) };
    const live = { identifier: email(), token: token(), expires: new Date(Date.now() + 600_000) };
    await db.verificationToken.createMany({ data: [expired, live] });
    await adapter.createVerificationToken!({
      identifier: email(),
      token: token(),
      expires: new Date(Date.now() + 600_000),
    });
    expect(await db.verificationToken.findUnique({ where: { token: expired.token } })).toBeNull();
    expect(await db.verificationToken.findUnique({ where: { token: live.token } })).not.toBeNull();
  });
});
