// Builds an Atom 1.0 document (RFC 4287). Atom needs an author on the feed or on every entry: the feed
// names Paperboy, and entries add the paper's own authors when we know them.
import { rfc3339 } from "@/lib/feeds/dates";
import type { Feed, FeedEntry } from "@/lib/feeds/types";
import { el, xmlDocument } from "@/lib/feeds/xml";

export const ATOM_NS = "http://www.w3.org/2005/Atom";

function entry(item: FeedEntry) {
  return el(
    "entry",
    {},
    el("id", {}, item.id),
    el("title", { type: "text" }, item.title),
    el("link", { rel: "alternate", type: "text/html", href: item.url }),
    el("published", {}, rfc3339(item.published)),
    el("updated", {}, rfc3339(item.updated)),
    ...item.authors.map((name) => el("author", {}, el("name", {}, name))),
    ...item.categories.map((c) => el("category", { term: c.term, label: c.label, scheme: c.scheme })),
    el("summary", { type: "text" }, item.summary),
  );
}

export function renderAtom(feed: Feed) {
  return xmlDocument(
    el(
      "feed",
      { xmlns: ATOM_NS },
      // The self URL is the feed's identity: it is what a reader subscribed to.
      el("id", {}, feed.selfUrl),
      el("title", { type: "text" }, feed.title),
      el("subtitle", { type: "text" }, feed.subtitle),
      el("updated", {}, rfc3339(feed.updated)),
      el("link", { rel: "self", type: "application/atom+xml", href: feed.selfUrl }),
      el("link", { rel: "alternate", type: "text/html", href: feed.htmlUrl }),
      el("author", {}, el("name", {}, "Paperboy")),
      el("generator", {}, "Paperboy"),
      ...feed.entries.map(entry),
    ),
  );
}
