// What the server knows about an emailed sign-in link, without using it up: the confirmation page shows the
// address the link was made for, not whatever `email` its URL carries (anyone can edit a URL).
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// Auth.js's tokens are 32 random bytes in hex (@auth/core lib/actions/signin/send-token.js).
const tokenSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The address of the live link with this token, or null when there is none (never made, used, expired, or
 * made for another address than the URL says). Auth.js stores sha256(token + secret), and compares the
 * address only when the URL has one; so do we.
 */
export async function pendingLinkAddress(token: string, email: string | undefined): Promise<string | null> {
  const secret = env.AUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!tokenSchema.safeParse(token).success || !secret) return null;
  const hash = createHash("sha256").update(`${token}${secret}`).digest("hex");
  const link = await db.verificationToken.findUnique({
    where: { token: hash },
    select: { identifier: true, expires: true },
  });
  if (!link || link.expires.getTime() < Date.now()) return null;
  if (email !== undefined && email !== link.identifier) return null;
  return link.identifier;
}
