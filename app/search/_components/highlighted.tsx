import { Rendered } from "@/components/rendered-text";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/data/search";
import { joinProse, renderSegment } from "@/lib/math/render";
import type { RenderedPart, RenderedText } from "@/lib/math/rendered";
import { tokenize } from "@/lib/math/tokenize";

export type HighlightPart = { text: string; marked: boolean };

/**
 * Splits ts_headline output at its markers. The text stays text: React escapes it, so markup in a title
 * or abstract shows as written. A stray or unclosed marker never makes the rest of the string disappear.
 */
export function splitHighlights(text: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const push = (chunk: string, marked: boolean) => {
    const clean = chunk.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_STOP, "");
    if (clean === "") return;
    const last = parts.at(-1);
    if (last?.marked === marked) last.text += clean;
    else parts.push({ text: clean, marked });
  };
  const [before = "", ...rest] = text.split(HIGHLIGHT_START);
  push(before, false);
  for (const piece of rest) {
    const stop = piece.indexOf(HIGHLIGHT_STOP);
    if (stop === -1) push(piece, true);
    else {
      push(piece.slice(0, stop), true);
      push(piece.slice(stop + 1), false);
    }
  }
  return parts;
}

const stripMarkers = (text: string) => text.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_STOP, "");

/** Whether a mark is open after `text`, given whether one was open before it: its last marker decides. */
function openAfter(text: string, openBefore: boolean) {
  const start = text.lastIndexOf(HIGHLIGHT_START);
  const stop = text.lastIndexOf(HIGHLIGHT_STOP);
  return start === stop ? openBefore : start > stop;
}

/**
 * ts_headline output with its math rendered and its matches marked. A match inside a formula marks the
 * whole formula (the markers cannot go inside KaTeX's output); a formula the snippet cut in half has an
 * unclosed delimiter, so it stays text and keeps its marks.
 */
export function renderHighlighted(text: string): RenderedText {
  const parts: RenderedPart[] = [];
  let open = false;
  for (const segment of tokenize(text)) {
    if (segment.kind === "math") {
      const marked = open || segment.source.includes(HIGHLIGHT_START);
      const clean = { ...segment, tex: stripMarkers(segment.tex), source: stripMarkers(segment.source) };
      parts.push(renderSegment(clean, marked));
    } else {
      const pieces = splitHighlights(open ? HIGHLIGHT_START + segment.text : segment.text);
      parts.push(...pieces.map(({ text: piece, marked }) => ({ text: piece, marked })));
    }
    open = openAfter(segment.kind === "math" ? segment.source : segment.text, open);
  }
  return joinProse(parts);
}

/** Text with the search terms in <mark> and its math rendered. */
export function Highlighted({ text }: { text: string }) {
  return <Rendered value={renderHighlighted(text)} />;
}
