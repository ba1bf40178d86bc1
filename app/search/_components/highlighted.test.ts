import { describe, expect, it } from "vitest";
import { renderHighlighted, splitHighlights } from "@/app/search/_components/highlighted";
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

describe("renderHighlighted", () => {
  it("renders math and keeps marks on the prose around it", () => {
    const parts = renderHighlighted(`${S}Lattice${E} packings of $E_8$`);
    expect(parts[0]).toEqual({ text: "Lattice", marked: true });
    expect(parts[1]).toEqual({ text: " packings of ", marked: false });
    expect(parts[2]).toMatchObject({ html: expect.stringContaining("katex") });
    expect(parts[2]!.marked).toBeFalsy();
  });

  it("marks the whole formula when a match falls inside it, with the markers out of the TeX", () => {
    const parts = renderHighlighted(`in $\\mathcal{O}(${S}dr${E})$ time`);
    expect(parts).toHaveLength(3);
    expect(parts[1]).toMatchObject({ html: expect.stringContaining("katex"), marked: true });
    expect(JSON.stringify(parts[1])).not.toMatch(/\\u000[12]/);
    expect(parts[2]).toEqual({ text: " time", marked: false });
  });

  it("marks a formula inside an open mark, and the text after it", () => {
    const parts = renderHighlighted(`${S}a $k$ b${E} c`);
    expect(parts.map((part) => part.marked)).toEqual([true, true, true, false]);
  });

  it("leaves a formula cut in half by the snippet as marked text", () => {
    expect(renderHighlighted(`bound of $\\mathcal{O}(${S}d${E}`)).toEqual([
      { text: "bound of $\\mathcal{O}(", marked: false },
      { text: "d", marked: true },
    ]);
  });

  it("shows malformed TeX as its source, marks kept", () => {
    expect(renderHighlighted(`$\\frac{${S}1${E}}{$ x`)).toEqual([
      { text: "$\\frac{1}{$", marked: true },
      { text: " x", marked: false },
    ]);
  });
});
