// Builds an RSS 2.0 document, with atom:link rel="self" as the RSS Advisory Board recommends. RSS has no
// author element without an email address, so authors go in dc:creator.
import { ATOM_NS } from "@/lib/feeds/atom";
import { rfc822 } from "@/lib/feeds/dates";
import type { Feed, FeedEntry } from "@/lib/feeds/types";
import { el, xmlDocument } from "@/lib/feeds/xml";

const DC_NS = "http://purl.org/dc/elements/1.1/";

// An RSS <description> is HTML: readers render it. Our summaries are plain text, so they are made into
// HTML first (then escaped again as XML), or an abstract mentioning "<script>" would become markup.
const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const asHtml = (text: string) => text.replace(/[&<>]/g, (c) => HTML[c]!);

function item(entry: FeedEntry) {
  return el(
    "item",
    {},
    el("title", {}, entry.title),
    el("link", {}, entry.url),
    el("guid", { isPermaLink: String(entry.id === entry.url) }, entry.id),
    el("description", {}, asHtml(entry.summary)),
    el("pubDate", {}, rfc822(entry.published)),
    ...entry.authors.map((name) => el("dc:creator", {}, name)),
    ...entry.categories.map((c) => el("category", { domain: c.scheme }, c.label ?? c.term)),
  );
}

export function renderRss(feed: Feed) {
  return xmlDocument(
    el(
      "rss",
      { version: "2.0", "xmlns:atom": ATOM_NS, "xmlns:dc": DC_NS },
      el(
        "channel",
        {},
        el("title", {}, feed.title),
        el("link", {}, feed.htmlUrl),
        el("description", {}, feed.subtitle),
        el("atom:link", { href: feed.selfUrl, rel: "self", type: "application/rss+xml" }),
        el("lastBuildDate", {}, rfc822(feed.updated)),
        el("generator", {}, "Paperboy"),
        ...feed.entries.map(item),
      ),
    ),
  );
}
