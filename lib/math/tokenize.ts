// Splits arXiv-style text into prose and TeX. Only delimiters that are clearly meant as math count, so a
// price ("$5 and $10") or a stray dollar stays prose, and anything that does not close stays as written.

export type Segment =
  | { kind: "text"; text: string }
  /** `source` is the formula exactly as written, delimiters included: what shows when it cannot render. */
  | { kind: "math"; tex: string; display: boolean; source: string };

const PAIRS = [
  { open: "$$", close: "$$", display: true },
  { open: "\\[", close: "\\]", display: true },
  { open: "\\(", close: "\\)", display: false },
  { open: "$", close: "$", display: false },
] as const;

/**
 * Where `close` ends a formula opened just before `from`, skipping TeX escapes such as `\$`; -1 if never.
 * `closeless` remembers from where a delimiter is known not to occur, so a run of unclosed openers
 * ("\\(\\(\\(…") costs one scan, not one per opener.
 */
function findClose(text: string, from: number, close: string, closeless: Map<string, number>) {
  if (from >= (closeless.get(close) ?? Infinity)) return -1;
  for (let i = from; i < text.length; i++) {
    if (text.startsWith(close, i)) return i;
    if (text[i] === "\\") i++;
  }
  closeless.set(close, from);
  return -1;
}

/**
 * A single-dollar formula follows Pandoc's rule: the opening `$` is followed by a non-space, the closing
 * one follows a non-space and is not followed by a digit. Its first `$` decides: "$5 and $10" is prose.
 */
function inlineDollarEnd(text: string, start: number, closeless: Map<string, number>) {
  if (/\s/.test(text[start + 1] ?? " ")) return -1;
  const end = findClose(text, start + 1, "$", closeless);
  if (end === -1 || /\s/.test(text[end - 1]!) || /\d/.test(text[end + 1] ?? "")) return -1;
  return end;
}

function mathAt(text: string, start: number, closeless: Map<string, number>): { segment: Segment; end: number } | null {
  for (const { open, close, display } of PAIRS) {
    if (!text.startsWith(open, start)) continue;
    const from = start + open.length;
    const end = open === "$" ? inlineDollarEnd(text, start, closeless) : findClose(text, from, close, closeless);
    if (end === -1) return null;
    const tex = text.slice(from, end);
    if (tex.trim() === "") return null;
    const stop = end + close.length;
    return { segment: { kind: "math", tex, display, source: text.slice(start, stop) }, end: stop };
  }
  return null;
}

/** Prose and formulas in reading order; adjacent prose is one segment, and `\$` in prose is a dollar. */
export function tokenize(text: string): Segment[] {
  const segments: Segment[] = [];
  let prose = "";
  const closeless = new Map<string, number>();
  const flush = () => {
    if (prose !== "") segments.push({ kind: "text", text: prose });
    prose = "";
  };
  for (let i = 0; i < text.length;) {
    const char = text[i]!;
    if (char === "\\" && text[i + 1] === "$") {
      prose += "$";
      i += 2;
      continue;
    }
    const math = char === "$" || char === "\\" ? mathAt(text, i, closeless) : null;
    if (math) {
      flush();
      segments.push(math.segment);
      i = math.end;
    } else {
      // An opener that does not close is prose; a failed `$$` must not be retried as two `$`.
      const literal = text.startsWith("$$", i) ? "$$" : char;
      prose += literal;
      i += literal.length;
    }
  }
  flush();
  return segments;
}

/** Whether the text has anything that would render as math. */
export function hasMath(text: string) {
  return tokenize(text).some((segment) => segment.kind === "math");
}
