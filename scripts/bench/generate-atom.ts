// A synthetic arXiv API Atom feed for the ingest benchmark: the real response's shape (namespaces,
// opensearch totals, titles and abstracts wrapped with newlines, LaTeX and entities, 1–8 authors, some
// affiliations, comments and DOIs, v1–v3 ids) with invented content. Deterministic for a given seed and
// count; ids lie in 9901.xxxxx and 9902.xxxxx (January and February 2099), which no real paper has.
import { open } from "node:fs/promises";
import { type Random, between, pick, prng } from "./random";
import * as words from "./words";

/** Wraps text at `width` columns the way arXiv does: a newline, then `indent` on continuation lines. */
function wrap(text: string, width: number, indent: string) {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join(`\n${indent}`);
}

/** A ~1,000-character abstract (XML-escaped, as in the feed); the corpus generator reuses it. */
export function abstract(random: Random) {
  // About two in three papers get one or two subjects of the curated topics; the rest match none.
  const topics = random() < 0.67 ? [pick(random, words.TOPIC_PHRASES), pick(random, words.TOPIC_PHRASES)] : [];
  const focus = topics.slice(0, random() < 0.5 ? 1 : 2).map((phrases) => pick(random, phrases));
  const sentences = [
    `${pick(random, words.OPENINGS)} ${focus[0] ?? "how training choices interact"} in ${pick(random, words.SUBJECTS)}.`,
    `Building on ${pick(random, words.METHODS)}, our approach ${pick(random, words.CLAIMS)}.`,
  ];
  if (focus[1]) sentences.push(`We also examine ${focus[1]} and find that it ${pick(random, words.CLAIMS)}.`);
  while (sentences.join(" ").length < 950) {
    sentences.push(
      random() < 0.5
        ? pick(random, words.DETAILS)
        : `Compared with ${pick(random, words.METHODS)}, ${pick(random, words.METHODS)} ${pick(random, words.CLAIMS)}.`,
    );
  }
  return sentences.join(" ");
}

function entry(random: Random, index: number) {
  const month = index % 2 === 0 ? "01" : "02";
  const id = `99${month}.${String(Math.floor(index / 2) + 1).padStart(5, "0")}`;
  const version = between(random, 1, 3);
  const day = String(between(random, 1, 28)).padStart(2, "0");
  const published = `2099-${month}-${day}T${String(between(random, 0, 23)).padStart(2, "0")}:17:42Z`;
  const updated = version === 1 ? published : `2099-${month}-28T09:30:00Z`;
  const titleWords = Array.from({ length: between(random, 6, 14) }, () => pick(random, words.TITLE_WORDS));
  const authors = Array.from({ length: between(random, 1, 8) }, () => {
    const name = `${pick(random, words.FIRST_NAMES)} ${pick(random, words.LAST_NAMES)}`;
    const affiliation =
      random() < 0.2 ? `\n      <arxiv:affiliation>${pick(random, words.AFFILIATIONS)}</arxiv:affiliation>` : "";
    return `    <author>\n      <name>${name}</name>${affiliation}\n    </author>`;
  });
  const primary = pick(random, words.CATEGORIES);
  const categories = [...new Set([primary, pick(random, words.CATEGORIES), pick(random, words.CATEGORIES)])];
  const extras = [
    random() < 0.4
      ? `    <arxiv:comment>${between(random, 8, 40)} pages, ${between(random, 1, 12)} figures</arxiv:comment>`
      : "",
    random() < 0.05 ? `    <arxiv:doi>10.5555/synthetic.${id}</arxiv:doi>` : "",
  ].filter(Boolean);
  return `  <entry>
    <id>http://arxiv.org/abs/${id}v${version}</id>
    <updated>${updated}</updated>
    <published>${published}</published>
    <title>${wrap(titleWords.join(" "), 70, "  ")}</title>
    <summary>  ${wrap(abstract(random), 80, "")}
</summary>
${authors.join("\n")}
${extras.map((line) => `${line}\n`).join("")}    <link href="http://arxiv.org/abs/${id}v${version}" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/${id}v${version}" rel="related" type="application/pdf"/>
    <arxiv:primary_category term="${primary}" scheme="http://arxiv.org/schemas/atom"/>
${categories.map((term) => `    <category term="${term}" scheme="http://arxiv.org/schemas/atom"/>`).join("\n")}
  </entry>
`;
}

/** The feed as text chunks of a few hundred entries, so a large feed is never one string. */
export function* syntheticAtom(count: number, seed = 1) {
  const random = prng(seed);
  const ns = 'xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"';
  yield `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <link href="http://arxiv.org/api/query?search_query%3Dcat%3Acs.LG%26start%3D0%26max_results%3D${count}" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: search_query=cat:cs.LG&amp;id_list=&amp;start=0&amp;max_results=${count}</title>
  <id>http://arxiv.org/api/syntheticbenchmarkfeed${seed}</id>
  <updated>2099-03-01T00:00:00-05:00</updated>
  <opensearch:totalResults ${ns}>${count}</opensearch:totalResults>
  <opensearch:startIndex ${ns}>0</opensearch:startIndex>
  <opensearch:itemsPerPage ${ns}>${count}</opensearch:itemsPerPage>
`;
  let chunk = "";
  for (let index = 0; index < count; index++) {
    chunk += entry(random, index);
    if (index % 500 === 499) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}</feed>\n`;
}

/** Writes the feed to `file`; returns its size in bytes. */
export async function writeSyntheticAtom(file: string, count: number, seed = 1) {
  const handle = await open(file, "w");
  let bytes = 0;
  try {
    for (const chunk of syntheticAtom(count, seed)) bytes += (await handle.write(chunk)).bytesWritten;
  } finally {
    await handle.close();
  }
  return bytes;
}
