// Route handler tests that read the session from the request's cookie: a reader with a live session, and
// a GET of the handler as that reader (or as a visitor), its body read back.
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { db } from "@/lib/db";

const DAY = 24 * 3600_000;
const hex = (bytes: number) => randomBytes(bytes).toString("hex");

export async function signedInReader(name: string) {
  const sessionToken = hex(32);
  const user = await db.user.create({
    data: {
      email: `${name}-${hex(4)}@example.com`,
      name,
      sessions: { create: { sessionToken, expires: new Date(Date.now() + DAY) } },
    },
  });
  return { ...user, sessionToken };
}

/** GET `url` through `handler`, with the session cookie when a token is given. */
export async function getAs(handler: (request: NextRequest) => Promise<Response>, url: string, sessionToken?: string) {
  const headers = sessionToken === undefined ? undefined : { cookie: `${SESSION_COOKIE}=${sessionToken}` };
  const response = await handler(new NextRequest(url, { headers }));
  const text = await response.text();
  return { response, text, body: JSON.parse(text) as Record<string, unknown> };
}
