// GET /api/me?papers=<ids>&topics=<ids>&own=1 — the personal half of a page. Pages are cached and the same
// for everyone; after hydration the browser asks here, once per page view, who is signed in and their state
// for what the page shows (lib/data/personal.ts). Never cached anywhere: the answer is one reader's.
// The session and its cookie: `respondForSession` (lib/auth/session.ts).
import { type NextRequest, NextResponse } from "next/server";
import { respondForSession } from "@/lib/auth/session";
import { getPersonalState } from "@/lib/data/personal";
import { personalQueryError, personalQuerySchema } from "@/lib/validations/personal";
import { viewerOf } from "@/lib/viewer";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest) {
  const query = personalQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) {
    return NextResponse.json({ error: personalQueryError(query.error) }, { status: 400, headers });
  }
  return respondForSession(request, async (session) => {
    if (!session) return NextResponse.json({ viewer: null }, { headers });
    const state = await getPersonalState(session.user.id, { ...query.data, own: query.data.own === "1" });
    return NextResponse.json({ viewer: viewerOf(session.user), ...state }, { headers });
  });
}
