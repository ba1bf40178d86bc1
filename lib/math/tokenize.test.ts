import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/math/tokenize";

const math = (tex: string, display: boolean, source: string) => ({ kind: "math", tex, display, source });
const text = (value: string) => ({ kind: "text", text: value });

describe("tokenize", () => {
  it("finds inline and display formulas with every delimiter", () => {
    expect(tokenize("Packings of $E_8$ and $\\mathcal{O}(dr)$")).toEqual([
      text("Packings of "),
      math("E_8", false, "$E_8$"),
      text(" and "),
      math("\\mathcal{O}(dr)", false, "$\\mathcal{O}(dr)$"),
    ]);
    expect(tokenize("$k$-NN")).toEqual([math("k", false, "$k$"), text("-NN")]);
    expect(tokenize("a $$\\sum_{i=1}^n x_i$$ b")).toEqual([
      text("a "),
      math("\\sum_{i=1}^n x_i", true, "$$\\sum_{i=1}^n x_i$$"),
      text(" b"),
    ]);
    expect(tokenize("\\(x\\) and \\[y\\]")).toEqual([
      math("x", false, "\\(x\\)"),
      text(" and "),
      math("y", true, "\\[y\\]"),
    ]);
  });

  it("keeps prices, escaped, empty and unclosed delimiters as prose", () => {
    expect(tokenize("It costs $5 and $10 a month")).toEqual([text("It costs $5 and $10 a month")]);
    expect(tokenize("between $ 5 $ and")).toEqual([text("between $ 5 $ and")]);
    expect(tokenize("Only \\$5, or \\$10")).toEqual([text("Only $5, or $10")]);
    expect(tokenize("empty $$ $$ here")).toEqual([text("empty $$ $$ here")]);
    expect(tokenize("open \\( never closed")).toEqual([text("open \\( never closed")]);
    expect(tokenize("half $\\frac{1}{")).toEqual([text("half $\\frac{1}{")]);
  });

  it("skips escaped dollars inside a formula", () => {
    expect(tokenize("$a\\$b$")).toEqual([math("a\\$b", false, "$a\\$b$")]);
  });

  it("handles a long hostile input in linear time", () => {
    const started = performance.now();
    tokenize("$".repeat(100_000));
    tokenize("\\(".repeat(50_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
