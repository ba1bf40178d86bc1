// The token in every digest's unsubscribe link and List-Unsubscribe header (RFC 8058). It names the user
// and the list and carries an HMAC over both, so checking it needs no table and no session: a mail client's
// one-click POST arrives with neither. Changing any part, or pairing one user's MAC with another user's id,
// fails the check. The key is UNSUBSCRIBE_SECRET when set, else derived from AUTH_SECRET.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

export const DIGEST_LIST = "digest";
export type MailingList = typeof DIGEST_LIST;

const VERSION = "u1";
const TOKEN = /^u1\.([a-z]+)\.([A-Za-z0-9_-]{1,32})\.([A-Za-z0-9_-]{43})$/;

/** A key for unsubscribe tokens only: derived, so it never equals the secret Auth.js signs with. */
export function unsubscribeKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "paperboy", "unsubscribe-token", 32));
}

const mac = (key: Buffer, list: string, userId: string) =>
  createHmac("sha256", key).update(`${VERSION}.${list}.${userId}`).digest("base64url");

export function signUnsubscribeToken(key: Buffer, userId: string, list: MailingList = DIGEST_LIST): string {
  return `${VERSION}.${list}.${userId}.${mac(key, list, userId)}`;
}

/** The user and list a token names, or null if it was not made with this key. */
export function verifyUnsubscribeToken(key: Buffer, token: string): { userId: string; list: MailingList } | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, list, userId, given] = match as unknown as [string, string, string, string];
  if (list !== DIGEST_LIST) return null;
  const expected = Buffer.from(mac(key, list, userId));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { userId, list };
}
