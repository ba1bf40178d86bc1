// TeX to HTML + MathML with KaTeX, on the server. Every formula either renders or shows its source.
import "server-only";
import katex from "katex";
import type { CardText, RenderedPart, RenderedText } from "@/lib/math/rendered";
import { type Segment, tokenize } from "@/lib/math/tokenize";
import { excerpt } from "@/lib/papers/text";

/** Longer formulas show as source: no arXiv formula is near this, and parsing cost grows with it. */
export const MAX_TEX_LENGTH = 1000;

const OPTIONS = {
  output: "htmlAndMathml",
  throwOnError: true,
  // No \href, \url, \includegraphics, \htmlClass…: paper text never chooses links, classes or styles.
  trust: false,
  strict: "ignore",
  // A \def loop or \rule{1000em} must not burn CPU or cover the page.
  maxExpand: 200,
  maxSize: 5,
} as const;

// A list renders the same titles again and again (every page of every list, ISR re-renders); formulas
// repeat across papers too. Bounded: the oldest entry goes first.
const MEMO_LIMIT = 5000;
const memo = new Map<string, string | null>();

/** KaTeX's HTML for one formula, or null when it does not parse (malformed, unsupported, too big). */
export function renderTex(tex: string, display: boolean): string | null {
  const key = `${display ? "D" : "I"}${tex}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let html: string | null = null;
  if (tex.length <= MAX_TEX_LENGTH) {
    try {
      html = katex.renderToString(tex, { ...OPTIONS, displayMode: display });
    } catch {
      html = null;
    }
  }
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(key, html);
  return html;
}

/** One segment as a rendered part: a formula that cannot render is its source, as prose. */
export function renderSegment(segment: Segment, marked?: boolean): RenderedPart {
  const flag = marked ? { marked } : {};
  if (segment.kind === "text") return { text: segment.text, ...flag };
  const html = renderTex(segment.tex, segment.display);
  return html === null ? { text: segment.source, ...flag } : { html, display: segment.display, ...flag };
}

/** Adjacent prose parts of the same kind joined, so React renders one text node for them. */
export function joinProse(parts: RenderedPart[]): RenderedText {
  const joined: RenderedText = [];
  for (const part of parts) {
    const last = joined.at(-1);
    if ("text" in part && last && "text" in last && Boolean(last.marked) === Boolean(part.marked)) {
      joined[joined.length - 1] = { ...last, text: last.text + part.text };
    } else joined.push(part);
  }
  return joined;
}

/** Text with its formulas rendered. */
export function renderMathText(text: string): RenderedText {
  return joinProse(tokenize(text).map((segment) => renderSegment(segment)));
}

/** What a paper card shows of a paper: its title and the excerpt of its abstract. */
export function renderCardText(paper: { title: string; abstract: string }): CardText {
  return { title: renderMathText(paper.title), excerpt: renderMathText(excerpt(paper.abstract)) };
}
