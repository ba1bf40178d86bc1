import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/data/search";

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

/** The text without its markers: the plain title, for link names. */
export function unhighlighted(text: string) {
  return splitHighlights(text)
    .map((part) => part.text)
    .join("");
}

/** Text with the search terms in <mark>. */
export function Highlighted({ text }: { text: string }) {
  return splitHighlights(text).map((part, i) =>
    part.marked ? (
      <mark key={i} className="rounded-sm bg-amber-100 text-inherit dark:bg-amber-900/60">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
