// Reads an arXiv API Atom feed with sax, one chunk at a time, into plain entry records and the
// opensearch totals, holding at most the current entry in memory. Elements are matched by namespace URI,
// not prefix: arXiv declares `arxiv:` and `opensearch:` sometimes on the feed and sometimes on each element.
import sax from "sax";
import type { IngestTotals } from "@/lib/ingest/types";

const ATOM = "http://www.w3.org/2005/Atom";
const ARXIV = "http://arxiv.org/schemas/atom";
const OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";

const FEED = `${ATOM} feed`;
const ENTRY = `${ATOM} entry`;
const AUTHOR = `${ATOM} author`;

export type AtomLink = { href: string; rel: string | null; title: string | null; type: string | null };

export type AtomEntry = {
  id: string | null;
  title: string | null;
  summary: string | null;
  published: string | null;
  updated: string | null;
  authors: { name: string; affiliations: string[] }[];
  links: AtomLink[];
  primaryCategory: string | null;
  categories: string[];
  comment: string | null;
  journalRef: string | null;
  doi: string | null;
};

type TextField = "id" | "title" | "summary" | "published" | "updated" | "comment" | "journalRef" | "doi";

// Text-valued children of <entry>, by namespaced key.
const ENTRY_TEXT = new Map<string, TextField>([
  [`${ATOM} id`, "id"],
  [`${ATOM} title`, "title"],
  [`${ATOM} summary`, "summary"],
  [`${ATOM} published`, "published"],
  [`${ATOM} updated`, "updated"],
  [`${ARXIV} comment`, "comment"],
  [`${ARXIV} journal_ref`, "journalRef"],
  [`${ARXIV} doi`, "doi"],
]);

function emptyEntry(): AtomEntry {
  const text = Object.fromEntries([...ENTRY_TEXT.values()].map((field) => [field, null])) as Record<TextField, null>;
  return { ...text, authors: [], links: [], primaryCategory: null, categories: [] };
}

function attribute(tag: sax.QualifiedTag, name: string) {
  return tag.attributes[name]?.value ?? null;
}

export type AtomReader = {
  /** Feeds more XML; returns the entries completed by it. Throws if the XML is not a well-formed Atom feed. */
  write(chunk: string): AtomEntry[];
  close(): AtomEntry[];
  totals(): IngestTotals | undefined;
};

export function createAtomReader(): AtomReader {
  const parser = sax.parser(true, { xmlns: true, position: true });
  const stack: string[] = [];
  const totals: Partial<Record<string, number>> = {};
  let completed: AtomEntry[] = [];
  let entry: AtomEntry | null = null;
  let author: AtomEntry["authors"][number] | null = null;
  let text = "";
  let sawFeed = false;

  parser.onerror = (error) => {
    throw new Error(`The arXiv feed is not well-formed XML: ${error.message.replace(/\n/g, " ")}`);
  };
  parser.ontext = parser.oncdata = (chunk) => {
    text += chunk;
  };
  parser.onopentag = (node) => {
    const tag = node as sax.QualifiedTag;
    const key = `${tag.uri} ${tag.local}`;
    const parent = stack.at(-1);
    if (parent === undefined && key !== FEED) throw new Error(`Not an Atom feed: it starts with <${tag.name}>`);
    sawFeed = true;
    text = "";
    stack.push(key);
    if (key === ENTRY && parent === FEED) entry = emptyEntry();
    if (!entry || parent !== ENTRY) return;
    if (key === AUTHOR) author = { name: "", affiliations: [] };
    const href = attribute(tag, "href");
    if (key === `${ATOM} link` && href) {
      entry.links.push({
        href,
        rel: attribute(tag, "rel"),
        title: attribute(tag, "title"),
        type: attribute(tag, "type"),
      });
    }
    const term = attribute(tag, "term");
    if (key === `${ATOM} category` && term) entry.categories.push(term);
    if (key === `${ARXIV} primary_category` && term) entry.primaryCategory = term;
  };
  parser.onclosetag = () => {
    const key = stack.pop();
    const parent = stack.at(-1);
    if (parent === FEED && key?.startsWith(`${OPENSEARCH} `)) totals[key.slice(OPENSEARCH.length + 1)] = Number(text);
    if (key === ENTRY && entry) {
      completed.push(entry);
      entry = null;
    }
    if (parent === AUTHOR && author) {
      if (key === `${ATOM} name`) author.name = text;
      if (key === `${ARXIV} affiliation`) author.affiliations.push(text);
    }
    if (parent !== ENTRY || !entry || !key) return;
    const field = ENTRY_TEXT.get(key);
    if (field) entry[field] = text;
    if (key === AUTHOR && author) entry.authors.push(author);
  };

  const take = () => {
    const out = completed;
    completed = [];
    return out;
  };
  return {
    write(chunk) {
      parser.write(chunk);
      return take();
    },
    close() {
      parser.close();
      if (!sawFeed) throw new Error("Not an Atom feed: the document is empty");
      return take();
    },
    totals() {
      const { totalResults, startIndex, itemsPerPage } = totals;
      if (totalResults === undefined || startIndex === undefined || itemsPerPage === undefined) return undefined;
      if (![totalResults, startIndex, itemsPerPage].every(Number.isInteger)) return undefined;
      return { totalResults, startIndex, itemsPerPage };
    },
  };
}
