import { z } from "zod";
import { parsePage } from "@/lib/validations/pagination";

export const SEARCH_MAX_LENGTH = 300;

/**
 * The text of a search, tidied: control characters become spaces (PostgreSQL rejects a NUL byte outright,
 * which would be a 500) and whitespace runs collapse, so the length limit counts what a person typed.
 */
export const searchQuerySchema = z
  .string()
  .transform((q) =>
    q
      .replace(/\p{Cc}/gu, " ")
      .replace(/\s+/g, " ")
      .trim(),
  )
  .pipe(z.string().max(SEARCH_MAX_LENGTH, `Searches can be at most ${SEARCH_MAX_LENGTH} characters long.`));

export type SearchRequest =
  { kind: "empty" } | { kind: "invalid"; q: string; error: string } | { kind: "search"; q: string; page: number };

type Param = string | string[] | undefined;

/** `?q=…&page=N` from the search page's URL: what to show, decided before any query runs. */
export function parseSearchParams(params: { q?: Param; page?: Param }): SearchRequest {
  const raw = Array.isArray(params.q) ? (params.q[0] ?? "") : (params.q ?? "");
  const parsed = searchQuerySchema.safeParse(raw);
  if (!parsed.success) return { kind: "invalid", q: raw, error: parsed.error.issues[0]?.message ?? "Invalid search." };
  if (parsed.data === "") return { kind: "empty" };
  return { kind: "search", q: parsed.data, page: parsePage(params.page) };
}
