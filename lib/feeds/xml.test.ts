import { describe, expect, it } from "vitest";
import { parseXml } from "@/lib/feeds/testing/parse-xml";
import { CONTROL, HOSTILE } from "@/lib/feeds/testing/sample-feed";
import { el, escapeXmlAttribute, escapeXmlText, stripIllegalXmlChars, xmlDocument } from "@/lib/feeds/xml";

describe("XML escaping", () => {
  it("escapes the five special characters", () => {
    expect(escapeXmlText(HOSTILE)).toBe("&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;");
  });

  it("drops characters XML 1.0 forbids, keeping tabs, newlines and astral characters", () => {
    expect(stripIllegalXmlChars(CONTROL)).toBe("abcdefghijk");
    expect(stripIllegalXmlChars("a\tb\nc\rd 😀 \u00e9 \uFFFD")).toBe("a\tb\nc\rd 😀 \u00e9 \uFFFD");
  });

  it("keeps whitespace in attribute values through a parser", () => {
    expect(escapeXmlAttribute("a\tb\nc")).toBe("a&#9;b&#10;c");
    const root = parseXml(xmlDocument(el("x", { v: "a\tb\nc & d" })));
    expect(root.attributes.v).toBe("a\tb\nc & d");
  });

  it("round-trips any text through a strict parser", () => {
    const text = `${HOSTILE} ]]> <![CDATA[ &amp; ${CONTROL}`;
    const root = parseXml(xmlDocument(el("doc", { title: text }, el("p", {}, text))));
    expect(root.children[0]!.text).toBe(stripIllegalXmlChars(text));
    expect(root.attributes.title).toBe(stripIllegalXmlChars(text));
  });

  it("leaves out attributes without a value and closes empty elements", () => {
    expect(xmlDocument(el("a", { x: undefined, y: "1" }))).toBe('<?xml version="1.0" encoding="utf-8"?>\n<a y="1"/>\n');
  });

  it("is checked by a test parser that refuses what a strict reader refuses", () => {
    expect(() => parseXml("<a>&</a>")).toThrow();
    expect(() => parseXml("<a><b></a>")).toThrow();
    expect(() => parseXml("<x:a/>")).toThrow(/Unbound namespace prefix/);
  });
});
