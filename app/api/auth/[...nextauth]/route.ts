// Auth.js's endpoints, with three doors closed:
// - The magic-link callback answers only requests our own pages make (lib/auth/same-origin.ts): a page on
//   another site that posts or links to it with the attacker's token would otherwise sign the visitor in
//   to the attacker's account (login CSRF). Refused with 403, whatever the method.
// - GET on that callback would sign in on a plain visit, which mail scanners make; it is sent to the
//   confirmation page instead, whose POST is the only way in.
// - POST to the email sign-in endpoint would skip our address checks and rate limits; the sign-in form's
//   server action is the only way to ask for a link.
// GitHub's callback is cross-site by design (github.com sends the browser back); Auth.js's state and PKCE
// checks tie it to the browser that started the sign-in.
import { type NextRequest, NextResponse } from "next/server";
import { handlers } from "@/lib/auth";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { env } from "@/lib/env";

/** The endpoint as Auth.js reads the path (empty segments dropped, so `//callback//nodemailer` is one too). */
const endpoint = (request: NextRequest) =>
  request.nextUrl.pathname
    .replace(/^\/api\/auth/, "")
    .split("/")
    .filter(Boolean)
    .join("/");
const isCallback = (request: NextRequest) => endpoint(request) === "callback/nodemailer";

function fromThisSite(request: NextRequest) {
  return isSameOriginRequest(request.headers, [new URL(env.APP_URL).origin, request.nextUrl.origin]);
}

const crossSite = () =>
  new NextResponse("Sign-in links work only from their own page on this site. Open the link from your email.", {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });

export async function GET(request: NextRequest) {
  if (isCallback(request)) {
    if (!fromThisSite(request)) return crossSite();
    const confirm = new URL(`/auth/confirm${request.nextUrl.search}`, env.APP_URL);
    return NextResponse.redirect(confirm, 303);
  }
  return onPublicOrigin(await handlers.GET(request), request);
}

export async function POST(request: NextRequest) {
  if (isCallback(request) && !fromThisSite(request)) return crossSite();
  if (endpoint(request) === "signin/nodemailer") {
    return NextResponse.json({ error: "Ask for a sign-in link with the form at /signin." }, { status: 403 });
  }
  return onPublicOrigin(await handlers.POST(request), request);
}

/**
 * Auth.js makes its own redirects (a bad link's error page) on the request's origin, which is the server's
 * internal one (`http://localhost:PORT` behind serve.mjs or a proxy), not the site's. Such a redirect after
 * a form post leaves the site, and the CSP's form-action refuses it; it is moved onto APP_URL's origin.
 */
function onPublicOrigin(response: Response, request: NextRequest) {
  const location = response.headers.get("location");
  const target = location === null ? null : new URL(location, request.nextUrl);
  if (!target || target.origin !== request.nextUrl.origin) return response; // none, or elsewhere (GitHub)
  const headers = new Headers(response.headers);
  headers.set("location", new URL(`${target.pathname}${target.search}`, env.APP_URL).toString());
  return new Response(response.body, { status: response.status, headers });
}
