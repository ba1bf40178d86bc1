import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import DigestEmail from "@/emails/digest";
import { composeDigest } from "@/lib/digest/compose";

const paper = {
  id: "abcdefabcdef",
  title: "Lattice packings of $E_8$ in $\\mathbb{R}^8$",
  abstract: "We find $k$-NN in $\\mathcal{O}(dr)$ time, with $\\alpha \\leq 1$ and $$\\sum_{i=1}^n x_i$$.",
  authors: ["Ada Lovelace"],
  upvoteCount: 3,
  arxivId: null,
  pdfUrl: null,
  publishedAt: null,
  createdAt: new Date("2026-01-01T00:00:00Z"),
};

describe("composeDigest", () => {
  it("sends math as readable Unicode in the subject, the HTML and the text part", async () => {
    const digest = composeDigest({
      reader: { id: "reader", timeZone: "UTC", frequency: "daily", weekday: 1, hour: 8 },
      localDate: new Date("2026-01-02T00:00:00Z"),
      picks: [{ paper, reasons: [] }],
      viewUrl: "http://localhost:3000/digests/1",
      site: { appUrl: "http://localhost:3000", unsubscribeKey: Buffer.alloc(32) },
    });
    expect(digest.subject).toContain("Lattice packings of E₈ in ℝ⁸");
    expect(digest.text).toContain("Lattice packings of E₈ in ℝ⁸");
    expect(digest.text).toContain("We find k-NN in O(dr) time, with α ≤ 1 and ∑ᵢ₌₁ⁿ xᵢ.");
    const html = await render(DigestEmail(digest.props));
    expect(html).toContain("Lattice packings of E₈ in ℝ⁸");
    for (const tex of ["$E_8$", "\\mathbb", "\\mathcal", "$k$", "$$"]) {
      expect(`${html}${digest.text}${digest.subject}`).not.toContain(tex);
    }
  });
});
