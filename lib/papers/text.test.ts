import { describe, expect, it } from "vitest";
import { authorSummary, collapseWhitespace, excerpt, shortAuthors, singleLine } from "@/lib/papers/text";

describe("collapseWhitespace", () => {
  it("joins arXiv's wrapped lines and trims", () => {
    expect(collapseWhitespace("  GaLore: Memory-Efficient LLM Training by Gradient Low-Rank\n  Projection \n")).toBe(
      "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection",
    );
  });
});

describe("excerpt", () => {
  it("keeps short text whole", () => {
    expect(excerpt("A short abstract.", 280)).toBe("A short abstract.");
  });

  it("cuts long text at a word boundary with an ellipsis, within the limit", () => {
    const text = "word ".repeat(100);
    const cut = excerpt(text, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith("word…")).toBe(true);
  });

  it("drops trailing punctuation before the ellipsis", () => {
    expect(excerpt("alpha beta, gamma delta epsilon", 18)).toBe("alpha beta, gamma…");
    expect(excerpt("alpha beta, gamma delta epsilon", 12)).toBe("alpha beta…");
  });
});

describe("excerpt with math", () => {
  const abstract =
    "We bound the error by $\\mathcal{O}(dr)$ and show $$\\sum_{i=1}^n x_i \\leq \\varepsilon$$ for all inputs.";

  it("never cuts inside a formula: it is kept whole or left out", () => {
    for (let max = 10; max <= abstract.length; max++) {
      const cut = excerpt(abstract, max);
      const dollars = cut.replaceAll("\\$", "").split("$").length - 1;
      expect(dollars % 2, cut).toBe(0);
      expect(abstract.startsWith(cut.slice(0, -1).trimEnd()) || cut === abstract, cut).toBe(true);
    }
    expect(excerpt(abstract, 30)).toBe("We bound the error by $\\mathcal{O}(dr)$…");
    expect(excerpt(abstract, 25)).toBe("We bound the error by…");
  });

  it("counts a formula as long as it reads, not as its TeX", () => {
    const title = "Packings of $\\mathbb{R}^{8}$ lattices";
    expect(excerpt(title, 24)).toBe(title);
  });

  it("keeps escaped and price dollars as prose", () => {
    const cut = excerpt("A \\$5 model beats $k$-NN and more words after that", 30);
    expect(cut).toBe("A \\$5 model beats $k$-NN and…");
  });
});

describe("authorSummary", () => {
  it("counts the authors not shown, from the total alone", () => {
    expect(authorSummary(["A", "B", "C"], 2000)).toBe("A, B, C + 1,997 more");
    expect(authorSummary(["A", "B"], 2)).toBe("A, B");
    expect(authorSummary([], 0)).toBe("");
  });
});

describe("shortAuthors", () => {
  it("lists up to three authors and counts the rest", () => {
    expect(shortAuthors([])).toBe("");
    expect(shortAuthors(["A", "B", "C"])).toBe("A, B, C");
    expect(shortAuthors(["A", "B", "C", "D", "E"])).toBe("A, B, C + 2 more");
  });
});

describe("singleLine", () => {
  it("turns line breaks and control characters into single spaces", () => {
    expect(singleLine("Title\r\nBcc: evil@example.com\u0000 end\u2028")).toBe("Title Bcc: evil@example.com end");
  });
});
