import { describe, expect, it } from "vitest";
import { texToPlainText, texToUnicode } from "@/lib/math/plain-text";

describe("texToPlainText", () => {
  it("reads arXiv titles as Unicode", () => {
    expect(texToPlainText("Lattice packings of $E_8$ in $\\mathbb{R}^8$")).toBe("Lattice packings of E₈ in ℝ⁸");
    expect(texToPlainText("Attention in $\\mathcal{O}(dr)$ memory")).toBe("Attention in O(dr) memory");
    expect(texToPlainText("Fast $k$-NN search")).toBe("Fast k-NN search");
    expect(texToPlainText("$O(n^2)$ and $\\alpha \\leq \\beta$")).toBe("O(n²) and α ≤ β");
  });

  it("drops every kind of delimiter", () => {
    expect(texToPlainText("a $$\\sum_{i=1}^n x_i$$ b \\(x\\) c \\[y\\]")).toBe("a ∑ᵢ₌₁ⁿ xᵢ b x c y");
  });

  it("falls back to ^(…) and _(…) where Unicode has no script", () => {
    expect(texToUnicode("x_{q}")).toBe("x_q");
    expect(texToUnicode("2^{\\infty}")).toBe("2^∞");
    expect(texToUnicode("e^{i\\pi}")).toBe("e^(iπ)");
    expect(texToUnicode("W_{\\text{out}}")).toBe("Wₒᵤₜ");
    expect(texToUnicode("W_{qkv}")).toBe("W_(qkv)");
  });

  it("keeps fractions, roots and unknown commands readable", () => {
    expect(texToUnicode("\\frac{1}{\\sqrt{d}}")).toBe("1/√d");
    expect(texToUnicode("\\frac{a+b}{2}")).toBe("(a+b)/2");
    expect(texToUnicode("\\left( x \\cdot y \\right) \\times \\infty \\sim z")).toBe("( x · y ) × ∞ ~ z");
    expect(texToUnicode("\\widehat{\\theta}_{\\mathrm{MLE}}")).toBe("θ_(MLE)");
    expect(texToUnicode("\\foo{bar}")).toBe("foobar");
    expect(texToUnicode("\\hat{x} \\in \\mathbb{R}^{d}")).toBe("x̂ ∈ ℝᵈ");
  });

  it("leaves prose, prices and escaped dollars alone", () => {
    expect(texToPlainText("It costs $5 and $10")).toBe("It costs $5 and $10");
    expect(texToPlainText("Only \\$5")).toBe("Only $5");
    expect(texToPlainText("No math here.")).toBe("No math here.");
  });

  it("shows malformed and hostile TeX as readable text, not markup", () => {
    expect(texToPlainText("Broken $\\frac{1}{$ formula")).toBe("Broken 1/ formula");
    expect(texToPlainText("$\\href{javascript:alert(1)}{x}$")).toBe("hrefjavascript:alert(1)x");
    expect(texToPlainText("$<img src=x onerror=alert(1)>$")).toBe("<img src=x onerror=alert(1)>");
    expect(texToUnicode("{{{")).toBe("");
    expect(texToUnicode("x^")).toBe("x");
  });
});
