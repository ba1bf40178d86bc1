import { describe, expect, it } from "vitest";
import { ATOM_NS } from "@/lib/feeds/atom";
import { renderRss } from "@/lib/feeds/rss";
import { childNamed, childrenNamed, parseXml } from "@/lib/feeds/testing/parse-xml";
import { HOSTILE, sampleFeed } from "@/lib/feeds/testing/sample-feed";

const xml = renderRss(sampleFeed);
const rss = parseXml(xml);
const channel = childNamed(rss, "channel");
const [first, second] = childrenNamed(channel, "item");

describe("renderRss", () => {
  it("writes a well-formed RSS 2.0 channel with its title, link, description and self link", () => {
    expect(rss).toMatchObject({ name: "rss", uri: "", attributes: expect.objectContaining({ version: "2.0" }) });
    expect(childNamed(channel, "title").text).toBe("Trending & new <papers>");
    const link = channel.children.find((c) => c.name === "link" && c.uri === "");
    expect(link?.text).toBe("https://paperboy.example/");
    expect(childNamed(channel, "description").text).toBe("What people upvote");
    const atomLink = channel.children.find((c) => c.name === "link" && c.uri === ATOM_NS);
    expect(atomLink?.attributes).toEqual({ href: sampleFeed.selfUrl, rel: "self", type: "application/rss+xml" });
    expect(childNamed(channel, "lastBuildDate").text).toBe("Tue, 04 Mar 2025 05:06:07 GMT");
    expect(childrenNamed(channel, "item")).toHaveLength(2);
  });

  it("writes each item's title, link, guid, description, date, authors and categories", () => {
    expect(first!.children.map((c) => c.name)).toEqual([
      "title",
      "link",
      "guid",
      "description",
      "pubDate",
      "creator",
      "creator",
      "category",
      "category",
    ]);
    expect(childNamed(first!, "title").text).toBe(HOSTILE);
    expect(childNamed(first!, "link").text).toBe("https://paperboy.example/papers/p1");
    expect(childNamed(first!, "guid")).toMatchObject({
      text: "https://paperboy.example/papers/p1",
      attributes: { isPermaLink: "true" },
    });
    expect(childNamed(first!, "pubDate").text).toBe("Tue, 02 Jan 2024 03:04:05 GMT");
    expect(childrenNamed(first!, "creator").map((c) => c.text)).toEqual(["Ada Lovelace", 'Alan "Bombe" Turing']);
    expect(childrenNamed(first!, "category").map((c) => [c.text, c.attributes])).toEqual([
      ["Quantization & friends", { domain: "https://paperboy.example/topics" }],
      ["cs.LG", {}],
    ]);
    // A tag: id is not a link a reader could open.
    expect(childNamed(second!, "guid").attributes.isPermaLink).toBe("false");
  });

  it("makes the plain-text summary into HTML that shows the text, never runs it", () => {
    // Readers render <description> as HTML: once parsed as XML, the markup is still escaped for HTML.
    expect(childNamed(first!, "description").text).toBe(
      `&lt;script&gt;alert("x") &amp; 'y'&lt;/script&gt;\nabcdefghijk`,
    );
    expect(xml).not.toContain("<script>");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});
