import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { adapter } from "@/lib/auth/adapter";
import { readSession } from "@/lib/auth/session";
import { SESSION_DAYS, SESSION_LIFETIME_DAYS } from "@/lib/auth/session-policy";
import { db } from "@/lib/db";

const DAY = 24 * 3600_000;
const token = () => randomBytes(32).toString("hex");

/** A user signed in `signedInDaysAgo` days ago whose session ends in `expiresInDays` days. */
async function signedIn({ expiresInDays = 1, signedInDaysAgo = 0, name = "Ann" } = {}) {
  const sessionToken = token();
  const user = await db.user.create({
    data: {
      email: `${token().slice(0, 10)}@example.com`,
      name,
      timeZone: "Europe/Paris",
      digestEnabled: true,
      sessions: {
        create: {
          sessionToken,
          expires: new Date(Date.now() + expiresInDays * DAY),
          createdAt: new Date(Date.now() - signedInDaysAgo * DAY),
        },
      },
    },
  });
  return { user, sessionToken };
}

const storedExpiry = async (sessionToken: string) =>
  (await db.session.findUnique({ where: { sessionToken } }))?.expires.getTime();

/** `a` and `b` within a minute of each other (the statement's now() against the test's clock). */
const near = (a: number | undefined, b: number) => expect(Math.abs(a! - b)).toBeLessThan(60_000);

describe("reading the session", () => {
  it("gives the signed-in user with what the header and the digest need", async () => {
    const { user, sessionToken } = await signedIn();
    const session = await readSession(sessionToken);
    expect(session?.user).toEqual({
      id: user.id,
      email: user.email,
      name: "Ann",
      digestEnabled: true,
      timeZone: "Europe/Paris",
    });
    expect(session?.token).toBe(sessionToken);
  });

  it("tells two readers apart", async () => {
    const ann = await signedIn({ name: "Ann" });
    const bob = await signedIn({ name: "Bob" });
    expect((await readSession(bob.sessionToken))?.user.id).toBe(bob.user.id);
    expect((await readSession(ann.sessionToken))?.user.id).toBe(ann.user.id);
  });

  it("is none without a cookie, and for values that could never be a token, which never reach SQL", async () => {
    // A NUL byte would make PostgreSQL raise an error: null instead proves the value stopped before the query.
    for (const value of [
      undefined,
      "",
      "short",
      "\u0000".repeat(32),
      "a".repeat(5000),
      `${token()};x`,
      "ä".repeat(40),
    ]) {
      expect(await readSession(value)).toBeNull();
    }
  });

  it("is none for a well-formed token no session has", async () => {
    expect(await readSession(token())).toBeNull();
  });

  it("ends once `expires` has passed, and the dead row is deleted", async () => {
    const { sessionToken } = await signedIn({ expiresInDays: -0.001 });
    expect(await readSession(sessionToken)).toBeNull();
    expect(await db.session.findUnique({ where: { sessionToken } })).toBeNull();
  });

  it(`ends ${SESSION_LIFETIME_DAYS} days after sign-in even though \`expires\` is still ahead`, async () => {
    const { sessionToken } = await signedIn({ expiresInDays: 20, signedInDaysAgo: SESSION_LIFETIME_DAYS + 0.01 });
    expect(await readSession(sessionToken)).toBeNull();
    expect(await db.session.findUnique({ where: { sessionToken } })).toBeNull();
  });

  it("ends when the user is deleted", async () => {
    const { user, sessionToken } = await signedIn();
    await db.user.delete({ where: { id: user.id } });
    expect(await readSession(sessionToken)).toBeNull();
  });
});

describe("signing out takes effect on the very next read", () => {
  it("signing out (Auth.js deletes the row through the adapter)", async () => {
    const { sessionToken } = await signedIn();
    expect(await readSession(sessionToken)).not.toBeNull();
    await adapter.deleteSession!(sessionToken);
    expect(await readSession(sessionToken)).toBeNull();
  });

  it("signing out everywhere ends every session of that user and no one else's", async () => {
    const { user, sessionToken } = await signedIn();
    const other = await db.session.create({
      data: { sessionToken: token(), userId: user.id, expires: new Date(Date.now() + DAY) },
    });
    const someoneElse = await signedIn();
    // What lib/actions/auth/sign-out-everywhere.ts does.
    await db.session.deleteMany({ where: { userId: user.id } });
    expect(await readSession(sessionToken)).toBeNull();
    expect(await readSession(other.sessionToken)).toBeNull();
    expect(await readSession(someoneElse.sessionToken)).not.toBeNull();
  });
});

describe("the sliding expiry", () => {
  it(`moves \`expires\` to ${SESSION_DAYS} days from now on the first read of a day, and not again that day`, async () => {
    const { sessionToken } = await signedIn({ expiresInDays: 1 });
    const first = await readSession(sessionToken);
    expect(first?.extended).toBe(true);
    near(first?.expires.getTime(), Date.now() + SESSION_DAYS * DAY);
    near(await storedExpiry(sessionToken), Date.now() + SESSION_DAYS * DAY);

    const second = await readSession(sessionToken);
    expect(second?.extended).toBe(false);
    expect(second?.expires).toEqual(first?.expires);
  });

  it("leaves a session moved less than a day ago alone", async () => {
    const { sessionToken } = await signedIn({ expiresInDays: SESSION_DAYS - 0.5 });
    const before = await storedExpiry(sessionToken);
    const session = await readSession(sessionToken);
    expect(session?.extended).toBe(false);
    expect(session?.expires.getTime()).toBe(before);
    expect(await storedExpiry(sessionToken)).toBe(before);
  });

  it("moves it again once a day has passed", async () => {
    const { sessionToken } = await signedIn({ expiresInDays: SESSION_DAYS - 1.01 });
    expect((await readSession(sessionToken))?.extended).toBe(true);
    near(await storedExpiry(sessionToken), Date.now() + SESSION_DAYS * DAY);
  });

  it("never beyond the lifetime: near its end a session slides only up to it, then stays", async () => {
    const signedInDaysAgo = SESSION_LIFETIME_DAYS - 10;
    const { sessionToken } = await signedIn({ expiresInDays: 1, signedInDaysAgo });
    const end = Date.now() + 10 * DAY;
    const first = await readSession(sessionToken);
    expect(first?.extended).toBe(true);
    near(first?.expires.getTime(), end);
    const second = await readSession(sessionToken);
    expect(second?.extended).toBe(false);
    expect(second?.expires).toEqual(first?.expires);
  });
});
