// The lean session reader: who is asking, for every server action, route handler and signed-in page.
// Auth.js's auth() costs two Prisma queries and cannot run on a cached page; this is one SQL statement
// over sessions ⋈ users that also does what Auth.js does when it reads a session: a session past `expires`
// or past its absolute lifetime is deleted (and reads as none), and a live one has its `expires` slid
// forward at most once per SESSION_UPDATE_AGE_DAYS. Auth.js stays for signing in and out, which create
// and delete the same rows, so signing out takes effect on the very next request.
import "server-only";
import { cookies } from "next/headers";
import type { NextRequest, NextResponse } from "next/server";
import { cache } from "react";
import { HTTPS_SESSION_COOKIE, HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import { SESSION_DAYS, SESSION_LIFETIME_DAYS, SESSION_UPDATE_AGE_DAYS } from "@/lib/auth/session-policy";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sessionTokenSchema } from "@/lib/validations/auth";

export type SessionUser = {
  id: string;
  email: string | null;
  name: string | null;
  digestEnabled: boolean;
  /** Null until the browser told us (lib/digest/time-zone.ts). */
  timeZone: string | null;
};

export type Session = {
  user: SessionUser;
  token: string;
  /** When the session ends unless used again: what the browser's cookie should say. */
  expires: Date;
  /** This read slid `expires` forward (at most once a day). */
  extended: boolean;
};

// The cookie exactly as Auth.js sets it (@auth/core lib/utils/cookie.js defaultCookies), with the same
// `useSecureCookies` rule as lib/auth.ts. Only that one name is read: over https a cookie without the
// __Secure- prefix could have been planted over plain http.
const secure = env.APP_URL.startsWith("https:");
export const SESSION_COOKIE = secure ? HTTPS_SESSION_COOKIE : HTTP_SESSION_COOKIE;

/** The session cookie for `session`, to set on a response so the browser keeps it as long as the row lives. */
export function sessionCookie(session: Pick<Session, "token" | "expires">) {
  return {
    name: SESSION_COOKIE,
    value: session.token,
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure,
    expires: session.expires,
  };
}

/** The session cookie expired: the browser drops it. Secure where it was set secure, which a `__Secure-`
 *  name requires of every Set-Cookie, deletions included. */
const endedSessionCookie = () => sessionCookie({ token: "", expires: new Date(0) });

/** Drops this browser's session cookie (server actions), once its session row is gone. */
export async function clearSessionCookie() {
  (await cookies()).set(endedSessionCookie());
}

type Row = SessionUser & { expires: Date; extended: boolean };

async function querySession(token: string): Promise<Row | null> {
  // `found` reads the row once; `ended` deletes it if it is over; `slid` moves `expires` to SESSION_DAYS from
  // now when the last move is more than SESSION_UPDATE_AGE_DAYS old (Auth.js's updateAge rule), capped at the
  // lifetime, and only if that moves it at all (else a session in its last weeks would be written per request).
  const [row] = await db.$queryRaw<Row[]>`
    WITH found AS (
      SELECT s.id, s.user_id, s.expires,
        least(now() + make_interval(days => ${SESSION_DAYS}::int),
              s.created_at + make_interval(days => ${SESSION_LIFETIME_DAYS}::int)) AS next_expires,
        (s.expires > now() AND s.created_at + make_interval(days => ${SESSION_LIFETIME_DAYS}::int) > now()) AS live
      FROM sessions s
      WHERE s.session_token = ${token}
    ), ended AS (
      DELETE FROM sessions s USING found f WHERE s.id = f.id AND NOT f.live
    ), slid AS (
      UPDATE sessions s SET expires = f.next_expires
      FROM found f
      WHERE s.id = f.id AND f.live
        AND f.expires <= now() + make_interval(days => ${SESSION_DAYS - SESSION_UPDATE_AGE_DAYS}::int)
        AND f.next_expires > f.expires
      RETURNING s.expires
    )
    SELECT u.id, u.email, u.name, u.digest_enabled AS "digestEnabled", u.time_zone AS "timeZone",
      coalesce((SELECT expires FROM slid), f.expires) AS expires,
      EXISTS (SELECT 1 FROM slid) AS extended
    FROM found f
    JOIN users u ON u.id = f.user_id
    WHERE f.live`;
  return row ?? null;
}

/**
 * The session a cookie value names, or null: no cookie, a value that could never be a token (no query
 * then), or a session that is gone, expired or past its lifetime. Memoised per request.
 */
export const readSession = cache(async (token: string | undefined): Promise<Session | null> => {
  const parsed = sessionTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const row = await querySession(parsed.data);
  if (!row) return null;
  const { expires, extended, ...user } = row;
  return { user, token: parsed.data, expires, extended };
});

/**
 * The session of the request being served (pages, server actions, route handlers), from its cookie. When this
 * read slid the session, the cookie is re-set with the new expiry where the response can still carry it
 * (actions, route handlers). A page being rendered cannot set cookies: there the browser's copy catches up at
 * the next slide, the first read a day later (every cached page view makes one, through /api/me).
 */
export async function currentSession() {
  const jar = await cookies();
  const session = await readSession(jar.get(SESSION_COOKIE)?.value);
  if (session?.extended) {
    try {
      jar.set(sessionCookie(session));
    } catch {
      // Rendering a server component: cookies are read-only there (see above).
    }
  }
  return session;
}

/**
 * A private JSON route (/api/me, /api/for-you): `respond` answers for the session this request's cookie names
 * (read from the request, not next/headers, so the handler stays a plain function of its request), and the
 * answer fixes the browser's cookie. A cookie naming no live session is dropped, as Auth.js does, so the next
 * page view asks nothing. An answer whose read slid the session (at most once a day) re-sets it with the new
 * expiry — only then: an answer re-setting it every time could land after the browser dropped its cookies
 * and sign it back in.
 */
export async function respondForSession(
  request: NextRequest,
  respond: (session: Session | null) => Promise<NextResponse>,
): Promise<NextResponse> {
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  const session = await readSession(token);
  const response = await respond(session);
  if (!session && token !== undefined) response.cookies.set(endedSessionCookie());
  if (session?.extended) response.cookies.set(sessionCookie(session));
  return response;
}
