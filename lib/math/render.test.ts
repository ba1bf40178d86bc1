import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_TEX_LENGTH, renderMathText, renderTex } from "@/lib/math/render";
import { KATEX_VERSION } from "@/lib/math/rendered";

describe("renderMathText", () => {
  it("renders inline and display formulas as KaTeX HTML with MathML, prose as text", () => {
    const parts = renderMathText("Lattice packings of $E_8$ in $\\mathbb{R}^8$ <b>bold</b>");
    expect(parts[0]).toEqual({ text: "Lattice packings of " });
    expect(parts[1]).toMatchObject({ display: false, html: expect.stringContaining('class="katex"') });
    expect(parts[1]).toMatchObject({ html: expect.stringContaining("<math") });
    expect(parts).toHaveLength(5);
    expect(parts[4]).toEqual({ text: " <b>bold</b>" });
    const [display] = renderMathText("$$\\sum_{i=1}^n x_i$$");
    expect(display).toMatchObject({ display: true, html: expect.stringContaining("katex-display") });
  });

  it("shows malformed, unsupported and oversized TeX as its source", () => {
    expect(renderMathText("Broken $\\frac{1}{2$ here")).toEqual([{ text: "Broken $\\frac{1}{2$ here" }]);
    expect(renderMathText("$\\notacommand{x}$")).toEqual([{ text: "$\\notacommand{x}$" }]);
    const huge = `$${"x+".repeat(MAX_TEX_LENGTH)}x$`;
    expect(renderMathText(huge)).toEqual([{ text: huge }]);
  });

  it("never lets paper text choose markup, links or scripts", () => {
    const html = renderMathText("$\\href{javascript:alert(1)}{x}$ $<img src=x onerror=alert(1)>$ $\\url{http://e.x}$")
      .map((part) => ("html" in part ? part.html : part.text))
      .join("")
      // MathML's annotation holds the source, escaped: text, not markup.
      .replace(/<annotation[^>]*>[^<]*<\/annotation>/g, "");
    expect(html).not.toMatch(/<a\b|href=|<img|javascript:/);
  });

  it("stops a macro loop or a huge rule quickly", () => {
    const started = performance.now();
    expect(renderTex("\\def\\a{\\a\\a}\\a", false)).toBeNull();
    expect(
      renderTex(
        "\\def\\x{xxxxxxxxxx}\\def\\y{\\x\\x\\x\\x\\x\\x\\x\\x\\x\\x}\\def\\z{\\y\\y\\y\\y\\y\\y\\y\\y\\y\\y}\\z\\z\\z",
        false,
      ),
    ).toBeNull();
    expect(renderTex("\\rule{100000em}{100000em}", false)).toContain("border-right-width:5em");
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("memoises: the same formula renders to the same string", () => {
    expect(renderTex("k", false)).toBe(renderTex("k", false));
  });
});

describe("KATEX_VERSION", () => {
  it("is the installed KaTeX, whose files the /katex route serves", () => {
    const installed = JSON.parse(readFileSync("node_modules/katex/package.json", "utf8")) as { version: string };
    expect(KATEX_VERSION).toBe(installed.version);
  });
});
