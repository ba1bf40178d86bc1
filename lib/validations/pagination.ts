import { z } from "zod";
import { firstValue } from "@/lib/validations/search-params";

// Page sizes, one place for every paged list (the lists in lib/data, the benchmark, the browser tests).
/** The home page's list and a topic's page. */
export const PAPERS_PER_PAGE = 20;
/** The search page. */
export const SEARCH_RESULTS_PER_PAGE = 20;
/** "For you" (GET /api/for-you). */
export const FOR_YOU_PAGE_SIZE = 20;

/**
 * The deepest page any list shows. Skipping rows is work the database does for every row skipped, so a
 * `?page=100000` would cost a walk over the whole table; nobody reads past a thousand papers anyway.
 */
export const MAX_PAGE = 50;

/** The largest `?page=` that parses at all. */
export const MAX_PAGE_NUMBER = 100_000;

/** A page number: a positive integer. Pages past MAX_PAGE parse (the page says why they are empty) but are
 *  never queried: see pageWindow. Route handlers refuse anything else (400). */
export const pageNumberSchema = z.coerce.number().int().min(1).max(MAX_PAGE_NUMBER);

/** `?page=` from a page's URL, which never fails: anything but a page number is page 1. */
export const pageParamSchema = pageNumberSchema.catch(1);

export function parsePage(value: string | string[] | undefined) {
  return pageParamSchema.parse(firstValue(value) ?? 1);
}

/** The rows of page `page`, or null past MAX_PAGE, where a list runs no query at all. */
export function pageWindow(page: number, pageSize: number) {
  return page > MAX_PAGE ? null : { skip: (page - 1) * pageSize, take: pageSize };
}

/** How many pages a list of `total` items offers: never more than MAX_PAGE. */
export function pageCountOf(total: number, pageSize: number) {
  return Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / pageSize)));
}
