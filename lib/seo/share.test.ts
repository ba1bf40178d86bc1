import { describe, expect, it } from "vitest";
import { shareMetadata, shareText } from "@/lib/seo/share";

describe("shareText", () => {
  it("is one line with its TeX as plain text", () => {
    expect(shareText("Lattices of $E_8$ in\n  $\\mathbb{R}^8$")).toBe("Lattices of E₈ in ℝ⁸");
  });
});

describe("shareMetadata", () => {
  it("gives the canonical path, Open Graph and X tags the same title and description", () => {
    const metadata = shareMetadata({
      title: "T",
      description: "D",
      path: "/papers/x",
      type: "article",
      authors: ["A"],
    });
    expect(metadata).toMatchObject({
      title: "T",
      description: "D",
      alternates: { canonical: "/papers/x" },
      openGraph: { type: "article", title: "T", description: "D", url: "/papers/x", authors: ["A"] },
      twitter: { card: "summary", title: "T", description: "D" },
    });
  });

  it("names authors only for an article, and a large card only where there is an image", () => {
    const list = shareMetadata({ title: "T", description: "D", path: "/", authors: ["A"], largeImage: true });
    expect(list.openGraph).not.toHaveProperty("authors");
    expect(list.twitter.card).toBe("summary_large_image");
  });
});
