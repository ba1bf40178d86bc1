// Text clean-up shared by ingestion, seeding and display.

/** Collapses runs of whitespace (arXiv wraps titles and abstracts at ~80 columns) and trims. */
export function collapseWhitespace(text: string) {
  return text.replace(/\s+/g, " ").trim();
}

/** A readable excerpt: whole words, at most `max` characters, with an ellipsis when cut. */
export function excerpt(text: string, max = 280) {
  const clean = collapseWhitespace(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  // Drop a partly cut word, unless that would lose most of the excerpt (one very long word).
  const wholeWords = clean[max - 1] === " " || lastSpace < max * 0.6 ? cut : cut.slice(0, lastSpace);
  return `${wholeWords.replace(/[\s,.;:–-]+$/, "")}…`;
}

/** How papers without an arXiv id are recognised again: the title, case and spacing aside. */
export function titleKey(title: string) {
  return collapseWhitespace(title).toLowerCase();
}
