// GET /api/me?papers=<ids>&topics=<ids>&own=1 — the personal half of a page. Pages are cached and the same
// for everyone; after hydration the browser asks here, once per page view, who is signed in and their state
// for what the page shows (lib/data/personal.ts). Never cached anywhere: the answer is one reader's.
//
// The session comes from this request's cookie (not next/headers), so the handler is a plain function of
// its request. An answer whose read slid the session (at most once a day) re-sets the cookie with the new
// expiry, so the browser's copy lives as long as the row. Only then: an answer re-setting it every time could
// land after the browser dropped its cookies and sign it back in.
import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE, endedSessionCookie, readSession, sessionCookie } from "@/lib/auth/session";
import { getPersonalState } from "@/lib/data/personal";
import { personalQueryError, personalQuerySchema } from "@/lib/validations/personal";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest) {
  const query = personalQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) {
    return NextResponse.json({ error: personalQueryError(query.error) }, { status: 400, headers });
  }
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  const session = await readSession(token);
  if (!session) {
    const response = NextResponse.json({ viewer: null }, { headers });
    // A cookie naming no live session is dropped, as Auth.js does, so the next page view asks nothing.
    if (token !== undefined) response.cookies.set(endedSessionCookie());
    return response;
  }
  const { id, ...viewer } = session.user;
  const state = await getPersonalState(id, { ...query.data, own: query.data.own === "1" });
  const response = NextResponse.json({ viewer, ...state }, { headers });
  if (session.extended) response.cookies.set(sessionCookie(session));
  return response;
}
