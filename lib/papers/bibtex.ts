// BibTeX for a paper, as arXiv's own export writes it: @misc with eprint, archivePrefix and primaryClass.
// BibTeX is TeX, so a title's math ($…$) goes in as written; everything else is escaped, so a stray `%`,
// `&` or brace in a title or name cannot comment out or unbalance the entry.

export type Citable = {
  arxivId: string | null;
  title: string;
  authors: string[];
  year: number;
  primaryCategory: string | null;
  /** Where the paper is read: its arXiv page, or ours for a paper without an arXiv id. */
  url: string;
};

/** More authors than this are cited as "and others", as BibTeX styles print them anyway. */
export const MAX_BIBTEX_AUTHORS = 100;

const SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

/** Text with BibTeX's special characters escaped and whitespace collapsed. */
export function escapeBibtex(text: string) {
  return escapeSpecials(text.replace(/\s+/g, " ").trim());
}

const escapeSpecials = (text: string) => text.replace(/[\\{}$&%#_^~]/g, (c) => SPECIAL[c]!);

const MATH = /(\$[^$]+\$)/;

/** Braces balance (ignoring escaped ones) and nothing could end the field: math that BibTeX can hold as is. */
function balanced(math: string) {
  let depth = 0;
  for (const [i, c] of [...math].entries()) {
    if (math[i - 1] === "\\") continue;
    if (c === "{") depth++;
    if (c === "}" && --depth < 0) return false;
  }
  return depth === 0;
}

/** The title with its inline math kept and the text around it escaped; unbalanced math is escaped too. */
export function bibtexTitle(title: string) {
  return title
    .replace(/\s+/g, " ")
    .trim()
    .split(MATH)
    .map((part) => (MATH.test(part) && balanced(part) ? part : escapeSpecials(part)))
    .join("");
}

const ascii = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[^A-Za-z0-9\s,]/g, "")
    .toLowerCase();

const SKIP = new Set(["a", "an", "the", "on", "of", "in", "for", "to", "and", "towards", "toward"]);

/** "lovelace2024analytical": the first author's last name, the year and the title's first real word. */
export function bibtexKey({ authors, year, title }: Pick<Citable, "authors" | "year" | "title">) {
  const first = authors[0] ?? "";
  // "Lovelace, Ada" names the family first; "Ada Lovelace" last.
  const family = first.includes(",") ? first.split(",")[0]! : (first.trim().split(/\s+/).at(-1) ?? "");
  const words = ascii(title.replace(/\$[^$]*\$/g, " ")).split(/[\s,]+/);
  const word = words.find((w) => w && !SKIP.has(w)) ?? "";
  return `${ascii(family).replace(/[\s,]/g, "") || "anon"}${year}${word}`;
}

/** The @misc entry, fields in arXiv's order; fields a paper lacks are left out. */
export function bibtex(paper: Citable) {
  const authors = paper.authors.slice(0, MAX_BIBTEX_AUTHORS).map(escapeBibtex);
  if (paper.authors.length > MAX_BIBTEX_AUTHORS) authors.push("others");
  const fields: [string, string | null][] = [
    ["title", bibtexTitle(paper.title)],
    ["author", authors.length > 0 ? authors.join(" and ") : null],
    ["year", String(paper.year)],
    ["eprint", paper.arxivId],
    ["archivePrefix", paper.arxivId ? "arXiv" : null],
    ["primaryClass", paper.arxivId ? paper.primaryCategory : null],
    ["url", paper.url],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== null)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(",\n");
  return `@misc{${bibtexKey(paper)},\n${body}\n}`;
}
