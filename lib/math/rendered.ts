// The one seam between rendering math (server only: KaTeX never ships to the browser) and showing it
// (anywhere, including client components fed from an API route). Plain data, so it crosses that boundary.

/** A run of prose (shown as React text) or a formula as KaTeX's HTML; `marked`: a search match. */
export type RenderedPart = { text: string; marked?: boolean } | { html: string; display: boolean; marked?: boolean };

export type RenderedText = RenderedPart[];

/** Served by app/katex/[version]/[...file]/route.ts; the version in the path makes it cacheable forever. */
export const KATEX_VERSION = "0.19.1";
export const KATEX_STYLESHEET = `/katex/${KATEX_VERSION}/katex.min.css`;

/** A paper card's title and abstract excerpt, rendered. */
export type CardText = { title: RenderedText; excerpt: RenderedText };

/** Prose with no formula, as the seam's type: for text that needs no rendering. */
export function plainRendered(text: string): RenderedText {
  return text === "" ? [] : [{ text }];
}
