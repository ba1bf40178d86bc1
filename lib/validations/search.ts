import { z } from "zod";
import { hasControlCharacters } from "@/lib/validations/control-characters";
import { countWords } from "@/lib/validations/keywords";
import { parsePage } from "@/lib/validations/pagination";
import { firstValue } from "@/lib/validations/search-params";

export const SEARCH_MAX_LENGTH = 300;
export const SEARCH_MAX_WORDS = 16;

/**
 * The text of a search, tidied: whitespace runs (tabs and line breaks from a paste too) collapse, so the
 * limits count what a person typed. Control characters left after that, NUL above all, are refused: they
 * are never typed, and PostgreSQL rejects a NUL byte outright. The word limit bounds the work one search asks of
 * the database (see countWords): a 300-character chain of `or`s is 75 index lookups.
 */
export const searchQuerySchema = z
  .string()
  .transform((q) => q.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .refine((q) => !hasControlCharacters(q), "Searches can't contain control characters. Retype your search.")
      .max(SEARCH_MAX_LENGTH, `Searches can be at most ${SEARCH_MAX_LENGTH} characters long. Shorten your search.`)
      .refine(
        (q) => countWords(q) <= SEARCH_MAX_WORDS,
        `Searches can have at most ${SEARCH_MAX_WORDS} words. Leave out a few and try again.`,
      ),
  );

export type SearchRequest =
  { kind: "empty" } | { kind: "invalid"; q: string; error: string } | { kind: "search"; q: string; page: number };

type Param = string | string[] | undefined;

/** `?q=…&page=N` from the search page's URL: what to show, decided before any query runs. */
export function parseSearchParams(params: { q?: Param; page?: Param }): SearchRequest {
  const raw = firstValue(params.q) ?? "";
  const parsed = searchQuerySchema.safeParse(raw);
  if (!parsed.success) return { kind: "invalid", q: raw, error: parsed.error.issues[0]?.message ?? "Invalid search." };
  if (parsed.data === "") return { kind: "empty" };
  return { kind: "search", q: parsed.data, page: parsePage(params.page) };
}
