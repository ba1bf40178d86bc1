// The shape every feed is built from, whatever its source (trending, a topic, a person's For you list)
// and whatever its format (Atom or RSS). Plain data, so the builders stay pure and testable.

export type FeedCategory = {
  term: string;
  /** Human-readable name, when the term is a slug or code. */
  label?: string;
  /** Identifies the vocabulary the term comes from (Atom `scheme`, RSS `domain`). */
  scheme?: string;
};

export type FeedEntry = {
  /** Stable and unique: readers use it to tell new entries from ones they have shown. */
  id: string;
  title: string;
  url: string;
  /** Plain text; the builders escape it. */
  summary: string;
  published: Date;
  updated: Date;
  authors: string[];
  categories: FeedCategory[];
};

export type Feed = {
  title: string;
  subtitle: string;
  /** Where this document itself is served. */
  selfUrl: string;
  /** The web page the feed mirrors. */
  htmlUrl: string;
  updated: Date;
  entries: FeedEntry[];
};

export type FeedFormat = "atom" | "rss";
