// HTTP responses for the feed routes. Public feeds may be cached by anyone for five minutes (trending
// moves slowly; readers poll far more often). The private feed is never cached, so a rotated or revoked
// URL stops working at once, and asks search engines not to index it should the URL ever leak.
import { renderAtom } from "@/lib/feeds/atom";
import { renderRss } from "@/lib/feeds/rss";
import type { Feed, FeedFormat } from "@/lib/feeds/types";

const FORMATS: Record<FeedFormat, { render: (feed: Feed) => string; contentType: string }> = {
  atom: { render: renderAtom, contentType: "application/atom+xml; charset=utf-8" },
  rss: { render: renderRss, contentType: "application/rss+xml; charset=utf-8" },
};

export function feedResponse(feed: Feed, format: FeedFormat, audience: "public" | "private") {
  const headers: Record<string, string> = {
    "Content-Type": FORMATS[format].contentType,
    "Cache-Control": audience === "public" ? "public, max-age=300" : "private, no-store",
  };
  if (audience === "private") headers["X-Robots-Tag"] = "noindex";
  return new Response(FORMATS[format].render(feed), { headers });
}

export function feedNotFound() {
  return new Response("Not found\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
