// The papers of the trending corpus: the same words and ~1,000-character abstracts as the synthetic arXiv
// feed (generate-atom.ts), as database rows, with dates spread over the last CORPUS_DAYS days.
import { paperIdFromKey } from "@/lib/papers/paper-id";
import { abstract } from "./generate-atom";
import { type Random, between, pick } from "./random";
import * as words from "./words";

export const CORPUS_DAYS = 120;
const DAY_MS = 86_400_000;

export type PaperRow = {
  id: string;
  arxivId: string;
  title: string;
  abstract: string;
  authors: string[];
  primaryCategory: string;
  categories: string[];
  /** Unix milliseconds. */
  publishedAt: number;
  createdAt: number;
};

// Real titles share a few common words and draw on many rarer ones, which matters to anything that
// matches titles against each other (similar papers): every word of the word lists, drawn Zipf-like.
const TITLE_VOCABULARY = [
  ...new Set(
    [...words.TITLE_WORDS, ...words.SUBJECTS, ...words.METHODS, ...words.TOPIC_PHRASES.flat()]
      .flatMap((text) => text.split(/\s+/))
      .filter((word) => word.length > 3)
      .map((word) => word[0]!.toUpperCase() + word.slice(1)),
  ),
];
const TITLE_ZIPF = 0.5; // the commonest word turns up in roughly one title in four
const titleWeights = TITLE_VOCABULARY.reduce<number[]>(
  (sums, _, rank) => [...sums, (sums.at(-1) ?? 0) + 1 / (rank + 1) ** TITLE_ZIPF],
  [],
);

function titleWord(random: Random) {
  const target = random() * titleWeights.at(-1)!;
  return TITLE_VOCABULARY[titleWeights.findIndex((sum) => sum > target)]!;
}

/** The feed's text is XML-escaped; the database holds plain text. */
const unescapeXml = (text: string) => text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/**
 * Paper `index` of the corpus for `seed`. Dates count back from `anchor` (the start of the current UTC
 * day), so a corpus built the same day is the same, and "today"/"this week" hold what they would live.
 */
export function syntheticPaper(random: Random, index: number, seed: number, anchor: number): PaperRow {
  const publishedAt = anchor - Math.floor((random() * CORPUS_DAYS * DAY_MS) / 1000) * 1000;
  const title = Array.from({ length: between(random, 5, 11) }, () => titleWord(random)).join(" ");
  const authors = Array.from(
    { length: between(random, 1, 8) },
    () => `${pick(random, words.FIRST_NAMES)} ${pick(random, words.LAST_NAMES)}`,
  );
  const primaryCategory = pick(random, words.CATEGORIES);
  const categories = [...new Set([primaryCategory, pick(random, words.CATEGORIES), pick(random, words.CATEGORIES)])];
  return {
    id: paperIdFromKey(`bench-corpus-${seed}-${index}`),
    // 9901.00001 … 9912.99999: a fictional range no real paper has, like the ingest benchmark's.
    arxivId: `99${String((index % 12) + 1).padStart(2, "0")}.${String(Math.floor(index / 12) + 1).padStart(5, "0")}`,
    title,
    abstract: unescapeXml(abstract(random)),
    authors,
    primaryCategory,
    categories,
    publishedAt,
    // Paperboy sees a paper within hours of its announcement.
    createdAt: publishedAt + between(random, 1, 12) * 3_600_000,
  };
}

export const startOfUtcDay = (now = Date.now()) => now - (now % DAY_MS);
export const ageInDays = (paper: PaperRow, anchor: number) => (anchor - paper.publishedAt) / DAY_MS;
