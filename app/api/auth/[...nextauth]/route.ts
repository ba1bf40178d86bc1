// Auth.js's endpoints, with two doors closed:
// - GET on the magic-link callback would sign in on a plain visit, which mail scanners make; send it to
//   the confirmation page instead, whose POST is the only way in.
// - POST to the email sign-in endpoint would skip our address checks and rate limits; the sign-in form's
//   server action is the only way to ask for a link.
import { type NextRequest, NextResponse } from "next/server";
import { handlers } from "@/lib/auth";

const CALLBACK = "/api/auth/callback/nodemailer";
const EMAIL_SIGN_IN = "/api/auth/signin/nodemailer";

export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === CALLBACK) {
    const confirm = new URL(`/auth/confirm${request.nextUrl.search}`, request.nextUrl);
    return NextResponse.redirect(confirm, 303);
  }
  return handlers.GET(request);
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname === EMAIL_SIGN_IN) {
    return NextResponse.json({ error: "Ask for a sign-in link with the form at /signin." }, { status: 403 });
  }
  return handlers.POST(request);
}
