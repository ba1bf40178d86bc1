// Optimistic redirects only: pages for signed-in people send visitors without a session cookie to
// sign-in first. It does not prove the cookie is valid — pages, actions and routes check the session
// themselves (lib/auth.ts requireUser, lib/actions/safe-action.ts).
//
// And one rewrite: a POST to an unsubscribe link (/unsubscribe/<token>) goes to its route handler, since
// one URL must both show a page (GET) and take mail clients' RFC 8058 one-click POST.
import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/unsubscribe/")) {
    if (request.method !== "POST") return NextResponse.next();
    return NextResponse.rewrite(new URL(`/api${request.nextUrl.pathname}`, request.url));
  }
  // Only page visits are redirected. Server actions posted to these paths answer for themselves.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: [
    "/settings/:path*",
    "/for-you",
    "/welcome",
    "/topics/new",
    "/topics/:slug/edit",
    "/digests/:path*",
    "/unsubscribe/:token",
  ],
};
