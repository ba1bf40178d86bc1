// GET /api/for-you?page=N — one page of the reader's "For you" list for the page's static shell
// (app/for-you/page.tsx), with the reader's own state for it, so that view needs no /api/me request.
// 401 without a live session: the shell then sends the visitor to sign in. Never cached anywhere.
//
// The session and its cookie, as for /api/me: `respondForSession` (lib/auth/session.ts).
import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { respondForSession } from "@/lib/auth/session";
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
  return respondForSession(request, async (session) => {
    if (!session) return NextResponse.json({ error: "Sign in to see your papers" }, { status: 401, headers });
    const list = await forYouPage(session.user.id, query.data.page);
    return NextResponse.json({ viewer: viewerOf(session.user), ...list }, { headers });
  });
}
