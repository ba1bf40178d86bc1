import { describe, expect, it } from "vitest";
import { splitHighlights } from "@/app/search/_components/highlighted";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from "@/lib/data/search";

describe("splitHighlights", () => {
  it("separates marked terms from the text around them", () => {
    expect(splitHighlights(`Low-${S}rank${E} ${S}adaptation${E} of LLMs`)).toEqual([
      { text: "Low-", marked: false },
      { text: "rank", marked: true },
      { text: " ", marked: false },
      { text: "adaptation", marked: true },
      { text: " of LLMs", marked: false },
    ]);
  });

  it("returns plain text as one unmarked part, and nothing for an empty string", () => {
    expect(splitHighlights("No match here")).toEqual([{ text: "No match here", marked: false }]);
    expect(splitHighlights("")).toEqual([]);
  });

  it("keeps markup from paper text as text", () => {
    const parts = splitHighlights(`<img src=x onerror=alert(1)> ${S}<b>bold</b>${E}`);
    expect(parts).toEqual([
      { text: "<img src=x onerror=alert(1)> ", marked: false },
      { text: "<b>bold</b>", marked: true },
    ]);
  });

  it("survives stray, doubled and unclosed markers without losing text", () => {
    expect(splitHighlights(`a${E}b ${S}${S}c${E}${E} d ${S}e`)).toEqual([
      { text: "ab ", marked: false },
      { text: "c", marked: true },
      { text: " d ", marked: false },
      { text: "e", marked: true },
    ]);
  });

  it("merges adjacent marked terms into one mark", () => {
    expect(splitHighlights(`${S}kv${E}${S}cache${E}`)).toEqual([{ text: "kvcache", marked: true }]);
  });
});
