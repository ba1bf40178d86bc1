import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pendingLinkAddress } from "@/lib/data/pending-link";
import { db } from "@/lib/db";

/** A link row as Auth.js writes it: sha256(token + AUTH_SECRET); the browser holds the token. */
async function link(minutesLeft = 10) {
  const token = randomBytes(32).toString("hex");
  const identifier = `${randomBytes(5).toString("hex")}@example.com`;
  const hash = createHash("sha256").update(`${token}${process.env.AUTH_SECRET}`).digest("hex");
  await db.verificationToken.create({
    data: { identifier, token: hash, expires: new Date(Date.now() + minutesLeft * 60_000) },
  });
  return { token, identifier };
}

describe("pendingLinkAddress", () => {
  it("names the address a live link was made for, with or without it in the URL, and leaves the link alone", async () => {
    const { token, identifier } = await link();
    expect(await pendingLinkAddress(token, identifier)).toBe(identifier);
    expect(await pendingLinkAddress(token, undefined)).toBe(identifier);
    expect(await db.verificationToken.count({ where: { identifier } })).toBe(1);
  });

  it("knows nothing of an address the URL was edited to", async () => {
    const { token } = await link();
    expect(await pendingLinkAddress(token, "attacker@example.com")).toBeNull();
  });

  it("knows nothing of expired, unknown or malformed tokens", async () => {
    const expired = await link(-1);
    expect(await pendingLinkAddress(expired.token, expired.identifier)).toBeNull();
    expect(await pendingLinkAddress(randomBytes(32).toString("hex"), undefined)).toBeNull();
    for (const garbage of ["", "abc", "\u0000".repeat(64), `${"a".repeat(63)}'`]) {
      expect(await pendingLinkAddress(garbage, undefined)).toBeNull();
    }
  });
});
