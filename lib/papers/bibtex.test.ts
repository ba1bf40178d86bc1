import { describe, expect, it } from "vitest";
import { MAX_BIBTEX_AUTHORS, bibtex, bibtexKey, bibtexTitle, escapeBibtex } from "@/lib/papers/bibtex";

const galore = {
  arxivId: "2403.03507",
  title: "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection",
  authors: ["Jiawei Zhao", "Zhenyu Zhang", "Beidi Chen"],
  year: 2024,
  primaryCategory: "cs.LG",
  url: "https://arxiv.org/abs/2403.03507",
};

describe("bibtex", () => {
  it("writes arXiv's @misc entry", () => {
    expect(bibtex(galore)).toBe(
      [
        "@misc{zhao2024galore,",
        "  title = {GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection},",
        "  author = {Jiawei Zhao and Zhenyu Zhang and Beidi Chen},",
        "  year = {2024},",
        "  eprint = {2403.03507},",
        "  archivePrefix = {arXiv},",
        "  primaryClass = {cs.LG},",
        "  url = {https://arxiv.org/abs/2403.03507}",
        "}",
      ].join("\n"),
    );
  });

  it("cites a paper without arXiv id or authors by title, year and our page", () => {
    const entry = bibtex({
      arxivId: null,
      title: "The Sample Paper",
      authors: [],
      year: 2023,
      primaryCategory: "cs.LG",
      url: "https://paperboy.example/papers/abcdefghijkl",
    });
    expect(entry).toBe(
      "@misc{anon2023sample,\n  title = {The Sample Paper},\n  year = {2023},\n  url = {https://paperboy.example/papers/abcdefghijkl}\n}",
    );
  });

  it("cites thousands of authors as the first hundred and others", () => {
    const authors = Array.from({ length: 2000 }, (_, i) => `Author ${i}`);
    const line = bibtex({ ...galore, authors }).split("\n")[2]!;
    expect(line.split(" and ")).toHaveLength(MAX_BIBTEX_AUTHORS + 1);
    expect(line).toMatch(/ and others},$/);
  });
});

describe("escapeBibtex", () => {
  it("escapes every special character, so no field can be cut short or commented out", () => {
    expect(escapeBibtex("50% & #1 a_b {x} ~ ^ \\ $")).toBe(
      "50\\% \\& \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\$",
    );
  });
});

describe("bibtexTitle", () => {
  it("keeps TeX math as written and escapes the text around it", () => {
    expect(bibtexTitle("Learning $E_8$ at 100% with $\\mathcal{O}(dr)$ memory")).toBe(
      "Learning $E_8$ at 100\\% with $\\mathcal{O}(dr)$ memory",
    );
  });

  it("escapes math whose braces do not balance, and a lone dollar", () => {
    expect(bibtexTitle("Broken $x}$ and $5 off")).toBe("Broken \\$x\\}\\$ and \\$5 off");
  });
});

describe("bibtexKey", () => {
  it("is the first author's family name, the year and the first real word of the title", () => {
    expect(bibtexKey({ authors: ["Ada Lovelace"], year: 1843, title: "The Analytical Engine" })).toBe(
      "lovelace1843analytical",
    );
    expect(bibtexKey({ authors: ["Gödel, Kurt"], year: 1931, title: "On $\\Sigma_1$ sentences" })).toBe(
      "godel1931sentences",
    );
    expect(bibtexKey({ authors: ["李 华"], year: 2024, title: "——" })).toBe("anon2024");
  });
});
