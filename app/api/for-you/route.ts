// GET /api/for-you?page=N — one page of the reader's "For you" list for the page's static shell
// (app/for-you/page.tsx), with the reader's own state for it, so that view needs no /api/me request.
// 401 without a live session: the shell then sends the visitor to sign in. Never cached anywhere.
//
// Like /api/me, the session comes from this request's cookie, re-set with the new expiry when this read slid it.
import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { SESSION_COOKIE, endedSessionCookie, readSession, sessionCookie } from "@/lib/auth/session";
import { forYouPage } from "@/lib/data/for-you";
import { MAX_PAGE_NUMBER, pageNumberSchema } from "@/lib/validations/pagination";
import { viewerOf } from "@/lib/viewer";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store" };

// Pages past MAX_PAGE are valid and empty (the shell says why); anything but a page number is refused.
const querySchema = z.object({ page: pageNumberSchema.default(1) });

export async function GET(request: NextRequest) {
  const query = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) {
    return NextResponse.json(
      { error: `page must be a whole number from 1 to ${MAX_PAGE_NUMBER}` },
      { status: 400, headers },
    );
  }
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  const session = await readSession(token);
  if (!session) {
    const response = NextResponse.json({ error: "Sign in to see your papers" }, { status: 401, headers });
    // As /api/me does: a cookie naming no live session is dropped, so the proxy sends the next visit to sign-in.
    if (token !== undefined) response.cookies.set(endedSessionCookie());
    return response;
  }
  const list = await forYouPage(session.user.id, query.data.page);
  const response = NextResponse.json({ viewer: viewerOf(session.user), ...list }, { headers });
  if (session.extended) response.cookies.set(sessionCookie(session));
  return response;
}
