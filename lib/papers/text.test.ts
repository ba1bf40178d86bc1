import { describe, expect, it } from "vitest";
import { collapseWhitespace, excerpt } from "@/lib/papers/text";

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
