import type { Route } from "next";

/**
 * Where to send someone after sign-in: a path on this site (`/x?y#z`), or `/` for anything doubtful. The value
 * comes from a query string anyone can craft, so an open redirect here would lend our domain to phishing links.
 */
export function safeCallbackPath(value: unknown, appUrl: string): string {
  const app = new URL(appUrl); // a bad APP_URL is a configuration bug; let it throw
  if (typeof value !== "string") return "/";
  // Browsers silently drop tabs and newlines (`/\t/evil.com` becomes `//evil.com`) and read `\` as `/`, so
  // anything containing them is refused rather than reproduced.
  if (/[\x00-\x1f\x7f\\]/.test(value)) return "/";
  if (value.startsWith("//")) return "/";

  let url: URL;
  try {
    // Only a leading `/` is resolved against the app; `papers/x` or `evil.com` are not paths we hand out.
    url = value.startsWith("/") ? new URL(value, app) : new URL(value);
  } catch {
    return "/";
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== app.origin) return "/";

  const path = `${url.pathname}${url.search}${url.hash}`;
  return isSafePathname(url.pathname) ? path : "/";
}

/** Checks the parsed path, since dot segments (`/.//evil.com`) and percent-encoding can rebuild a `//`. */
function isSafePathname(pathname: string): boolean {
  let current = pathname;
  // A few rounds of decoding catch double encoding (`%252F`) for anything downstream that decodes again.
  for (let round = 0; round < 3; round++) {
    if (!isPlainPath(current.replace(/[\x00-\x20\x7f]/g, ""))) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (decoded === current) return true;
    current = decoded;
  }
  return false;
}

function isPlainPath(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return false;
  // Sending someone back into an Auth.js endpoint after sign-in starts the flow again, or loops.
  return !/^\/api\/auth(?:\/|$)/i.test(path.replace(/\/{2,}/g, "/"));
}

/** The sign-in page, coming back to `returnTo` (a path on this site) afterwards. */
export function signInHref(returnTo: string): Route {
  return `/signin?callbackUrl=${encodeURIComponent(returnTo)}` as Route;
}
