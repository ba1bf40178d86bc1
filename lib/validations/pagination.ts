import { z } from "zod";

/**
 * The deepest page any list shows. Skipping rows is work the database does for every row skipped, so a
 * `?page=100000` would cost a walk over the whole table; nobody reads past a thousand papers anyway.
 */
export const MAX_PAGE = 50;

/** `?page=` from a URL: a positive integer, else page 1. Pages past MAX_PAGE parse (the page says why
 *  they are empty) but are never queried: see pageWindow. */
export const pageParamSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export function parsePage(value: string | string[] | undefined) {
  return pageParamSchema.parse(Array.isArray(value) ? value[0] : (value ?? 1));
}

/** The rows of page `page`, or null past MAX_PAGE, where a list runs no query at all. */
export function pageWindow(page: number, pageSize: number) {
  return page > MAX_PAGE ? null : { skip: (page - 1) * pageSize, take: pageSize };
}

/** How many pages a list of `total` items offers: never more than MAX_PAGE. */
export function pageCountOf(total: number, pageSize: number) {
  return Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / pageSize)));
}
