// Optimistic redirects only: pages for signed-in people send visitors without a session cookie to
// sign-in first. It does not prove the cookie is valid — pages, actions and routes check the session
// themselves (lib/auth.ts requireUser, lib/actions/safe-action.ts).
//
// And one rewrite: a POST to an unsubscribe link (/unsubscribe/<token>) goes to its route handler, since
// one URL must both show a page (GET) and take mail clients' RFC 8058 one-click POST.
//
// And the public pages that are the same for everyone (home, the topic list, curated topics' pages) are
// rewritten to their cached renders under /cached (lib/cache/public-routes.ts, ADR 005).
//
// And one refusal: a path whose percent-encoding is not UTF-8 (`/papers/%FF`) makes Next.js fail to decode
// a dynamic segment, which it answers with a bare 500. It is the client's mistake: 400, before routing.
import { type NextRequest, NextResponse } from "next/server";
import { signInHref } from "@/lib/auth/callback-url";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";
import { CACHED_TOPIC_LIST_PATH, cachedHomePath, cachedTopicPath } from "@/lib/cache/public-routes";
import { SIGNED_IN_PAGES, pathMatcher } from "@/lib/seo/private-paths";

/** The pages for signed-in people; the other matched paths only pass the encoding check. */
const isSignedInPage = pathMatcher(SIGNED_IN_PAGES);

export function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) return new NextResponse("Bad request\n", { status: 400 });
  if (request.nextUrl.pathname.startsWith("/unsubscribe/")) {
    if (request.method !== "POST") return NextResponse.next();
    return NextResponse.rewrite(new URL(`/api${request.nextUrl.pathname}`, request.url));
  }
  // A server action posted from a cached page goes to that page's route too: an action that sets a cookie
  // (asking for a sign-in link does) answers with its route re-rendered, and a different route would make
  // the browser replace the page, losing what it shows (the subscribe box's confirmation).
  const cached = cachedPathOf(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (cached) {
    const url = request.nextUrl.clone();
    url.pathname = cached;
    return NextResponse.rewrite(url);
  }
  // Only page visits are redirected. Server actions posted to these paths answer for themselves.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  if (!isSignedInPage(request.nextUrl.pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const returnTo = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  return NextResponse.redirect(new URL(signInHref(returnTo), request.url));
}

/** The cached render of a public page, or null for every other path. */
function cachedPathOf(pathname: string, search: URLSearchParams) {
  if (pathname === "/") return cachedHomePath(search);
  if (pathname === "/topics") return CACHED_TOPIC_LIST_PATH;
  const topic = /^\/topics\/([^/]+)$/.exec(pathname);
  return topic ? cachedTopicPath(decodeURIComponent(topic[1]!), search) : null;
}

export const config = {
  matcher: [
    "/",
    "/settings/:path*",
    "/for-you",
    "/welcome",
    "/topics/:path*",
    "/digests/:path*",
    "/unsubscribe/:token",
    // Every other route with a dynamic segment, for the encoding check.
    "/papers/:path*",
    "/feeds/:path*",
    "/dev/:path*",
    "/api/unsubscribe/:path*",
  ],
};

function decodable(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
