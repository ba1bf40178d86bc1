// POST /unsubscribe/<token> arrives here (proxy.ts rewrites it): the RFC 8058 one-click unsubscribe that
// mail clients send with no cookies and the body `List-Unsubscribe=One-Click`, and the unsubscribe page's
// own buttons. Turns the digest off (or, with `resubscribe=1`, on again) for the user the token names;
// answers 200 and never redirects, as RFC 8058 asks. A token that fails its HMAC check changes nothing: 403.
import { setSubscriptionByToken } from "@/lib/digest/unsubscribe";

export const dynamic = "force-dynamic";

const MAX_BODY = 4096;

export async function POST(request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  const { token } = await params;
  const body = await readForm(request);
  const subscribed = body?.get("resubscribe") === "1";
  const result = await setSubscriptionByToken(token, subscribed);
  if (!result || !result.valid) return reply(request, 403, "This unsubscribe link isn't valid.", { error: "invalid" });
  const message = subscribed
    ? "You're subscribed to the Paperboy digest again."
    : "You're unsubscribed: no more Paperboy digests will be sent to this address.";
  return reply(request, 200, message, { subscribed: result.subscribed });
}

/** The form fields, whatever the encoding mail clients chose; the one-click body needs no parsing to work. */
async function readForm(request: Request): Promise<URLSearchParams | FormData | null> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY) return null;
  try {
    const type = request.headers.get("content-type") ?? "";
    if (type.startsWith("multipart/form-data")) return await request.formData();
    return new URLSearchParams((await request.text()).slice(0, MAX_BODY));
  } catch {
    return null;
  }
}

/** JSON for the page's script, a small page for a browser without it, plain text for mail clients. */
function reply(request: Request, status: number, message: string, json: object) {
  const accept = request.headers.get("accept") ?? "";
  const headers = { "cache-control": "no-store" };
  if (accept.includes("application/json")) return Response.json(json, { status, headers });
  if (accept.includes("text/html")) {
    const page = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Paperboy</title><p>${message}</p><p><a href="/settings/digest">Digest preferences</a></p>`;
    return new Response(page, { status, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
  }
  return new Response(`${message}\n`, { status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
}
