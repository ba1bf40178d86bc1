// Auth.js's endpoints, with two doors closed:
// - GET on the magic-link callback would sign in on a plain visit, which mail scanners make; send it to
//   the confirmation page instead, whose POST is the only way in.
// - POST to the email sign-in endpoint would skip our address checks and rate limits; the sign-in form's
//   server action is the only way to ask for a link.
import { type NextRequest, NextResponse } from "next/server";
import { handlers } from "@/lib/auth";
import { env } from "@/lib/env";

const CALLBACK = "/api/auth/callback/nodemailer";
const EMAIL_SIGN_IN = "/api/auth/signin/nodemailer";

export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === CALLBACK) {
    const confirm = new URL(`/auth/confirm${request.nextUrl.search}`, env.APP_URL);
    return NextResponse.redirect(confirm, 303);
  }
  return onPublicOrigin(await handlers.GET(request), request);
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname === EMAIL_SIGN_IN) {
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
