import { z } from "zod";

export type NormalizedEmail = { ok: true; email: string } | { ok: false; error: string };

const ONE_ADDRESS = "Enter one email address, like name@example.com.";
const BAD_CHARACTERS = "That address has characters we can't accept.";
const TOO_LONG = "That email address is too long.";

// RFC 5322 dot-atom: runs of atext joined by single dots.
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/;

/**
 * The address a magic link may be sent to, or a sentence saying why not. Deliberately stricter than RFC 5322:
 * quoted local parts, lists and look-alike `@` signs are how attackers get a link for one account mailed to
 * another inbox, and no real user needs them.
 */
export function normalizeEmail(input: string): NormalizedEmail {
  // Checked before trimming: a trailing CRLF is the start of a header-injection attempt, not a typo.
  if (/[\r\n]/.test(input)) return { ok: false, error: BAD_CHARACTERS };
  const value = input.trim();
  if (value === "") return { ok: false, error: "Enter your email address." };
  if (value.length > 254) return { ok: false, error: TOO_LONG };
  // Quotes first so `"e@evil.com"@victim.com` is told about its quotes rather than its second `@`.
  if (value.includes('"')) return { ok: false, error: BAD_CHARACTERS };
  if (/[,;\s]/.test(value) || value.split("@").length > 2) return { ok: false, error: ONE_ADDRESS };
  // Non-ASCII covers full-width and small `@` look-alikes that some mail systems fold into a real `@`.
  if (/[^\x21-\x7e]/.test(value)) return { ok: false, error: BAD_CHARACTERS };

  const at = value.indexOf("@");
  if (at === -1) return { ok: false, error: ONE_ADDRESS };
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (local.length > 64) return { ok: false, error: TOO_LONG };
  if (!DOT_ATOM.test(local) || !isDomain(domain)) return { ok: false, error: ONE_ADDRESS };
  // Only the domain is case-insensitive by standard; some mail servers treat `Alice` and `alice` as different.
  return { ok: true, email: `${local}@${domain}` };
}

function isDomain(domain: string): boolean {
  const labels = domain.split(".");
  const tld = labels.at(-1);
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && tld !== undefined && TLD.test(tld);
}

/** Shared by the sign-in form and its server action: parses to the normalised address. */
export const emailSchema = z.string({ error: "Enter your email address." }).transform((value, ctx) => {
  const result = normalizeEmail(value);
  if (result.ok) return result.email;
  ctx.addIssue({ code: "custom", message: result.error });
  return z.NEVER;
});
