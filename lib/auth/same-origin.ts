// Login CSRF: the magic-link callback signs in whoever holds a token, so a page on another site that posts
// (or navigates) to it with the attacker's own token would sign the visitor in to the attacker's account.
// Auth.js checks its CSRF token only for credentials providers, so the email callback is guarded here.
//
// Browsers mark every request with where it came from, and a page cannot forge either header:
// - Sec-Fetch-Site: "same-origin" only for requests our own pages make;
// - Origin: sent on every POST. Our confirmation page sends no referrer (its URL holds the token), and a
//   POST from a no-referrer page carries `Origin: null`, so "null" proves nothing either way.
// Whichever is sent must say "this site", and at least one must be sent: a request that proves nothing
// (a very old browser, a script without a browser) is refused, as a top-level GET typed in by hand is.

type Headers = { get(name: string): string | null };

/** True when the browser says this request comes from one of `origins` (this site, however it is reached). */
export function isSameOriginRequest(headers: Headers, origins: readonly string[]): boolean {
  const site = headers.get("sec-fetch-site");
  const origin = headers.get("origin");
  const originKnown = origin !== null && origin !== "null";
  if (site !== null && site !== "same-origin") return false;
  if (originKnown && !origins.includes(origin)) return false;
  return site === "same-origin" || originKnown;
}
