// Text clean-up shared by ingestion, seeding and display.
import { texToUnicode } from "@/lib/math/plain-text";
import { tokenize } from "@/lib/math/tokenize";

/** Collapses runs of whitespace (arXiv wraps titles and abstracts at ~80 columns) and trims. */
export function collapseWhitespace(text: string) {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A readable excerpt: whole words, at most `max` characters as read, with an ellipsis when cut. A formula
 * counts as long as it reads (lib/math/plain-text) and is kept whole or left out, never cut in half.
 */
export function excerpt(text: string, max = 280) {
  const clean = collapseWhitespace(text);
  const segments = tokenize(clean);
  if (!segments.some((segment) => segment.kind === "math")) return wordExcerpt(clean, max);
  let kept = "";
  let length = 0;
  for (const segment of segments) {
    const room = max - 1 - length;
    if (segment.kind === "math") {
      const shown = Math.max(texToUnicode(segment.tex).length, 1);
      if (shown > room) return ellipsis(kept);
      kept += segment.source;
      length += shown;
    } else if (segment.text.length <= room) {
      // Prose dollars go back as `\$`, so the excerpt tokenizes as the text did.
      kept += segment.text.replaceAll("$", "\\$");
      length += segment.text.length;
    } else {
      const cut = segment.text.slice(0, room);
      const lastSpace = cut.lastIndexOf(" ");
      const words = segment.text[room] === " " || (lastSpace === -1 && kept === "") ? cut : cut.slice(0, lastSpace + 1);
      return ellipsis(kept + words.replaceAll("$", "\\$"));
    }
  }
  return clean;
}

function wordExcerpt(clean: string, max: number) {
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  // Drop a partly cut word, unless that would lose most of the excerpt (one very long word).
  const wholeWords = clean[max - 1] === " " || lastSpace < max * 0.6 ? cut : cut.slice(0, lastSpace);
  return ellipsis(wholeWords);
}

function ellipsis(kept: string) {
  return `${kept.replace(/[\s,.;:–-]+$/, "")}…`;
}

/** How papers without an arXiv id are recognised again: the title, case and spacing aside. */
export function titleKey(title: string) {
  return collapseWhitespace(title).toLowerCase();
}

/** "Ada Lovelace, Alan Turing, Grace Hopper + 4 more": the first `max` authors and how many others. */
export function shortAuthors(authors: string[], max = 3) {
  return authorSummary(authors.slice(0, max), authors.length);
}

/** The same line from the first few authors and the total, which is all a list reads from the database. */
export function authorSummary(shown: string[], total: number) {
  const more = total - shown.length;
  return more > 0 ? `${shown.join(", ")} + ${more.toLocaleString("en")} more` : shown.join(", ");
}

/** One line of text, safe to put in a header such as Subject: no line breaks or control characters. */
export function singleLine(text: string) {
  return collapseWhitespace(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " "));
}
