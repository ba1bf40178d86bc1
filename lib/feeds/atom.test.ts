import { describe, expect, it } from "vitest";
import { ATOM_NS, renderAtom } from "@/lib/feeds/atom";
import { childNamed, childrenNamed, parseXml } from "@/lib/feeds/testing/parse-xml";
import { HOSTILE, sampleFeed } from "@/lib/feeds/testing/sample-feed";

const xml = renderAtom(sampleFeed);
const feed = parseXml(xml);
const [first, second] = childrenNamed(feed, "entry");

describe("renderAtom", () => {
  it("writes a well-formed Atom feed with its id, title, dates, links and feed-level author", () => {
    expect(feed).toMatchObject({ name: "feed", uri: ATOM_NS });
    expect(feed.children.every((child) => child.uri === ATOM_NS)).toBe(true);
    expect(childNamed(feed, "id").text).toBe(sampleFeed.selfUrl);
    expect(childNamed(feed, "title").text).toBe("Trending & new <papers>");
    expect(childNamed(feed, "subtitle").text).toBe("What people upvote");
    expect(childNamed(feed, "updated").text).toBe("2025-03-04T05:06:07Z");
    expect(childrenNamed(feed, "link").map((l) => l.attributes)).toEqual([
      { rel: "self", type: "application/atom+xml", href: sampleFeed.selfUrl },
      { rel: "alternate", type: "text/html", href: "https://paperboy.example/" },
    ]);
    expect(childNamed(childNamed(feed, "author"), "name").text).toBe("Paperboy");
    expect(childrenNamed(feed, "entry")).toHaveLength(2);
  });

  it("writes each entry's id, title, link, dates, authors, categories and plain-text summary", () => {
    expect(first!.children.map((c) => c.name)).toEqual([
      "id",
      "title",
      "link",
      "published",
      "updated",
      "author",
      "author",
      "category",
      "category",
      "summary",
    ]);
    expect(childNamed(first!, "id").text).toBe("https://paperboy.example/papers/p1");
    expect(childNamed(first!, "title").text).toBe(HOSTILE);
    expect(childNamed(first!, "link").attributes).toEqual({
      rel: "alternate",
      type: "text/html",
      href: "https://paperboy.example/papers/p1",
    });
    expect(childNamed(first!, "published").text).toBe("2024-01-02T03:04:05Z");
    expect(childNamed(first!, "updated").text).toBe("2024-02-03T04:05:06Z");
    expect(childrenNamed(first!, "author").map((a) => childNamed(a, "name").text)).toEqual([
      "Ada Lovelace",
      'Alan "Bombe" Turing',
    ]);
    expect(childrenNamed(first!, "category").map((c) => c.attributes)).toEqual([
      { term: "quantization", label: "Quantization & friends", scheme: "https://paperboy.example/topics" },
      { term: "cs.LG" },
    ]);
    const summary = childNamed(first!, "summary");
    expect(summary.attributes.type).toBe("text");
    expect(summary.text).toBe(`${HOSTILE}\nabcdefghijk`);
    expect(childNamed(second!, "id").text).toBe("tag:paperboy.example,2025:paper/p2");
    expect(childNamed(second!, "title").text).toBe("Plain 😀 title");
  });

  it("escapes markup and drops illegal characters in the raw document", () => {
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).toContain('href="https://paperboy.example/feeds/trending.atom?a=1&amp;b=2"');
  });

  it("writes an empty feed that is still valid", () => {
    const empty = parseXml(renderAtom({ ...sampleFeed, entries: [] }));
    expect(childrenNamed(empty, "entry")).toEqual([]);
    expect(childNamed(empty, "author")).toBeDefined();
  });
});
