// The paths no search engine should crawl or keep: pages for one signed-in reader, sign-in and its
// confirmation, token-bearing links (private feeds, unsubscribe), search results (endless, and each one
// costs a full-text query), the API, the development mailbox, and the cached renders' internal paths
// (their public URLs are the ones to index). Written as robots.txt patterns: a prefix, `*` one segment. robots.txt (app/robots.ts)
// lists them; their responses also carry X-Robots-Tag: noindex (next.config.ts), since robots.txt only
// asks crawlers not to fetch a URL and a linked URL can still be listed.
/** The pages for one signed-in reader: proxy.ts sends a visitor without a session to sign in first. */
export const SIGNED_IN_PAGES = ["/settings", "/for-you", "/welcome", "/topics/new", "/topics/*/edit", "/digests"];

export const PRIVATE_PATHS = [
  ...SIGNED_IN_PAGES,
  "/signin",
  "/auth/",
  "/search",
  "/unsubscribe/",
  "/feeds/for-you/",
  "/api/",
  "/dev/",
  "/cached/",
];

/** The same paths as next.config `headers()` sources (path-to-regexp): each path and everything under it. */
export const privatePathSources = () =>
  PRIVATE_PATHS.map((path) => path.replace("*", ":segment")).flatMap((path) =>
    path.endsWith("/") ? [`${path}:rest+`] : [path, `${path}/:rest+`],
  );

/** A matcher for these paths: each path itself and everything under it (`*`: one segment). */
export function pathMatcher(paths: readonly string[]) {
  const alternatives = paths.map((path) =>
    path
      .replace(/\/$/, "")
      .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
      .replace("*", "[^/]+"),
  );
  const pattern = new RegExp(`^(?:${alternatives.join("|")})(?:/.*)?$`);
  return (pathname: string) => pattern.test(pathname);
}
